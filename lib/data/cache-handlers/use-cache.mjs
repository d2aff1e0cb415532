// @ts-check
/*
 * The 'use cache' store (next.config.ts `cacheHandlers.default`): query results and other cached
 * data that pages render from.
 *
 * - In the process: Next's own in-memory store (DATA_CACHE_MEMORY_MB), which every read tries
 *   first, so the hot path stays in memory.
 * - With REDIS_URL, behind it, one store in Redis shared by every instance (DATA_CACHE_MAX_MB,
 *   least recently used first out): data computed on one instance serves the others, and a new
 *   instance starts warm. Tag expirations are shared through Redis too (redis-store.mjs
 *   followTags): an entry of an expired tag is refused whichever instance wrote it.
 *
 * Entries are used until their `revalidate` time, like Next's store: a page rendering in the
 * background must not be built from data past its time. A read tagged MISS_TAG (a slug or page
 * that does not exist) is not kept: every made-up slug a client sends would otherwise hold an
 * entry; a miss costs one small query instead, and cannot outlive the publication of a real
 * article under that slug.
 */
import { createRequire } from 'node:module';
import { cacheLookups } from '../../observability/metrics.mjs';
import { cacheRead } from '../../observability/trace.mjs';
import { pageCacheEnv } from './config.mjs';
import { compress, decompress } from './page-entry.mjs';
import { followSharedTags } from './page-store.mjs';
import { connectRedis, redisEntries, warn } from './redis-store.mjs';

// require, not import: the very module instances (tag manifest) Next's server uses.
const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default.js');
const { tagsManifest, areTagsExpired, areTagsStale } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');
const { streamFromBuffer, streamToBuffer } = require('next/dist/server/stream-utils/node-web-streams-helper.js');

/** Same value as cacheTags.miss (lib/data/cache-tags.ts); a unit test checks they agree. */
export const MISS_TAG = 'reader:miss';

const MAGIC = 'JDC1';
const hits = cacheLookups.with({ cache: 'data', result: 'hit' });
const misses = cacheLookups.with({ cache: 'data', result: 'miss' });
const RETRY_CONNECT_MS = 5_000;

/**
 * @typedef {import('next/dist/server/lib/cache-handlers/types').CacheEntry} CacheEntry
 * @typedef {import('next/dist/server/lib/cache-handlers/types').CacheHandler} CacheHandler
 * @typedef {Omit<CacheEntry, 'value'>} EntryMeta
 * @typedef {ReturnType<typeof redisEntries>} SharedEntries
 */

/**
 * @param {{ memoryBytes: number, shared: () => Promise<SharedEntries | null> | null }} options
 * @returns {CacheHandler}
 */
export function createDataCacheHandler({ memoryBytes, shared }) {
  /** @type {CacheHandler} */
  const memory = createDefaultCacheHandler(memoryBytes);

  /** @param {string} cacheKey @param {EntryMeta} meta @param {Buffer} bytes */
  async function share(cacheKey, meta, bytes) {
    const entries = await shared();
    if (!entries) return;
    const header = Buffer.from(JSON.stringify({ key: cacheKey, ...meta }), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32LE(header.byteLength);
    const ttlSeconds = Math.min(meta.revalidate, meta.expire);
    await entries.set(cacheKey, await compress(MAGIC, Buffer.concat([length, header, bytes])), ttlSeconds * 1000);
  }

  /** @param {string} cacheKey @returns {Promise<{ meta: EntryMeta, bytes: Buffer } | null>} */
  async function fetchShared(cacheKey) {
    const entries = await shared();
    if (!entries) return null;
    const stored = await entries.get(cacheKey);
    const raw = stored && decompress(MAGIC, stored);
    if (!raw || raw.byteLength < 4) return null;
    const headerLength = raw.readUInt32LE(0);
    const { key, ...meta } = JSON.parse(raw.toString('utf8', 4, 4 + headerLength));
    // A hash collision of Redis keys, or a value written by something else.
    if (key !== cacheKey) return null;
    return { meta, bytes: raw.subarray(4 + headerLength) };
  }

  /**
   * @param {string} cacheKey
   * @param {string[]} softTags
   * @returns {Promise<CacheEntry | undefined>}
   */
  async function read(cacheKey, softTags) {
    const local = await memory.get(cacheKey, softTags);
    if (local) return local;
    /** @type {{ meta: EntryMeta, bytes: Buffer } | null} */
    let found;
    try {
      found = await fetchShared(cacheKey);
    } catch (error) {
      warn(`data cache read failed: ${error instanceof Error ? error.message : String(error)}`);
      return undefined;
    }
    if (!found) return undefined;
    const { meta, bytes } = found;
    if (Date.now() > meta.timestamp + meta.revalidate * 1000) return undefined;
    if (areTagsExpired(meta.tags, meta.timestamp)) return undefined;
    // Kept in memory for this instance's next reads (it judges age and tags the same way).
    await memory.set(cacheKey, Promise.resolve({ ...meta, value: streamFromBuffer(bytes) }));
    return { ...meta, revalidate: areTagsStale(meta.tags, meta.timestamp) ? -1 : meta.revalidate, value: streamFromBuffer(bytes) };
  }

  return {
    ...memory,
    async refreshTags() {
      // Tag expirations arrive by subscription; this only makes sure it has started.
      void shared();
    },
    get(cacheKey, softTags) {
      return cacheRead(hits, misses, 'data', undefined, () => read(cacheKey, softTags));
    },
    async set(cacheKey, pendingEntry) {
      /** @type {{ meta: EntryMeta, bytes: Buffer } | null} */
      let complete = null;
      // Handed to the memory store at once (not after the value is read): it makes reads of the
      // same key wait for this entry instead of computing it a second time.
      const forMemory = pendingEntry.then(
        async (entry) => {
          const { value, ...meta } = entry;
          // `expire: 0` is how the memory store recognises an entry not to keep.
          if (meta.tags.includes(MISS_TAG)) return { ...entry, expire: 0 };
          try {
            const bytes = await streamToBuffer(value);
            complete = { meta, bytes };
            return { ...meta, value: streamFromBuffer(bytes) };
          } catch {
            // The value failed half way: keep nothing.
            return { ...meta, expire: 0, value: streamFromBuffer(Buffer.alloc(0)) };
          }
        },
        // A failed computation: nothing to keep, and nothing a reader of the key should wait for.
        () => /** @type {CacheEntry} */ ({ value: streamFromBuffer(Buffer.alloc(0)), tags: [], stale: 0, timestamp: 0, expire: 0, revalidate: 0 }),
      );
      await memory.set(cacheKey, forMemory);
      const written = /** @type {{ meta: EntryMeta, bytes: Buffer } | null} */ (complete);
      if (!written || written.meta.expire === 0) return;
      await share(cacheKey, written.meta, written.bytes).catch((error) =>
        warn(`data cache write failed: ${error instanceof Error ? error.message : String(error)}`),
      );
    },
  };
}

const settings = pageCacheEnv(process.env);

/** @type {Promise<SharedEntries | null> | null} */
let connecting = null;
let retryAt = 0;

/** The shared store on Redis, or null without REDIS_URL or while Redis cannot be reached. */
function sharedEntries() {
  const url = settings.REDIS_URL;
  if (!url) return null;
  if (connecting) return connecting;
  if (Date.now() < retryAt) return null;
  void followSharedTags(url, settings.REDIS_PREFIX, tagsManifest);
  connecting = connectRedis(url).then(
    (redis) => redisEntries(redis, { scope: `${settings.REDIS_PREFIX}data:`, maxBytes: settings.DATA_CACHE_MAX_MB * 1024 * 1024 }),
    (error) => {
      warn(`data cache on Redis unavailable, using memory only: ${error instanceof Error ? error.message : String(error)}`);
      connecting = null;
      retryAt = Date.now() + RETRY_CONNECT_MS;
      return null;
    },
  );
  return connecting;
}

export default createDataCacheHandler({ memoryBytes: settings.DATA_CACHE_MEMORY_MB * 1024 * 1024, shared: () => sharedEntries() });
