// @ts-check
/*
 * Rendered pages in two tiers: decoded pages for the hot path in the process's memory (LRU by
 * bytes), and every page compressed in a durable tier (disk folder, or Redis with REDIS_URL)
 * that survives memory pressure, restarts and, with Redis, is shared by every instance. Tag
 * expirations are persisted alongside, so a page rendered before an edit stays expired after a
 * restart.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { logger } from '../../observability/log.mjs';
import { pageCacheEnv } from './config.mjs';
import { openDiskStore } from './disk-store.mjs';
import { decodePage, encodePage, pageSize } from './page-entry.mjs';
import { followTags, openRedisStore } from './redis-store.mjs';

const log = logger('page cache');

/**
 * @typedef {import('./page-entry.mjs').StoredPage} StoredPage
 * @typedef {{ stale?: number, expired?: number }} TagExpiration
 * @typedef {{
 *   kind: 'disk' | 'redis',
 *   get(key: string): Promise<Buffer | null>,
 *   has(key: string): Promise<boolean>,
 *   set(key: string, data: Buffer): Promise<void>,
 *   delete(key: string): Promise<void>,
 *   loadTags(): Promise<Record<string, TagExpiration>>,
 *   saveTags(updates: Record<string, TagExpiration>, keepAfter: number): Promise<void>,
 *   stats(): Promise<{ entries: number, bytes: number, maxBytes: number }>,
 *   ready?(): Promise<unknown>,
 *   close(): Promise<void>,
 * }} DurableStore
 */

/**
 * Tag expirations older than this are dropped from the persisted list: no stored page can be
 * older (the longest cache profile's `expire`, next.config.ts, is 30 days).
 */
export const TAG_HORIZON_MS = 31 * 24 * 3600 * 1000;

export class PageStore {
  /**
   * @param {DurableStore} durable
   * @param {number} memoryBytes
   */
  constructor(durable, memoryBytes) {
    this.durable = durable;
    this.memoryBytes = memoryBytes;
    /** @type {Map<string, { page: StoredPage, size: number }>} least recently used first */
    this.memory = new Map();
    this.memoryTotal = 0;
    // Pages being written: a read of the same key meanwhile gets the new page, not the old file.
    /** @type {Map<string, StoredPage>} */
    this.writing = new Map();
  }

  /** @param {string} key @returns {Promise<StoredPage | null>} */
  async get(key) {
    const cached = this.memory.get(key);
    if (cached) {
      this.memory.delete(key);
      this.memory.set(key, cached);
      return cached.page;
    }
    const pending = this.writing.get(key);
    if (pending) return pending;
    let stored;
    try {
      stored = await this.durable.get(key);
    } catch (error) {
      warnOnce('read', error);
      return null;
    }
    const page = stored ? safeDecode(stored, key) : null;
    if (!page) return null;
    this.remember(key, page);
    return page;
  }

  /**
   * The durable tier's copy, even when memory holds one: with Redis another instance may have
   * rendered the page again since (after an editor's change, or once it went stale).
   * @param {string} key
   * @returns {Promise<StoredPage | null>}
   */
  async reload(key) {
    if (this.durable.kind !== 'redis') return this.get(key);
    const known = this.memory.get(key)?.page ?? null;
    let stored;
    try {
      stored = await this.durable.get(key);
    } catch (error) {
      warnOnce('read', error);
      return known;
    }
    const page = stored ? safeDecode(stored, key) : null;
    if (!page || (known && page.lastModified <= known.lastModified)) return known;
    this.remember(key, page);
    return page;
  }

  /** @param {string} key */
  async has(key) {
    if (this.memory.has(key) || this.writing.has(key)) return true;
    return this.durable.has(key).catch(() => false);
  }

  /** @param {string} key @param {StoredPage} page */
  async set(key, page) {
    this.remember(key, page);
    this.writing.set(key, page);
    try {
      await this.durable.set(key, await encodePage(key, page));
    } catch (error) {
      // The page still serves from memory; it will render again once evicted.
      warnOnce('write', error);
    } finally {
      if (this.writing.get(key) === page) this.writing.delete(key);
    }
  }

  /** @param {string} key */
  async delete(key) {
    this.forget(key);
    await this.durable.delete(key).catch((error) => warnOnce('delete', error));
  }

  /** @param {string} key @param {StoredPage} page */
  remember(key, page) {
    this.forget(key);
    const size = pageSize(page) + key.length * 2;
    if (size > this.memoryBytes) return;
    this.memory.set(key, { page, size });
    this.memoryTotal += size;
    for (const [oldKey, entry] of this.memory) {
      if (this.memoryTotal <= this.memoryBytes) break;
      this.memory.delete(oldKey);
      this.memoryTotal -= entry.size;
    }
  }

  /** @param {string} key */
  forget(key) {
    const entry = this.memory.get(key);
    if (!entry) return;
    this.memory.delete(key);
    this.memoryTotal -= entry.size;
  }
}

/** @param {Buffer} stored @param {string} key */
function safeDecode(stored, key) {
  try {
    return decodePage(stored, key);
  } catch (error) {
    warnOnce('decode', error);
    return null;
  }
}

/**
 * Opens the durable tier and loads its tag expirations into `tagsManifest`.
 * @param {{ dir: string, buildId: string, redisUrl?: string, redisPrefix?: string, maxBytes: number, memoryBytes: number, tagsManifest: Map<string, TagExpiration> }} options
 */
export async function openPageStore({ dir, buildId, redisUrl, redisPrefix = 'jarida:', maxBytes, memoryBytes, tagsManifest }) {
  const durable = redisUrl
    ? await openRedisStore({ url: redisUrl, prefix: redisPrefix, buildId, maxBytes, ttlMs: TAG_HORIZON_MS })
    : await openDiskStore({ dir, buildId, maxBytes });
  mergeTags(tagsManifest, await durable.loadTags().catch(() => ({})));
  return new PageStore(durable, memoryBytes);
}

const RETRY_OPEN_MS = 5_000;
/** @type {Map<string, number>} */
const retryAfter = new Map();

/** @type {Map<string, Promise<PageStore>>} one store per build folder, for the whole process */
const stores = new Map();

/**
 * The process's page store for the build in `serverDistDir` (Next creates a cache handler per
 * request; they all share this, and the settings and build id are read once). The first call also
 * loads the persisted tag expirations into `tagsManifest`, Next's process-wide record that every
 * cache read checks.
 *
 * @param {string} serverDistDir
 * @param {Map<string, TagExpiration>} tagsManifest
 */
export function pageStoreFor(serverDistDir, tagsManifest) {
  let store = stores.get(serverDistDir);
  if (store) return store;
  if (Date.now() < (retryAfter.get(serverDistDir) ?? 0)) return Promise.reject(new Error('the page store failed to open a moment ago'));
  const settings = pageCacheEnv(process.env);
  const distDir = path.dirname(serverDistDir);
  store = openPageStore({
    dir: path.resolve(settings.PAGE_CACHE_DIR ?? path.join(distDir, 'cache', 'pages')),
    buildId: readBuildId(distDir),
    redisUrl: settings.REDIS_URL,
    redisPrefix: settings.REDIS_PREFIX,
    maxBytes: settings.PAGE_CACHE_MAX_MB * 1024 * 1024,
    memoryBytes: settings.PAGE_CACHE_MEMORY_MB * 1024 * 1024,
    tagsManifest,
  });
  stores.set(serverDistDir, store);
  if (settings.REDIS_URL) followSharedTags(settings.REDIS_URL, settings.REDIS_PREFIX, tagsManifest);
  // Not at once: every request would otherwise wait for the same unreachable Redis.
  store.catch(() => {
    stores.delete(serverDistDir);
    retryAfter.set(serverDistDir, Date.now() + RETRY_OPEN_MS);
  });
  return store;
}

/** Emitted on `process` with the tags whenever tags expire here or on another instance. */
export const TAGS_EXPIRED_EVENT = 'jarida:tags-expired';

/** @type {Promise<unknown> | null} */
let following = null;

/**
 * Tag expirations from every instance, merged into this process's manifest as they are published
 * (redis-store.mjs followTags). One subscription per process, shared by the page and data stores;
 * retried after a failure.
 * @param {string} url
 * @param {string} prefix
 * @param {Map<string, TagExpiration>} tagsManifest
 */
export function followSharedTags(url, prefix, tagsManifest) {
  following ??= followTags(url, prefix, (updates) => {
    mergeTags(tagsManifest, updates);
    announceExpiredTags(Object.keys(updates));
  }).catch((error) => {
    warnOnce('subscribe', error);
    setTimeout(() => (following = null), RETRY_OPEN_MS).unref();
  });
  return following;
}

/**
 * Lets the rest of the process (the database layer's replica routing) know that data behind these
 * tags changed. Through `process` because the cache handlers are loaded outside the app's bundles.
 * @param {string[]} tags
 */
export function announceExpiredTags(tags) {
  // Typed for Node's own events only.
  if (tags.length) /** @type {(event: string, tags: string[]) => boolean} */ (process.emit.bind(process))(TAGS_EXPIRED_EVENT, tags);
}

/**
 * Later expirations win: the persisted list may be older than what this process already knows.
 * @param {Map<string, TagExpiration>} manifest
 * @param {Record<string, TagExpiration>} persisted
 */
export function mergeTags(manifest, persisted) {
  for (const [tag, entry] of Object.entries(persisted)) {
    const known = manifest.get(tag) ?? {};
    /** @type {TagExpiration} */
    const merged = { ...known };
    if (typeof entry.stale === 'number' && entry.stale > (known.stale ?? 0)) merged.stale = entry.stale;
    if (typeof entry.expired === 'number' && entry.expired > (known.expired ?? 0)) merged.expired = entry.expired;
    manifest.set(tag, merged);
  }
}

/** @param {string} distDir */
function readBuildId(distDir) {
  try {
    return readFileSync(path.join(distDir, 'BUILD_ID'), 'utf8').trim() || 'development';
  } catch {
    return 'development';
  }
}

/** @type {Map<string, number>} */
const warned = new Map();
/** @param {string} what @param {unknown} error */
function warnOnce(what, error) {
  const last = warned.get(what) ?? 0;
  if (Date.now() - last < 60_000) return;
  warned.set(what, Date.now());
  log.warn({ err: error }, `${what} failed`);
}
