import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * patches/next+16.4.6.patch: IncrementalCache.set stringifies an entry only for the size check
 * that applies to it (a fetch entry Next stores itself), not every page it stores.
 */
const require = createRequire(import.meta.url);
const { IncrementalCache } = require('next/dist/server/lib/incremental-cache/index.js') as {
  IncrementalCache: new (options: object) => { set(key: string, data: object, ctx: object): Promise<void> };
};

const manifest = { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'x', previewModeSigningKey: 'x', previewModeEncryptionKey: 'x' } };
const options = { dev: false, minimalMode: false, requestHeaders: {}, previewProps: manifest.preview, prerenderManifest: manifest, fetchCacheKeyPrefix: '', allowedRevalidateHeaderKeys: [] };

afterEach(() => vi.restoreAllMocks());

describe('IncrementalCache.set (patched)', () => {
  it('hands a page to the cache handler without stringifying it', async () => {
    const stored: unknown[] = [];
    class Handler {
      async get() {
        return null;
      }
      async set(_key: string, data: unknown) {
        stored.push(data);
      }
      async revalidateTag() {}
      resetRequestCache() {}
    }
    const cache = new IncrementalCache({ ...options, CurCacheHandler: Handler });
    const page = { kind: 'APP_PAGE', html: '<p>article</p>', rscData: Buffer.alloc(64 * 1024, 48), headers: {}, postponed: undefined, status: 200, segmentData: new Map() };
    const stringify = vi.spyOn(JSON, 'stringify');
    await cache.set('/fr/article/un-article', page, {
      route: { kind: 'APP_PAGE', sourceRoute: '/[locale]/(site)/article/[slug]/page' },
      cacheControl: { revalidate: 300, expire: 300 },
      isRoutePPREnabled: false,
      isFallback: false,
    });
    expect(stored).toEqual([page]);
    expect(stringify.mock.calls.filter(([value]) => value === page)).toEqual([]);
  });

  it('still refuses a fetch entry over 2 MB when Next stores it itself', async () => {
    const cache = new IncrementalCache(options);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const entry = { kind: 'FETCH', data: { headers: {}, body: 'x'.repeat(2 * 1024 * 1024 + 1), status: 200, url: 'https://example.org/' }, revalidate: 60 };
    await cache.set('fetch-key', entry, { fetchCache: true, fetchUrl: 'https://example.org/', tags: [] });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/items over 2MB can not be cached \(\d+ bytes\)/));
  });
});
