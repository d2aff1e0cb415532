import 'server-only';
import { Redis } from 'ioredis';
import { env } from '@/lib/env';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('redis');

/*
 * The process's Redis connection for the app's own shared state (per-address limits, job
 * claims, readiness), when REDIS_URL is set. Without it Jarida runs as one process and keeps
 * that state in memory or in the database. The page and 'use cache' stores open their own
 * connections (lib/data/cache-handlers/): Next loads them outside the app's bundles.
 */

const holder = globalThis as unknown as { jaridaRedis?: Redis | null };

/** The shared client, or null without REDIS_URL. Commands fail at once while Redis is down. */
export function sharedRedis(): Redis | null {
  if (holder.jaridaRedis !== undefined) return holder.jaridaRedis;
  const url = env().REDIS_URL;
  if (!url) return (holder.jaridaRedis = null);
  const client = new Redis(url, { maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: 2_000, lazyConnect: false });
  let lastWarning = 0;
  client.on('error', (error: Error) => {
    // An outage would otherwise print a line per command.
    if (Date.now() - lastWarning < 10_000) return;
    lastWarning = Date.now();
    log.warn({ err: error }, 'connection error');
  });
  return (holder.jaridaRedis = client);
}

/** A key in Jarida's namespace (REDIS_PREFIX, default `jarida:`). */
export function redisKey(...parts: (string | number)[]): string {
  return `${env().REDIS_PREFIX}${parts.join(':')}`;
}

/** Closes the connection (graceful shutdown); a later sharedRedis() opens a new one. */
export async function closeSharedRedis(): Promise<void> {
  const client = holder.jaridaRedis;
  holder.jaridaRedis = undefined;
  if (client) await client.quit().catch(() => client.disconnect());
}
