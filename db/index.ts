import 'server-only';
import { env, liveEnv } from '@/lib/env';
import { isConnectionError, isDatabaseDown, markDatabaseDown, markDatabaseUp } from '@/lib/db-health';
import { AppError } from '@/lib/errors';
import { createDb, type Database, type DbHandle } from './client';
import { ReadRouter, type ReplicaStatus } from './read-router';
import { logger } from '@/lib/observability/log.mjs';
import { collector } from '@/lib/observability/metrics.mjs';
import { detached, withSpan } from '@/lib/observability/trace.mjs';

const log = logger('db');

interface Databases {
  primary: DbHandle;
  replicaHandles: DbHandle[];
  /** Only with DATABASE_REPLICA_URLS: without replicas every read goes to the primary directly. */
  router: ReadRouter | null;
  monitor?: NodeJS.Timeout;
}

const globalForDb = globalThis as unknown as { jaridaDatabases?: Databases };

/*
 * The cache handlers run outside Next's bundles and cannot import this module: they announce every
 * tag expiry they learn of, this instance's or another's (through Redis), as this event on
 * `process` (TAGS_EXPIRED_EVENT in lib/data/cache-handlers/page-store.mjs; a unit test checks the
 * two names agree). A tag expires only after the write behind it committed.
 */
export const TAGS_EXPIRED_EVENT = 'jarida:tags-expired';

const HEALTH_INTERVAL_MS = 5_000;
// While the database is down, look every second: readers get pages back within about a second
// of its return rather than up to five (a `select 1` a second costs nothing during an outage).
const HEALTH_INTERVAL_DOWN_MS = 1_000;
const CHECK_TIMEOUT_MS = 2_000;

/** The process's pools, created on first use so that importing this module never connects. */
function databases(): Databases {
  if (!globalForDb.jaridaDatabases) {
    const url = liveEnv().DATABASE_URL;
    if (!url) {
      throw new AppError(
        'database_unavailable',
        'DATABASE_URL is not set. Start the app with `npm run dev` / `npm start`, which provide the embedded database.',
      );
    }
    const { DATABASE_POOL_MAX: max, DATABASE_REPLICA_URLS: replicaUrls } = env();
    const primary = createDb(url, { max });
    const replicaHandles = replicaUrls.map((replicaUrl) => createDb(replicaUrl, { max }));
    const router = replicaUrls.length
      ? new ReadRouter(
          primary,
          replicaHandles.map((handle, index) => ({ ...handle, url: replicaUrls[index]! })),
        )
      : null;
    globalForDb.jaridaDatabases = { primary, replicaHandles, router };
    collector('db-pools', poolMetrics);
    if (router) process.on(TAGS_EXPIRED_EVENT, noteWrite);
    startHealthMonitor();
  }
  return globalForDb.jaridaDatabases;
}

/** The primary database: writes, and every read an editor makes (they must see their own change). */
export function getDb(): Database {
  return databases().primary.db;
}

/** Runs work on the primary, turning connection failures into a typed 503 error and flagging the outage. */
export async function withDb<T>(label: string, run: (db: Database) => Promise<T>): Promise<T> {
  try {
    return await withSpan(`db ${label}`, { 'db.system.name': 'postgresql', 'jarida.db.target': 'primary' }, () => run(getDb()));
  } catch (error) {
    if (isConnectionError(error)) {
      log.error({ err: error, operation: label }, 'database unreachable');
      markDatabaseDown((error as Error).message);
      throw new AppError('database_unavailable', `Database unavailable during ${label}`, { cause: error });
    }
    throw error;
  }
}

/**
 * Runs a read for reader pages: on a replica that has replayed every write this process knows
 * of, else on the primary. `run` must only read; it runs again on the primary if the replica
 * fails under it. Admin code keeps withDb.
 */
export async function withReaderDb<T>(label: string, run: (db: Database) => Promise<T>): Promise<T> {
  const router = databases().router;
  const choice = router?.pick();
  if (!router || !choice?.replica) return withDb(label, run);
  try {
    return await withSpan(`db ${label}`, { 'db.system.name': 'postgresql', 'jarida.db.target': 'replica' }, () => run(choice.db));
  } catch (error) {
    if (!router.failed(choice.replica, error)) throw error;
    log.warn({ err: error, operation: label, replica: choice.replica.url }, 'replica failed, reading from the primary');
    return withDb(label, run);
  }
}

/**
 * A write was committed and reader caches expired (by this process or, through the page cache,
 * another instance): reader reads stay on the primary until the replicas have replayed it. Call
 * it before the expiry, or in the same tick. Without replicas, or before any pool exists, a no-op.
 */
export function noteWrite(): void {
  globalForDb.jaridaDatabases?.router?.noteWrite();
}

export interface DatabaseStatus {
  primary: 'ok' | string;
  replicas: ReplicaStatus[];
}

/** For the readiness endpoint: does each database answer, within `timeoutMs` each? */
export async function checkDatabases(timeoutMs = CHECK_TIMEOUT_MS): Promise<DatabaseStatus> {
  let current: Databases;
  try {
    current = databases();
  } catch (error) {
    return { primary: (error as Error).message, replicas: [] };
  }
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<string>((resolve) => (timer = setTimeout(() => resolve(`no answer within ${timeoutMs} ms`), timeoutMs)));
  const primaryCheck = current.primary.pool.query('select 1').then(
    () => 'ok',
    (error: unknown) => (error as Error).message,
  );
  const [primary, replicas] = await Promise.all([Promise.race([primaryCheck, deadline]), current.router?.check(timeoutMs) ?? []]);
  clearTimeout(timer);
  return { primary, replicas };
}

/** Connections of each pool, read when /api/metrics is scraped. */
function poolMetrics() {
  const current = globalForDb.jaridaDatabases;
  const pools = current ? [{ name: 'primary', pool: current.primary.pool }, ...current.replicaHandles.map((handle, index) => ({ name: `replica${index}`, pool: handle.pool }))] : [];
  const gauge = (name: string, help: string, read: (pool: DbHandle['pool']) => number) => ({
    name,
    help,
    type: 'gauge' as const,
    samples: pools.map(({ name: pool, pool: handle }): [Record<string, string>, number] => [{ pool }, read(handle)]),
  });
  return [
    gauge('jarida_db_pool_connections', 'Open connections of each database pool.', (pool) => pool.totalCount),
    gauge('jarida_db_pool_idle', 'Idle connections of each database pool.', (pool) => pool.idleCount),
    gauge('jarida_db_pool_waiting', 'Queries waiting for a connection in each database pool.', (pool) => pool.waitingCount),
    gauge('jarida_db_pool_max', 'Connections each database pool may open (DATABASE_POOL_MAX).', (pool) => pool.options.max ?? 10),
  ];
}

/** Ends every pool (primary and replicas) and their timers; the next query would open new ones. */
export async function closeDatabases(): Promise<void> {
  const current = globalForDb.jaridaDatabases;
  if (!current) return;
  globalForDb.jaridaDatabases = undefined;
  clearTimeout(current.monitor);
  current.router?.close();
  await Promise.allSettled([current.primary, ...current.replicaHandles].map((handle) => handle.close()));
}

/**
 * A `select 1` every few seconds keeps the shared health flag current, so the proxy can answer
 * 503 as soon as the database goes away (and stop as soon as it is back) instead of waiting for
 * a page render to fail. Cached pages need no query, so without this an outage could go unseen.
 * The same tick asks each replica where its replay stands, which takes a replica that stopped
 * answering out of rotation and puts it back once it answers.
 */
function startHealthMonitor(): void {
  const current = globalForDb.jaridaDatabases;
  if (!current || current.monitor) return;
  const check = () => {
    if (globalForDb.jaridaDatabases !== current) return;
    const next = () => {
      if (globalForDb.jaridaDatabases !== current) return;
      current.monitor = setTimeout(check, isDatabaseDown() ? HEALTH_INTERVAL_DOWN_MS : HEALTH_INTERVAL_MS);
      current.monitor.unref();
    };
    for (const replica of current.router?.replicas ?? []) void current.router?.probe(replica);
    current.primary.pool
      .query('select 1')
      .then(() => {
        if (isDatabaseDown()) log.info('database reachable again');
        markDatabaseUp();
      })
      .catch((error: unknown) => {
        if (!isDatabaseDown()) log.error({ err: error }, 'health check: database unreachable');
        markDatabaseDown((error as Error).message);
      })
      .finally(next);
  };
  // Started by the first query, often a reader's request: its checks are no part of it.
  current.monitor = detached(() => setTimeout(check, HEALTH_INTERVAL_MS));
  current.monitor.unref();
}

export type { Database };
