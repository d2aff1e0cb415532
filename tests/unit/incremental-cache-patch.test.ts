import { createRequire } from 'node:module';
import { afterEach, describe, expect, it, vi } from 'vitest';

/*
 * patches/next+16.4.6.patch: IncrementalCache.set stringifies an entry only for the size check
 * that applies to it (a fetch entry Next stores itself), not every page it stores. Checked on the
 * plain server copy and on the one bundled in the app-page runtime, which `next start` uses.
 */
const require = createRequire(import.meta.url);

interface Cache {
  set(key: string, data: object, ctx: object): Promise<void>;
}

const manifest = { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: 'x', previewModeSigningKey: 'x', previewModeEncryptionKey: 'x' } };

/** The plain copy, handed a cache handler of ours (as next.config.ts does) or none. */
function serverCopy(handler?: new () => object): Cache {
  const { IncrementalCache } = require('next/dist/server/lib/incremental-cache/index.js') as { IncrementalCache: new (options: object) => Cache };
  return new IncrementalCache({
    dev: false,
    minimalMode: false,
    requestHeaders: {},
    previewProps: manifest.preview,
    prerenderManifest: manifest,
    fetchCacheKeyPrefix: '',
    allowedRevalidateHeaderKeys: [],
    CurCacheHandler: handler,
  });
}

/** The app-page runtime's copy, made the way its route module makes one for a request (no handler). */
async function bundledCopy(): Promise<Cache> {
  // The runtime expects the AsyncLocalStorage global that Next's server installs first.
  require('next/dist/server/node-environment.js');
  const { AppPageRouteModule } = require('next/dist/compiled/next-server/app-page-turbo.runtime.prod.js') as {
    AppPageRouteModule: { prototype: { getIncrementalCache(...args: unknown[]): Promise<Cache> } };
  };
  const routeModule = { distDir: '.next', relativeProjectDir: '.', isDev: false, loadCustomCacheHandlers: async () => {} };
  const config = { experimental: { allowedRevalidateHeaderKeys: [], fetchCacheKeyPrefix: '', isrFlushToDisk: false }, cacheMaxMemorySize: 0 };
  return AppPageRouteModule.prototype.getIncrementalCache.call(routeModule, { headers: {} }, config, manifest.preview, manifest, false);
}

const page = () => ({ kind: 'APP_PAGE', html: '<p>article</p>', rscData: Buffer.alloc(64 * 1024, 48), headers: {}, postponed: undefined, status: 200, segmentData: new Map() });
const pageContext = {
  route: { kind: 'APP_PAGE', sourceRoute: '/[locale]/(site)/article/[slug]/page' },
  cacheControl: { revalidate: 300, expire: 300 },
  isRoutePPREnabled: false,
  isFallback: false,
};
const bigFetch = { kind: 'FETCH', data: { headers: {}, body: 'x'.repeat(2 * 1024 * 1024 + 1), status: 200, url: 'https://example.org/' }, revalidate: 60 };
const fetchContext = { fetchCache: true, fetchUrl: 'https://example.org/', tags: [] };

afterEach(() => vi.restoreAllMocks());

describe('IncrementalCache.set (patched)', () => {
  it('hands a page to our cache handler without stringifying it', async () => {
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
    const cache = serverCopy(Handler);
    const entry = page();
    const stringify = vi.spyOn(JSON, 'stringify');
    await cache.set('/fr/article/un-article', entry, pageContext);
    expect(stored).toEqual([entry]);
    expect(stringify.mock.calls.filter(([value]) => value === entry)).toEqual([]);
  });

  it.each([
    ['server copy', async () => serverCopy()],
    ['app-page runtime copy', bundledCopy],
  ])('%s: stores a page without stringifying it, and still refuses a fetch entry over 2 MB', async (_name, make) => {
    const cache = await make();
    const entry = page();
    const stringify = vi.spyOn(JSON, 'stringify');
    await cache.set('/fr/article/un-article', entry, pageContext);
    expect(stringify.mock.calls.filter(([value]) => value === entry)).toEqual([]);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await cache.set('fetch-key', bigFetch, fetchContext);
    expect(stringify.mock.calls.filter(([value]) => value === bigFetch)).toHaveLength(1);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/items over 2MB can not be cached \(\d+ bytes\)/));
  });
});
