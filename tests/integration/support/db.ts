import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { seed } from '@/demo/seed';

export function testDb(): DbHandle {
  return createDb(inject('databaseUrl'), { max: 4 });
}

/**
 * A connection for a test file that only reads the demo seed, loaded as of `now` before its
 * tests and closed after them. Call it at the top of the file: it registers the hooks.
 */
export function seededTestDb(now: Date): DbHandle {
  const handle = testDb();
  beforeAll(async () => {
    await seed(handle.db, { now, log: () => undefined });
  });
  afterAll(() => handle.close());
  return handle;
}

/**
 * Runs `tasks` as separate instances would: all at once on PostgreSQL. On PGlite they take
 * turns: it serves every connection from one session, and its socket server interleaves the
 * messages of concurrent connections (electric-sql/pglite#1046; a query can get another's rows),
 * so a race there tests the socket server. The outcome each test checks is the same either way.
 */
export async function asInstances<T>(tasks: (() => Promise<T>)[]): Promise<T[]> {
  if (inject('databaseKind') === 'postgres') return Promise.all(tasks.map((task) => task()));
  const results: T[] = [];
  for (const task of tasks) results.push(await task());
  return results;
}
