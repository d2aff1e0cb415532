/*
 * The 'use cache' store (next.config.ts `cacheHandlers.default`): Next's in-memory default, except
 * that a read tagged MISS_TAG (a slug or page that does not exist) is not kept. Otherwise every
 * made-up slug a client sends would hold an entry; a miss costs one small query instead, and
 * cannot outlive the publication of a real article under that slug.
 */
import { createRequire } from 'node:module';

// require, not import: the very module instances (tag manifest) Next's server uses.
const require = createRequire(import.meta.url);
const { createDefaultCacheHandler } = require('next/dist/server/lib/cache-handlers/default.js');

/** Same value as cacheTags.miss (lib/data/cache-tags.ts); a unit test checks they agree. */
export const MISS_TAG = 'reader:miss';

// Next's default size for this store (`cacheMaxMemorySize`).
const inner = createDefaultCacheHandler(50 * 1024 * 1024);

/** @type {typeof inner} */
const handler = {
  ...inner,
  set(cacheKey, pendingEntry) {
    // `expire: 0` is how the default store itself recognises an entry not to keep; going through
    // it keeps its bookkeeping of pending writes for concurrent readers of the same key.
    return inner.set(
      cacheKey,
      pendingEntry.then((entry) => (entry.tags.includes(MISS_TAG) ? { ...entry, expire: 0 } : entry)),
    );
  },
};

export default handler;
