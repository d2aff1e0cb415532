/*
 * The route cache (next.config.ts `cacheHandler`): Next's own file-system cache, except that a
 * not-found answer never creates an entry. Next stores the outcome of every first request to a
 * dynamic route, so each made-up article slug, tag or page number would otherwise leave ~90 KB
 * under .next/server and a lifetime in a process-wide Map, forever (security review). A 404 only
 * replaces an entry that already exists (a page since unpublished), which bounds it by the real
 * pages. Not storing also means no cached 404 can hide an article published later at that slug.
 */
import { createRequire } from 'node:module';

// require, not import: the very module instances Next's server uses, however this file is loaded.
const require = createRequire(import.meta.url);
const FileSystemCache = require('next/dist/server/lib/incremental-cache/file-system-cache.js').default;
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js');

/** @param {any} data */
function isNotFound(data) {
  return data != null && (data.kind === 'APP_PAGE' || data.kind === 'APP_ROUTE' || data.kind === 'PAGES') && data.status === 404;
}

export default class RouteCacheHandler extends FileSystemCache {
  /**
   * @param {string} key
   * @param {any} data
   * @param {any} ctx
   */
  async set(key, data, ctx) {
    if (isNotFound(data) && !(await super.get(key, ctx))) {
      // IncrementalCache records the entry's lifetime under the same key just before calling us.
      SharedCacheControls.cacheControls.delete(key);
      return;
    }
    return super.set(key, data, ctx);
  }
}
