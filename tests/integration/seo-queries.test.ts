import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { articles, media } from '@/db/schema';
import * as q from '@/lib/data/seo-queries';
import { seededTestDb } from './support/db';

const now = new Date('2026-11-23T15:00:00Z');
const { db } = seededTestDb(now);

async function publishedCount(locale: 'fr' | 'ar'): Promise<number> {
  const [row] = await db.select({ n: count() }).from(articles).where(and(eq(articles.locale, locale), eq(articles.status, 'published')));
  return row!.n;
}

describe(`sitemap and feed queries (${inject('databaseKind')})`, () => {
  it('the overview splits every published article into sitemap files and knows the last change', async () => {
    for (const locale of ['fr', 'ar'] as const) {
      const overview = await q.getSitemapOverview(db, locale);
      expect(overview.articlePages).toEqual([{ page: 1, lastmod: expect.any(String) }]);
      expect(overview.lastmod).toBe(overview.articlePages[0]!.lastmod);
      const listed = await q.listSitemapArticles(db, locale, 1);
      expect(listed).toHaveLength(await publishedCount(locale));
      expect(listed.every((article) => article.updatedAt <= overview.lastmod!)).toBe(true);
      expect(listed.filter((article) => article.coverUrl).length).toBeGreaterThan(0);
      expect(await q.listSitemapArticles(db, locale, 2)).toEqual([]);
    }
  });

  it('the news list keeps only the last 48 hours, newest first', async () => {
    const news = await q.listNewsSitemapArticles(db, 'fr', now);
    expect(news.length).toBeGreaterThan(0);
    for (const article of news) expect(now.getTime() - Date.parse(article.publishedAt)).toBeLessThanOrEqual(q.NEWS_WINDOW_MS);
    expect(news.map((article) => article.publishedAt)).toEqual([...news.map((article) => article.publishedAt)].sort().reverse());
    const older = (await q.listSitemapArticles(db, 'fr', 1)).filter((article) => now.getTime() - Date.parse(article.publishedAt) > q.NEWS_WINDOW_MS);
    expect(older.length).toBeGreaterThan(0);
  });

  it('sections and authors are listed only with an article in that language', async () => {
    const sections = await q.listSitemapSections(db, 'ar');
    expect(sections.length).toBeGreaterThanOrEqual(6);
    expect(sections.some((section) => /[\u0600-\u06FF]/.test(section.slug))).toBe(true);
    const authors = await q.listSitemapAuthors(db, 'ar');
    expect(authors.length).toBeGreaterThan(0);
    for (const author of authors) expect(author.lastmod).toMatch(/^\d{4}-/);
  });

  it('feed items carry authors and the cover type and size, scoped by section or author', async () => {
    const all = await q.listFeedItems(db, 'fr', {}, 30);
    expect(all.length).toBe(Math.min(30, await publishedCount('fr')));
    const withCover = all.find((item) => item.cover)!;
    const [stored] = await db.select({ bytes: media.bytes, type: media.mimeType }).from(media).where(eq(media.storageKey, decodeURIComponent(withCover.cover!.url.replace(/^\/media\//, ''))));
    expect(withCover.cover).toMatchObject({ bytes: stored!.bytes, mimeType: stored!.type });
    expect(all.every((item) => item.authors.length > 0)).toBe(true);

    const sectionId = (await db.execute<{ id: number }>(sql`select section_id as id from articles where id = ${all[0]!.id}`)).rows[0]!.id;
    const inSection = await q.listFeedItems(db, 'fr', { sectionId }, 30);
    expect(inSection.length).toBeGreaterThan(0);
    expect(new Set(inSection.map((item) => item.section.slug))).toEqual(new Set([all[0]!.section.slug]));

    const { rows } = await db.execute<{ id: number; slug: string }>(sql`
      select au.id, au.slug from article_authors aa join authors au on au.id = aa.author_id
      where aa.article_id = ${all[0]!.id} order by aa.position limit 1`);
    const byAuthor = await q.listFeedItems(db, 'fr', { authorId: rows[0]!.id }, 30);
    expect(byAuthor.map((item) => item.id)).toContain(all[0]!.id);
    for (const item of byAuthor) expect(item.authors.map((author) => author.slug)).toContain(rows[0]!.slug);
  });
});
