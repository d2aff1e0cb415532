// @ts-check
/*
 * The caches on Redis (REDIS_URL), shared by every instance: rendered pages (page-store.mjs),
 * 'use cache' data (use-cache.mjs) and the tag expirations both are judged by.
 *
 * Sizes are bounded here rather than by the server's maxmemory policy, which an operator may share
 * with other data: per store, a sorted set orders entries by last use and a counter keeps their
 * total size; the scripts below update both with the entry in one step, and evict the least
 * recently used entries past the bound.
 *
 * Tag expirations (an editor's change) are written to one hash and published on one channel:
 * every instance merges them into Next's process-wide tag manifest as they arrive (milliseconds),
 * and reloads the whole hash whenever its subscription (re)connects, so a message missed while
 * disconnected is not lost.
 */
import { logger } from '../../observability/log.mjs';

const log = logger('cache');

// KEYS: entry, lru, total. ARGV: value, now (ms), max bytes, ttl (ms), ttl of the bookkeeping (ms).
const SET_SCRIPT = `
local old = redis.call('STRLEN', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[4])
redis.call('ZADD', KEYS[2], ARGV[2], KEYS[1])
local total = redis.call('INCRBY', KEYS[3], string.len(ARGV[1]) - old)
local max = tonumber(ARGV[3])
while total > max do
  local oldest = redis.call('ZRANGE', KEYS[2], 0, 0)
  if #oldest == 0 or oldest[1] == KEYS[1] then break end
  local size = redis.call('STRLEN', oldest[1])
  redis.call('DEL', oldest[1])
  redis.call('ZREM', KEYS[2], oldest[1])
  total = redis.call('DECRBY', KEYS[3], size)
end
-- The bookkeeping of a build nobody writes to any more goes away with its entries.
redis.call('PEXPIRE', KEYS[2], ARGV[5])
redis.call('PEXPIRE', KEYS[3], ARGV[5])
return total`;

// KEYS: entry, lru, total.
const DELETE_SCRIPT = `
local size = redis.call('STRLEN', KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], KEYS[1])
if size > 0 then redis.call('DECRBY', KEYS[3], size) end
return size`;

/** The longest any entry lives (tag expirations are kept as long: page-store.mjs TAG_HORIZON_MS). */
export const MAX_TTL_MS = 31 * 24 * 3600 * 1000;

/**
 * A connected client. Commands fail at once while the connection is down (callers treat that as a
 * miss and render), and it reconnects by itself.
 * @param {string} url
 * @param {{ subscriber?: boolean }} [options]
 */
export async function connectRedis(url, options = {}) {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    maxRetriesPerRequest: options.subscriber ? null : 1,
    enableOfflineQueue: Boolean(options.subscriber),
    connectTimeout: 2_000,
    lazyConnect: true,
    // Reconnect quickly after an outage, but not in a tight loop.
    retryStrategy: (attempt) => Math.min(attempt * 200, 2_000),
  });
  redis.on('error', (/** @type {Error} */ error) => warn(`redis: ${error.message}`));
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  redis.defineCommand('jaridaSetEntry', { numberOfKeys: 3, lua: SET_SCRIPT });
  redis.defineCommand('jaridaDeleteEntry', { numberOfKeys: 3, lua: DELETE_SCRIPT });
  return redis;
}

/** @typedef {Awaited<ReturnType<typeof connectRedis>>} RedisClient */

/**
 * Entries under `scope`, LRU-bounded to `maxBytes` in all.
 * @param {RedisClient} redis
 * @param {{ scope: string, maxBytes: number }} options
 */
export function redisEntries(redis, { scope, maxBytes }) {
  /** @type {any} */
  const commands = redis;
  const lruKey = `${scope}lru`;
  const totalKey = `${scope}bytes`;
  /** @param {string} key */
  const entryKey = (key) => `${scope}entry:${key}`;
  return {
    /** @param {string} key @returns {Promise<Buffer | null>} */
    async get(key) {
      const data = await redis.getBuffer(entryKey(key));
      // Recording the use costs a round trip the reader need not wait for.
      if (data) redis.zadd(lruKey, 'XX', Date.now(), entryKey(key)).catch(() => {});
      return data;
    },
    /** @param {string} key */
    async has(key) {
      return (await redis.exists(entryKey(key))) === 1;
    },
    /** @param {string} key @param {Buffer} data @param {number} ttlMs */
    async set(key, data, ttlMs) {
      if (data.byteLength > maxBytes || ttlMs <= 0) return;
      await commands.jaridaSetEntry(entryKey(key), lruKey, totalKey, data, Date.now(), maxBytes, Math.ceil(Math.min(ttlMs, MAX_TTL_MS)), MAX_TTL_MS);
    },
    /** @param {string} key */
    async delete(key) {
      await commands.jaridaDeleteEntry(entryKey(key), lruKey, totalKey);
    },
    async stats() {
      const [entries, bytes] = await Promise.all([redis.zcard(lruKey), redis.get(totalKey)]);
      return { entries, bytes: Number(bytes ?? 0), maxBytes };
    },
  };
}

/**
 * @typedef {{ stale?: number, expired?: number }} TagExpiration
 * @typedef {Record<string, TagExpiration>} TagUpdates
 */

/**
 * The shared record of tag expirations under `prefix`: `<prefix>tags` (hash) and the channel
 * `<prefix>tags:expired`.
 * @param {RedisClient} redis
 * @param {string} prefix
 */
export function redisTags(redis, prefix) {
  const hashKey = `${prefix}tags`;
  return {
    hashKey,
    channel: `${hashKey}:expired`,
    /** @returns {Promise<TagUpdates>} */
    async load() {
      return parseTags(await redis.hgetall(hashKey));
    },
    /**
     * Records the expirations and tells every instance, in one step.
     * @param {TagUpdates} updates
     * @param {number} keepAfter expirations older than this are dropped
     */
    async save(updates, keepAfter) {
      const entries = Object.entries(updates);
      if (entries.length === 0) return;
      const json = Object.fromEntries(entries.map(([tag, entry]) => [tag, JSON.stringify(entry)]));
      await redis.multi().hset(hashKey, json).publish(`${hashKey}:expired`, JSON.stringify(updates)).exec();
      // Now and then, not on every save: the hash holds one field per tag ever expired.
      if (Math.random() < 0.01) void pruneTags(redis, hashKey, keepAfter).catch(() => {});
    },
  };
}

/**
 * @param {RedisClient} redis
 * @param {string} hashKey
 * @param {number} keepAfter
 */
async function pruneTags(redis, hashKey, keepAfter) {
  const old = Object.entries(parseTags(await redis.hgetall(hashKey)))
    .filter(([, entry]) => Math.max(entry.stale ?? 0, entry.expired ?? 0) < keepAfter)
    .map(([tag]) => tag);
  if (old.length) await redis.hdel(hashKey, ...old);
}

/** @param {Record<string, string>} stored @returns {TagUpdates} */
function parseTags(stored) {
  /** @type {TagUpdates} */
  const tags = {};
  for (const [tag, json] of Object.entries(stored)) {
    try {
      const entry = JSON.parse(json);
      if (entry && typeof entry === 'object') tags[tag] = entry;
    } catch {
      /* written by something else: ignore */
    }
  }
  return tags;
}

/**
 * Follows tag expirations published by any instance: `apply` receives each batch as it arrives,
 * and the whole record every time the subscription (re)connects.
 * @param {string} url
 * @param {string} prefix
 * @param {(updates: TagUpdates) => void} apply
 * @returns {Promise<{ close(): void, connected(): boolean }>}
 */
export async function followTags(url, prefix, apply) {
  const subscriber = await connectRedis(url, { subscriber: true });
  const reader = await connectRedis(url);
  const tags = redisTags(reader, prefix);
  const reload = () =>
    tags.load().then(apply, (/** @type {Error} */ error) => warn(`could not reload expired tags: ${error.message}`));
  subscriber.on('message', (/** @type {string} */ channel, /** @type {string} */ message) => {
    if (channel !== tags.channel) return;
    try {
      apply(JSON.parse(message));
    } catch {
      /* not ours */
    }
  });
  // 'ready' fires again after every reconnect: catch up on what was published meanwhile.
  subscriber.on('ready', () => void reload());
  await subscriber.subscribe(tags.channel);
  await reload();
  return {
    close() {
      subscriber.disconnect();
      reader.disconnect();
    },
    connected: () => subscriber.status === 'ready',
  };
}

/**
 * The durable tier of the page store on Redis: pages of build `buildId` under
 * `<prefix>pages:<buildId>:`, tags shared by every build.
 * @param {{ url: string, prefix: string, buildId: string, maxBytes: number, ttlMs: number }} options
 * @returns {Promise<import('./page-store.mjs').DurableStore>}
 */
export async function openRedisStore({ url, prefix, buildId, maxBytes, ttlMs }) {
  const redis = await connectRedis(url);
  const pages = redisEntries(redis, { scope: `${prefix}pages:${buildId}:`, maxBytes });
  const tags = redisTags(redis, prefix);
  return {
    kind: 'redis',
    get: pages.get,
    has: pages.has,
    set: (key, data) => pages.set(key, data, ttlMs),
    delete: pages.delete,
    loadTags: tags.load,
    saveTags: tags.save,
    stats: pages.stats,
    async close() {
      redis.disconnect();
    },
  };
}

let lastWarning = 0;
/** @param {string} message */
export function warn(message) {
  // A Redis outage would otherwise print one line per request.
  if (Date.now() - lastWarning < 10_000) return;
  lastWarning = Date.now();
  log.warn(message);
}
