import fs from 'node:fs';
import path from 'node:path';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { articles, articleTags, tags } from '@/db/schema';

/*
 * Made-up addresses (security review): every unknown article, tag, author, section or city slug
 * and every page number past the end used to be rendered and kept in Next's route cache, ~175 KB
 * each under .next/server, never removed (now the page cache, lib/data/cache-handlers/). They must leave nothing behind, and a story published
 * later at such an address must show at once.
 */

const baseUrl = inject('baseUrl');
const databaseUrl = inject('e2eDatabaseUrl');
const pageCacheDir = inject('e2ePageCacheDir');
const stamp = Date.now().toString(36);
const PER_KIND = 300;
let handle: DbHandle;

/** Bytes of every file under a folder. */
function folderBytes(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) total += folderBytes(full);
    else if (entry.isFile()) total += fs.statSync(full).size;
  }
  return total;
}

/** .next (the build, Next's own caches) and the server's page cache folder (PAGE_CACHE_DIR). */
const nextFolderBytes = () => folderBytes(path.resolve('.next')) + (fs.existsSync(pageCacheDir) ? folderBytes(pageCacheDir) : 0);

/** Next writes cache files after the response has gone: wait until the folder stops growing. */
async function settledBytes(): Promise<number> {
  let last = -1;
  let now = nextFolderBytes();
  while (now !== last) {
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    last = now;
    now = nextFolderBytes();
  }
  return now;
}

async function statusOf(pathname: string): Promise<number> {
  const response = await fetch(`${baseUrl}${pathname}`, { redirect: 'manual' });
  await response.arrayBuffer();
  return response.status;
}

describe.skipIf(!baseUrl)('unknown addresses', () => {
  beforeAll(() => {
    handle = createDb(databaseUrl, { max: 1 });
  });
  afterAll(async () => {
    await handle?.close();
  });

  it('leave nothing on disk, and a story published later at one shows at once', async () => {
    const db = handle.db;
    const laterSlug = `publie-plus-tard-${stamp}`;
    const [draft] = await db
      .select({ id: articles.id, slug: articles.slug, publishedAt: articles.publishedAt })
      .from(articles)
      .where(and(eq(articles.locale, 'fr'), eq(articles.status, 'draft')))
      .limit(1);
    expect(draft, 'a French draft in the demo content').toBeDefined();
    // A tag only a draft carries is not public yet.
    const [tag] = await db.insert(tags).values({ locale: 'fr', slug: `sujet-brouillon-${stamp}`, name: `Sujet brouillon ${stamp}` }).returning({ id: tags.id, slug: tags.slug });
    await db.insert(articleTags).values({ articleId: draft!.id, tagId: tag!.id });

    const kinds = [
      (i: number) => `/fr/article/invente-${stamp}-${i}`,
      (i: number) => `/fr/sujet/invente-${stamp}-${i}`,
      (i: number) => `/fr/auteur/invente-${stamp}-${i}`,
      (i: number) => `/fr/rubrique/invente-${stamp}-${i}`,
      (i: number) => `/fr/horaires-priere/invente-${stamp}-${i}`,
      (i: number) => `/fr/dernieres-nouvelles/page/${9000 + i}`,
    ];
    const paths = [`/fr/article/${laterSlug}`, `/fr/sujet/${tag!.slug}`];
    for (let i = 0; i < PER_KIND; i++) for (const kind of kinds) paths.push(kind(i));

    const before = await settledBytes();
    const statuses: Record<number, number> = {};
    let next = 0;
    await Promise.all(
      Array.from({ length: 4 }, async () => {
        while (next < paths.length) {
          const status = await statusOf(paths[next++]!);
          statuses[status] = (statuses[status] ?? 0) + 1;
        }
      }),
    );
    const grownKB = Math.round(((await settledBytes()) - before) / 1024);
    console.log(`[e2e] ${paths.length} unknown addresses: ${JSON.stringify(statuses)}, .next grew by ${grownKB} KB`);
    expect(statuses).toEqual({ 404: paths.length });
    // Before the fix: ~175 KB per address (over 300 MB here).
    expect(grownKB).toBeLessThan(200);

    // Published straight in the database, with no cache expired on purpose: nothing cached can
    // stand in the way, neither for the article nor for its tag's page.
    await db.update(articles).set({ status: 'published', publishedAt: new Date(), slug: laterSlug }).where(eq(articles.id, draft!.id));
    try {
      expect(await statusOf(`/fr/article/${laterSlug}`)).toBe(200);
      expect(await statusOf(`/fr/sujet/${tag!.slug}`)).toBe(200);
    } finally {
      await db.update(articles).set({ status: 'draft', publishedAt: draft!.publishedAt, slug: draft!.slug }).where(eq(articles.id, draft!.id));
      await db.delete(tags).where(eq(tags.id, tag!.id));
    }
  }, 600_000);
});
