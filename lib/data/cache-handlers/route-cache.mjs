// @ts-check
/*
 * The page cache (next.config.ts `cacheHandler`). Rendered pages and route responses go to the
 * two-tier page store (page-store.mjs): memory for the hot path, then a compressed durable tier on
 * disk or Redis. Next's own file-system cache keeps pages rendered at run time only in memory
 * (with Cache Components it writes them to disk but cannot read them back: it looks for an .rsc
 * file it never wrote), so past ~50 MB of pages, after a restart and after a deploy every
 * article rendered again. Other kinds (fetch cache, images) stay with Next's handler.
 *
 * A not-found answer never creates an entry: Next stores the outcome of every first request to a
 * dynamic route, so each made-up slug would otherwise take space. A 404 only replaces a page that
 * exists (a story since withdrawn), which bounds it by the real pages, and no cached 404 can hide
 * an article published later at that address.
 */
import { createRequire } from 'node:module';
import { logger } from '../../observability/log.mjs';
import { cacheLookups, renders } from '../../observability/metrics.mjs';
import { cacheRead } from '../../observability/trace.mjs';
import { announceExpiredTags, pageStoreFor, TAG_HORIZON_MS } from './page-store.mjs';

// require, not import: the very module instances Next's server uses, however this file is loaded.
const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
// Its lifetimes map is private in the typings; the 404 rule below must clear one entry of it.
const { SharedCacheControls } = /** @type {any} */ (require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js'));
const { tagsManifest, areTagsExpired } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js');

const PAGE_KINDS = new Set(['APP_PAGE', 'APP_ROUTE']);
const TAGS_HEADER = 'x-next-cache-tags';
const log = logger('page cache');
const hits = cacheLookups.with({ cache: 'page', result: 'hit' });
const misses = cacheLookups.with({ cache: 'page', result: 'miss' });
const pageRenders = renders.with({ kind: 'page' });
const routeRenders = renders.with({ kind: 'route' });

export default class RouteCacheHandler extends FileSystemCache {
  /** @param {any} ctx */
  constructor(ctx) {
    super(ctx);
    /** @type {string} */
    this.distDirForPages = ctx.serverDistDir;
  }

  /** The page store, or null while it cannot open (Redis unreachable): pages then render. */
  async store() {
    try {
      return await pageStoreFor(this.distDirForPages, tagsManifest);
    } catch (error) {
      warnUnavailable(error);
      return null;
    }
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async get(key, ctx) {
    if (!PAGE_KINDS.has(ctx?.kind)) return super.get(key, ctx);
    return cacheRead(hits, misses, 'page', key, () => this.getPage(key, ctx));
  }

  /**
   * @param {string} key
   * @param {any} ctx
   */
  async getPage(key, ctx) {
    const store = await this.store();
    let page = await store?.get(key);
    // Pages prerendered by `next build` are read from the build's own files until first re-rendered.
    if (!store || !page) return super.get(key, ctx);
    // An expired or stale copy in memory: another instance may have rendered the page since (the
    // shared tier on Redis), which saves a render here.
    if (isExpired(page) || isStale(page)) page = await store.reload(key);
    // As Next's own handler: a page with an expired tag (an editor's change) renders before it is
    // served, whatever its age.
    if (!page || isExpired(page)) return null;
    return page;
  }

  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (!data || !PAGE_KINDS.has(data.kind)) return super.set(key, data, ctx);
    // Next stores every page and route response it renders: one render each.
    (data.kind === 'APP_PAGE' ? pageRenders : routeRenders).inc();
    const store = await this.store();
    if (!store) return;
    if (data.status === 404 && !(await store.has(key))) {
      // IncrementalCache records the entry's lifetime under the same key just before calling us.
      SharedCacheControls.cacheControls.delete(key);
      return;
    }
    await store.set(key, { lastModified: Date.now(), value: data, cacheControl: ctx?.cacheControl });
  }

  /**
   * @param {string | string[]} tags
   * @param {{ expire?: number } | undefined} durations
   */
  async revalidateTag(tags, durations) {
    const list = typeof tags === 'string' ? [tags] : tags;
    await super.revalidateTag(list, durations);
    if (list.length === 0) return;
    announceExpiredTags(list);
    const store = await this.store();
    if (!store) return;
    /** @type {Record<string, { stale?: number, expired?: number }>} */
    const updates = {};
    for (const tag of list) updates[tag] = tagsManifest.get(tag) ?? {};
    // Awaited: once the editor's action returns, a restart must not bring the old page back, and
    // with Redis every other instance has been told (published with the same write).
    await store.durable.saveTags(updates, Date.now() - TAG_HORIZON_MS).catch((/** @type {Error} */ error) => {
      log.warn({ err: error }, 'could not persist expired tags');
    });
  }
}

/** @param {import('./page-entry.mjs').StoredPage} page */
function isExpired(page) {
  const tags = page.value.headers?.[TAGS_HEADER];
  return typeof tags === 'string' && areTagsExpired(tags.split(','), page.lastModified);
}

/** Past its revalidate time: Next would serve it once more and render it again in the background. */
function isStale(/** @type {import('./page-entry.mjs').StoredPage} */ page) {
  const revalidate = page.cacheControl?.revalidate;
  return typeof revalidate === 'number' && Date.now() - page.lastModified > revalidate * 1000;
}

let lastWarning = 0;
/** @param {unknown} error */
function warnUnavailable(error) {
  if (Date.now() - lastWarning < 10_000) return;
  lastWarning = Date.now();
  log.warn({ err: error }, 'unavailable, pages render on every request');
}
