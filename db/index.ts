import 'server-only';
import { isConnectionError, isDatabaseDown, markDatabaseDown, markDatabaseUp } from '@/lib/db-health';
import { AppError } from '@/lib/errors';
import { createDb, type Database, type DbHandle } from './client';

const globalForDb = globalThis as unknown as { jaridaDb?: DbHandle; jaridaDbMonitor?: NodeJS.Timeout };

const HEALTH_INTERVAL_MS = 5_000;
// While the database is down, look every second: readers get pages back within about a second
// of its return rather than up to five (a `select 1` a second costs nothing during an outage).
const HEALTH_INTERVAL_DOWN_MS = 1_000;

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
    startHealthMonitor();
  }
  return globalForDb.jaridaDb.db;
}

/** Runs a read, turning connection failures into a typed 503 error and flagging the outage. */
export async function withDb<T>(label: string, run: (db: Database) => Promise<T>): Promise<T> {
  try {
    return await run(getDb());
  } catch (error) {
    if (isConnectionError(error)) {
      console.error(`[db] ${label}: database unreachable (${(error as Error).message})`);
      markDatabaseDown((error as Error).message);
      throw new AppError('database_unavailable', `Database unavailable during ${label}`, { cause: error });
    }
    throw error;
  }
}

/**
 * A `select 1` every few seconds keeps the shared health flag current, so the proxy can answer
 * 503 as soon as the database goes away (and stop as soon as it is back) instead of waiting for
 * a page render to fail. Cached pages need no query, so without this an outage could go unseen.
 */
function startHealthMonitor(): void {
  if (globalForDb.jaridaDbMonitor) return;
  const check = () => {
    const handle = globalForDb.jaridaDb;
    const next = () => {
      // This pool was closed meanwhile (graceful shutdown): its monitor ends with it.
      if (globalForDb.jaridaDb !== handle) return;
      globalForDb.jaridaDbMonitor = setTimeout(check, isDatabaseDown() ? HEALTH_INTERVAL_DOWN_MS : HEALTH_INTERVAL_MS);
      globalForDb.jaridaDbMonitor.unref();
    };
    if (!handle) return;
    handle.pool
      .query('select 1')
      .then(() => {
        if (isDatabaseDown()) console.info('[db] database reachable again');
        markDatabaseUp();
      })
      .catch((error: unknown) => {
        if (!isDatabaseDown()) console.error(`[db] health check: database unreachable (${(error as Error).message})`);
        markDatabaseDown((error as Error).message);
      })
      .finally(next);
  };
  globalForDb.jaridaDbMonitor = setTimeout(check, HEALTH_INTERVAL_MS);
  globalForDb.jaridaDbMonitor.unref();
}

/**
 * Ends the pool once its clients are back (graceful shutdown, after the last request) and stops
 * the health monitor. A later getDb() would open a new pool.
 */
export async function closeDatabases(): Promise<void> {
  clearTimeout(globalForDb.jaridaDbMonitor);
  globalForDb.jaridaDbMonitor = undefined;
  const handle = globalForDb.jaridaDb;
  globalForDb.jaridaDb = undefined;
  await handle?.close();
}

export type { Database };
