import { spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import pg from 'pg';
import { runMigrations } from '@/db/migrate';
import { createServerDatabase } from '../../support/server-database';
import { findNginx } from './nginx';
import { startNext, type RunningServer } from './server';

/*
 * Several `next start` instances of the production build on one PostgreSQL database and one
 * Redis, as deployed behind a load balancer: what the multi-instance tests start. Each cluster
 * gets a database of its own (migrated and seeded with the demo content, dropped afterwards) and
 * its own Redis namespace (REDIS_PREFIX, keys deleted afterwards), so tests and runs never see
 * each other's pages or tags.
 */

const PG_ADMIN_URL = process.env.TEST_PG_ADMIN_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';

export interface Cluster {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string;
  /** The environment every instance runs with (shared secrets included). */
  env: Record<string, string>;
  instances: RunningServer[];
  /** Stops instance `index` (SIGTERM) and starts it again on the same port. */
  restart(index: number): Promise<RunningServer>;
  stop(): Promise<void>;
}

/**
 * Why the multi-instance tests cannot run here (no PostgreSQL server or Redis, or no nginx, and
 * curl for deploy/rolling-restart.sh, for those that put nginx in front), or null.
 */
export async function clusterServicesMissing(options: { nginx?: boolean } = {}): Promise<string | null> {
  if (options.nginx && !findNginx()) return 'no nginx (apt-get install -y nginx-light)';
  if (options.nginx && spawnSync('curl', ['--version']).status !== 0) return 'no curl (apt-get install -y curl)';
  const client = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 2_000 });
  try {
    await client.connect();
  } catch (error) {
    return `no PostgreSQL server at ${PG_ADMIN_URL} (${(error as Error).message})`;
  } finally {
    await client.end().catch(() => {});
  }
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 2_000 });
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    return `no Redis at ${TEST_REDIS_URL} (${(error as Error).message})`;
  } finally {
    redis.disconnect();
  }
  return null;
}

/** Says loudly that a multi-instance test file is skipped, and why (as the e2e setup does for Chromium). */
export function warnClusterSkipped(what: string, reason: string): void {
  console.warn(`\n\n!!!!!!!!!! ${what.toUpperCase()} IS SKIPPED: ${reason}. CI (.ci/run) starts PostgreSQL and Redis and installs nginx. !!!!!!!!!!\n\n`);
}

/** A fresh database on the local server with the demo content; `drop` removes it. */
export async function createSeededDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const { url, drop } = await createServerDatabase(PG_ADMIN_URL, 'cluster');
  try {
    await runMigrations(url);
    const [{ createDb }, { seed }] = await Promise.all([import('@/db/client'), import('@/demo/seed')]);
    const handle = createDb(url, { max: 1 });
    try {
      await seed(handle.db, { renditions: true });
    } finally {
      await handle.close();
    }
  } catch (error) {
    await drop();
    throw error;
  }
  return { url, drop };
}

/** Removes every key under `prefix` (a test's or a bench run's own namespace). */
export async function deleteRedisKeys(prefix: string, url = TEST_REDIS_URL): Promise<void> {
  const redis = new Redis(url);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/**
 * `count` instances on a new database and Redis namespace. `env` is added to every instance's
 * environment (e.g. JARIDA_SCHEDULER: 'off').
 */
export async function startCluster(options: { count: number; env?: Record<string, string> }): Promise<Cluster> {
  const database = await createSeededDatabase();
  const redisPrefix = `jarida-e2e-${randomBytes(4).toString('hex')}:`;
  const env: Record<string, string> = {
    DATABASE_URL: database.url,
    REDIS_URL: TEST_REDIS_URL,
    REDIS_PREFIX: redisPrefix,
    // Secrets every instance must share, as in production.
    AUTH_SECRET: randomBytes(32).toString('base64url'),
    // nginx in front, on this machine, as deploy/jarida@.service assumes.
    TRUST_PROXY: '127.0.0.1',
    ...options.env,
  };
  const instances: RunningServer[] = [];
  const stop = async () => {
    await Promise.all(instances.map((instance) => instance.stop()));
    await deleteRedisKeys(redisPrefix);
    await database.drop();
  };
  try {
    // One after another: concurrent first starts would compete for the two cores with no gain.
    for (let index = 0; index < options.count; index += 1) instances.push(await startNext(env));
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    databaseUrl: database.url,
    redisUrl: TEST_REDIS_URL,
    redisPrefix,
    env,
    instances,
    async restart(index) {
      const old = instances[index]!;
      await old.stop();
      const started = await startNext(env, { port: old.port });
      instances[index] = started;
      return started;
    },
    stop,
  };
}
