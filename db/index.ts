import 'server-only';
import { isConnectionError, markDatabaseDown, markDatabaseUp } from '@/lib/db-health';
import { AppError } from '@/lib/errors';
import { createDb, type Database, type DbHandle } from './client';

const globalForDb = globalThis as unknown as { jaridaDb?: DbHandle; jaridaDbProbe?: NodeJS.Timeout };

/** The process-wide database, created on first use so that importing this module never connects. */
export function getDb(): Database {
  if (!globalForDb.jaridaDb) {
    const url = process.env.DATABASE_URL;
    if (!url) {
      throw new AppError(
        'database_unavailable',
        'DATABASE_URL is not set. Start the app with `npm run dev` / `npm start`, which provide the embedded database.',
      );
    }
    globalForDb.jaridaDb = createDb(url, { max: Number(process.env.DATABASE_POOL_MAX ?? 10) });
  }
  return globalForDb.jaridaDb.db;
}

/**
 * Runs a read, turning connection failures into a typed 503 error and starting a probe that
 * clears the "down" flag once the server answers again.
 */
export async function withDb<T>(label: string, run: (db: Database) => Promise<T>): Promise<T> {
  try {
    return await run(getDb());
  } catch (error) {
    if (isConnectionError(error)) {
      console.error(`[db] ${label}: database unreachable (${(error as Error).message})`);
      markDatabaseDown((error as Error).message);
      startRecoveryProbe();
      throw new AppError('database_unavailable', `Database unavailable during ${label}`, { cause: error });
    }
    throw error;
  }
}

function startRecoveryProbe(): void {
  if (globalForDb.jaridaDbProbe) return;
  globalForDb.jaridaDbProbe = setInterval(() => {
    const handle = globalForDb.jaridaDb;
    if (!handle) return;
    handle.pool
      .query('select 1')
      .then(() => {
        markDatabaseUp();
        clearInterval(globalForDb.jaridaDbProbe);
        globalForDb.jaridaDbProbe = undefined;
        console.info('[db] database reachable again');
      })
      .catch(() => undefined);
  }, 2_000);
  globalForDb.jaridaDbProbe.unref();
}

export type { Database };
