import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheTags } from '@/lib/data/cache-tags';
import { untilNextClockPasses } from '../support/next-clock';
import RouteCacheHandler from '@/lib/data/cache-handlers/route-cache.mjs';
import useCacheHandler, { MISS_TAG } from '@/lib/data/cache-handlers/use-cache.mjs';
import { TAGS_EXPIRED_EVENT } from '@/lib/data/cache-handlers/page-store.mjs';
import { TAGS_EXPIRED_EVENT as DB_TAGS_EXPIRED_EVENT } from '@/db';

// The same module instances the handlers and Next's server load.
const require = createRequire(import.meta.url);
const { nodeFs } = require('next/dist/server/lib/node-fs-methods.js');
const { SharedCacheControls } = require('next/dist/server/lib/incremental-cache/shared-cache-controls.external.js') as {
  SharedCacheControls: { cacheControls: Map<string, unknown> };
};

// Inside the repository (test-results/ is ignored by git).
const distDir = path.resolve('test-results/cache-handlers/server');
// Where the page store keeps pages by default: <dist>/cache/pages (lib/data/cache-handlers/page-store.mjs).
const pagesDir = path.resolve('test-results/cache-handlers/cache/pages');
afterAll(() => fs.rmSync(path.dirname(distDir), { recursive: true, force: true }));

/** The handler as Next's IncrementalCache calls it (its own types want enum members). */
interface RouteCache {
  get(key: string, ctx: object): Promise<{ value: unknown } | null>;
  set(key: string, data: object, ctx: object): Promise<void>;
  revalidateTag(tags: string[], durations: undefined): Promise<void>;
}

function routeCache(): RouteCache {
  fs.mkdirSync(distDir, { recursive: true });
  return new RouteCacheHandler({ fs: nodeFs, dev: false, flushToDisk: true, serverDistDir: distDir, maxMemoryCacheSize: 0, revalidatedTags: [], _requestHeaders: {} }) as unknown as RouteCache;
}

const ctx = { kind: 'APP_PAGE', isRoutePPREnabled: false, isFallback: false, cacheControl: { revalidate: 300, expire: 86400 } };
const page = (status: number, html: string) => ({ kind: 'APP_PAGE', html, rscData: Buffer.from('0:{}'), headers: {}, postponed: undefined, status, segmentData: undefined });
const filesUnder = (dir: string): string[] => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).map(String) : []);

describe('route cache (next.config.ts cacheHandler)', () => {
  it('stores no 404 for an address it has never cached, and forgets its lifetime', async () => {
    const cache = routeCache();
    const key = '/route-cache/APP_PAGE/test/$/fr/article/invente-par-un-robot';
    // IncrementalCache records the lifetime under the key just before it calls the handler.
    SharedCacheControls.cacheControls.set(key, ctx.cacheControl);
    await cache.set(key, page(404, '<p>introuvable</p>'), ctx);
    expect(filesUnder(path.join(distDir, 'route-cache'))).toEqual([]);
    expect(filesUnder(pagesDir).filter((file) => file.endsWith('.page'))).toEqual([]);
    expect(await cache.get(key, ctx)).toBeNull();
    expect(SharedCacheControls.cacheControls.has(key)).toBe(false);
  });

  it('keeps real pages, and lets a 404 replace one (a story since withdrawn)', async () => {
    const cache = routeCache();
    const key = '/route-cache/APP_PAGE/test/$/fr/article/une-vraie-histoire';
    await cache.set(key, page(200, '<h1>Une vraie histoire</h1>'), ctx);
    expect((await cache.get(key, ctx))?.value).toMatchObject({ status: 200, html: '<h1>Une vraie histoire</h1>' });
    await cache.set(key, page(404, '<p>retirée</p>'), ctx);
    expect((await cache.get(key, ctx))?.value).toMatchObject({ status: 404 });
  });

  it("keeps pages in its durable store, and an editor's expired tag wins over a stored page", async () => {
    const cache = routeCache();
    const key = '/route-cache/APP_PAGE/test/$/fr/article/le-budget-vote';
    await cache.set(key, { ...page(200, '<h1>Le budget voté</h1>'), headers: { 'x-next-cache-tags': 'content,article:41' } }, ctx);
    expect(filesUnder(pagesDir).filter((file) => file.endsWith('.page')).length).toBeGreaterThan(0);
    expect((await cache.get(key, ctx))?.value).toMatchObject({ html: '<h1>Le budget voté</h1>' });

    await new Promise((resolve) => setTimeout(resolve, 5));
    await cache.revalidateTag(['article:41'], undefined);
    const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as { tagsManifest: Map<string, { expired?: number }> };
    await untilNextClockPasses(tagsManifest.get('article:41')?.expired ?? 0);
    expect(await cache.get(key, ctx)).toBeNull();
    // Persisted for the next process (tags.json beside the build folders).
    const persisted = JSON.parse(fs.readFileSync(path.join(pagesDir, 'tags.json'), 'utf8'));
    expect(persisted['article:41'].expired).toBeGreaterThan(Date.now() - 60_000);
  });
});

describe("'use cache' store (next.config.ts cacheHandlers.default)", () => {
  const entry = (tags: string[]) => ({
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('0:null\n'));
        controller.close();
      },
    }),
    tags,
    stale: 60,
    timestamp: Date.now(),
    expire: 86400,
    revalidate: 300,
  });

  it('uses the same miss tag as the data layer', () => {
    expect(MISS_TAG).toBe(cacheTags.miss);
  });

  it('does not keep a read that found nothing, and keeps the others', async () => {
    await useCacheHandler.set('lookup-miss', Promise.resolve(entry([cacheTags.all, cacheTags.miss])));
    await useCacheHandler.set('lookup-hit', Promise.resolve(entry([cacheTags.all, cacheTags.article(1)])));
    expect(await useCacheHandler.get('lookup-miss', [])).toBeUndefined();
    expect(await useCacheHandler.get('lookup-hit', [])).toMatchObject({ tags: [cacheTags.all, cacheTags.article(1)] });
  });
});

describe('tag expirations reach the database layer', () => {
  it('the cache handlers announce them under the name db/index.ts listens to', () => {
    expect(DB_TAGS_EXPIRED_EVENT).toBe(TAGS_EXPIRED_EVENT);
  });
});
