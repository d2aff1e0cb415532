import { drizzle, type NodePgDatabase } from 'drizzle-orm/node-postgres';
import pg from 'pg';
import * as schema from './schema';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('db');

export type Database = NodePgDatabase<typeof schema>;
/** The handle inside `db.transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

export interface DbHandle {
  db: Database;
  pool: pg.Pool;
  close: () => Promise<void>;
}

// node-postgres returns timestamptz as Date already; make int8 counts plain numbers.
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number(value));

/**
 * One pool per process. The embedded database (PGlite behind a socket) and a real
 * PostgreSQL server are both reached through `pg`, so there is a single code path.
 */
export function createDb(url: string, options: { max?: number } = {}): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max: options.max ?? 10,
    idleTimeoutMillis: 10_000,
    connectionTimeoutMillis: 5_000,
  });
  // An idle client losing its server must not crash the process; the next query reports it.
  pool.on('error', (error) => log.error({ err: error }, 'idle client error'));
  const db = drizzle(pool, { schema });
  return { db, pool, close: () => pool.end() };
}
