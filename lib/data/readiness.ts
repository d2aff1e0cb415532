import 'server-only';
import { once } from 'node:events';
import type { Redis } from 'ioredis';
import { checkDatabases } from '@/db';
import { env } from '@/lib/env';
import { isShuttingDown } from '@/lib/http/drain';
import { sharedRedis } from '@/lib/redis';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('ready');

/*
 * Whether this instance can serve: what GET /api/ready reports to deploy scripts and balancers.
 * Each part this process depends on must answer within a short time. The answer names parts and
 * states only (no address or message: the route may be reachable from outside); the reason is
 * logged when a part changes state.
 */

const TIMEOUT_MS = 2_000;

export interface PartStatus {
  status: 'up' | 'down';
  ms: number;
  /** Why a part is down: no answer in time, or an error. */
  reason?: 'timeout' | 'error';
}

export interface Readiness {
  status: 'ready' | 'unavailable' | 'shutting_down';
  /** The parts that are down. */
  failing: string[];
  parts: Record<string, PartStatus>;
}

interface Probe {
  name: string;
  run: (signal: AbortSignal) => Promise<unknown>;
}

/**
 * The databases this process reads from: the primary and each read replica (named `replica:<n>`
 * in DATABASE_REPLICA_URLS order, never by URL), asked in one round by the database layer. A
 * replica that does not answer makes the instance unready although its reads fall back to the
 * primary: the operator must hear of it, and the next deploy waits for it.
 */
function databaseProbes(): Probe[] {
  let round: ReturnType<typeof checkDatabases> | undefined;
  const check = () => (round ??= checkDatabases(TIMEOUT_MS));
  const failed = (status: string | undefined) => {
    if (status !== 'ok') throw new Error(status ?? 'not checked');
  };
  return [
    { name: 'database', run: async () => failed((await check()).primary) },
    ...env().DATABASE_REPLICA_URLS.map((_, index) => ({ name: `replica:${index + 1}`, run: async () => failed((await check()).replicas[index]?.status) })),
  ];
}

function redisProbes(): Probe[] {
  const redis = sharedRedis();
  return redis ? [{ name: 'redis', run: (signal) => pingRedis(redis, signal) }] : [];
}

async function pingRedis(redis: Redis, signal: AbortSignal): Promise<void> {
  // The shared client queues nothing while disconnected (enableOfflineQueue: false): right after
  // it is created, or while it reconnects, wait for it rather than fail at once.
  if (redis.status !== 'ready') await once(redis, 'ready', { signal });
  await redis.ping();
}

const lastStatus = new Map<string, PartStatus['status']>();

async function probe({ name, run }: Probe): Promise<PartStatus> {
  const started = performance.now();
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), TIMEOUT_MS)));
  let result: PartStatus;
  try {
    const outcome = await Promise.race([run(controller.signal).then(() => 'up' as const), timeout]);
    const ms = Math.round(performance.now() - started);
    result = outcome === 'up' ? { status: 'up', ms } : { status: 'down', ms, reason: 'timeout' };
    if (outcome === 'timeout') logChange(name, result, `no answer in ${TIMEOUT_MS} ms`);
    else logChange(name, result);
  } catch (error) {
    result = { status: 'down', ms: Math.round(performance.now() - started), reason: 'error' };
    logChange(name, result, error instanceof Error ? error.message : String(error));
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
  return result;
}

function logChange(name: string, result: PartStatus, detail?: string): void {
  const previous = lastStatus.get(name);
  lastStatus.set(name, result.status);
  if (previous === result.status || (previous === undefined && result.status === 'up')) return;
  if (result.status === 'down') log.error({ dependency: name, detail }, 'down');
  else log.info({ dependency: name }, 'up again');
}

/** Every part checked at once; not ready while shutting down, without asking anything. */
export async function checkReadiness(): Promise<Readiness> {
  if (isShuttingDown()) return { status: 'shutting_down', failing: [], parts: {} };
  const probes = [...databaseProbes(), ...redisProbes()];
  const results = await Promise.all(probes.map(probe));
  const parts = Object.fromEntries(probes.map((entry, index) => [entry.name, results[index]!]));
  const failing = probes.filter((_, index) => results[index]!.status === 'down').map((entry) => entry.name);
  return { status: failing.length ? 'unavailable' : 'ready', failing, parts };
}
