// @ts-check
/*
 * The durable tier on Redis (REDIS_URL): every instance reads and writes the same pages. Size is
 * bounded here rather than by the server's maxmemory policy, which an operator may share with
 * other data: a sorted set orders pages by last use and a counter keeps their total size; the
 * scripts below update both with the page in one step, and evict the least recently used pages
 * past the bound.
 */

// KEYS: page, lru, total. ARGV: value, now (ms), max bytes, page key prefix, ttl (ms).
const SET_SCRIPT = `
local old = redis.call('STRLEN', KEYS[1])
redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[5])
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
return total`;

// KEYS: page, lru, total.
const DELETE_SCRIPT = `
local size = redis.call('STRLEN', KEYS[1])
redis.call('DEL', KEYS[1])
redis.call('ZREM', KEYS[2], KEYS[1])
if size > 0 then redis.call('DECRBY', KEYS[3], size) end
return size`;

/**
 * @param {{ url: string, prefix: string, buildId: string, maxBytes: number, ttlMs: number }} options
 * @returns {Promise<import('./page-store.mjs').DurableStore>}
 */
export async function openRedisStore({ url, prefix, buildId, maxBytes, ttlMs }) {
  const { Redis } = await import('ioredis');
  const redis = new Redis(url, {
    // A page cache that cannot reach Redis renders instead of waiting: commands fail at once
    // while the connection is down (the page store treats that as a miss), and it reconnects.
    maxRetriesPerRequest: 1,
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    lazyConnect: true,
  });
  redis.on('error', (error) => warn(`redis: ${error.message}`));
  // Tag expirations must be loaded before any page is served: no store until Redis answers.
  try {
    await redis.connect();
  } catch (error) {
    redis.disconnect();
    throw error;
  }
  redis.defineCommand('jaridaSetPage', { numberOfKeys: 3, lua: SET_SCRIPT });
  redis.defineCommand('jaridaDeletePage', { numberOfKeys: 3, lua: DELETE_SCRIPT });
  /** @type {any} */
  const commands = redis;

  // Pages are per build; tag expirations are shared by every build.
  const scope = `${prefix}${buildId}:`;
  const lruKey = `${scope}lru`;
  const totalKey = `${scope}bytes`;
  const tagsKey = `${prefix}tags`;
  /** @param {string} key */
  const pageKey = (key) => `${scope}page:${key}`;

  return {
    kind: 'redis',
    async get(key) {
      const data = await redis.getBuffer(pageKey(key));
      // Recording the use costs a round trip the reader need not wait for.
      if (data) redis.zadd(lruKey, 'XX', Date.now(), pageKey(key)).catch(() => {});
      return data;
    },
    async has(key) {
      return (await redis.exists(pageKey(key))) === 1;
    },
    async set(key, data) {
      if (data.byteLength > maxBytes) return;
      await commands.jaridaSetPage(pageKey(key), lruKey, totalKey, data, Date.now(), maxBytes, scope, ttlMs);
    },
    async delete(key) {
      await commands.jaridaDeletePage(pageKey(key), lruKey, totalKey);
    },
    async loadTags() {
      const stored = await redis.hgetall(tagsKey);
      /** @type {Record<string, { stale?: number, expired?: number }>} */
      const tags = {};
      for (const [tag, json] of Object.entries(stored)) {
        try {
          tags[tag] = JSON.parse(json);
        } catch {
          /* written by something else: ignore */
        }
      }
      return tags;
    },
    async saveTags(updates) {
      if (Object.keys(updates).length === 0) return;
      await redis.hset(tagsKey, Object.fromEntries(Object.entries(updates).map(([tag, entry]) => [tag, JSON.stringify(entry)])));
    },
    stats() {
      return { entries: -1, bytes: -1, maxBytes };
    },
    async close() {
      redis.disconnect();
    },
  };
}

let lastWarning = 0;
/** @param {string} message */
function warn(message) {
  // A Redis outage would otherwise print one line per request.
  if (Date.now() - lastWarning < 10_000) return;
  lastWarning = Date.now();
  console.warn(`[page cache] ${message}`);
}
