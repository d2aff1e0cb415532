import fs from 'node:fs';
import path from 'node:path';
import { describePage } from '@/lib/data/cache-handlers/page-entry.mjs';
import { openPageStore, type PageStore } from '@/lib/data/cache-handlers/page-store.mjs';

/** A page as Next's APP_PAGE cache value holds it: HTML, RSC payload and per-segment prefetches. */
export function samplePage(slug: string, options: { paragraphs?: number; lastModified?: number } = {}) {
  const paragraphs = Array.from(
    { length: options.paragraphs ?? 200 },
    (_, i) => `<p class="article__paragraph">Paragraphe ${i} de « ${slug} » : la commune a voté le budget du marché couvert, séance ${i % 17}.</p>`,
  ).join('\n');
  const html = `<!DOCTYPE html><html lang="fr"><head><title>${slug}</title></head><body><main>${paragraphs}</main></body></html>`;
  return {
    lastModified: options.lastModified ?? Date.now(),
    cacheControl: { revalidate: 300, expire: 2_592_000 },
    value: {
      kind: 'APP_PAGE' as const,
      html,
      rscData: Buffer.from(`0:{"slug":"${slug}","body":${JSON.stringify(paragraphs)}}\n`),
      segmentData: new Map([
        ['/_tree', Buffer.from(`{"tree":"${slug}"}`)],
        ['/_full', Buffer.from(`1:${JSON.stringify(paragraphs.slice(0, 500))}`)],
      ]),
      postponed: undefined,
      headers: { 'x-next-cache-tags': `content,article:${slug}` },
      status: 200,
    },
  };
}

export type StoreOptions = Partial<Parameters<typeof openPageStore>[0]>;

export function openStore(options: StoreOptions & { dir: string }): Promise<PageStore> {
  return openPageStore({ buildId: 'build-a', maxBytes: 64 * 1024 * 1024, memoryBytes: 8 * 1024 * 1024, tagsManifest: new Map(), ...options });
}

/**
 * When a running server's page cache (its PAGE_CACHE_DIR) last stored the page Next keys as
 * `.../$<internalPath>` (e.g. `/fr/article/some-slug`, the route next-intl rewrites to), or 0.
 * Reading the folder, not requesting the page, which would render it.
 */
export function storedAt(pageCacheDir: string, internalPath: string): number {
  let latest = 0;
  const files = fs.existsSync(pageCacheDir) ? fs.readdirSync(pageCacheDir, { recursive: true }).map(String) : [];
  for (const file of files.filter((name) => name.endsWith('.page'))) {
    try {
      const page = describePage(fs.readFileSync(path.join(pageCacheDir, file)));
      if (page?.key.endsWith(`/$${internalPath}`)) latest = Math.max(latest, page.lastModified);
    } catch {
      // Replaced or evicted while listing.
    }
  }
  return latest;
}
