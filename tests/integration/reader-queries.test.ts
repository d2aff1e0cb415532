import { and, count, eq, sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { articles, articleTags, sections } from '@/db/schema';
import { seed } from '@/demo/seed';
import * as q from '@/lib/data/reader-queries';
import { getSiteChrome } from '@/lib/data/chrome-queries';
import { seededTestDb } from './support/db';

const now = new Date('2026-11-23T15:00:00Z');
const { db } = seededTestDb(now);

describe(`demo seed (${inject('databaseKind')})`, () => {
  it('loads at least 40 published articles over 6 sections in both languages', async () => {
    const rows = await db
      .select({ locale: articles.locale, n: count() })
      .from(articles)
      .where(eq(articles.status, 'published'))
      .groupBy(articles.locale);
    const byLocale = Object.fromEntries(rows.map((row) => [row.locale, row.n]));
    expect((byLocale.fr ?? 0) + (byLocale.ar ?? 0)).toBeGreaterThanOrEqual(40);
    expect(byLocale.ar).toBeGreaterThan(10);
    const [{ n: sectionCount } = { n: 0 }] = await db.select({ n: count() }).from(sections);
    expect(sectionCount).toBeGreaterThanOrEqual(6);
  });

  it('links at least 10 stories as French/Arabic translations', async () => {
    const { rows } = await db.execute<{ pairs: number }>(sql`
      select count(*)::int as pairs from (
        select translation_group from articles group by translation_group
        having count(*) filter (where locale = 'fr') = 1 and count(*) filter (where locale = 'ar') = 1) t`);
    expect(rows[0]!.pairs).toBeGreaterThanOrEqual(10);
  });

  it('is idempotent', async () => {
    const snapshot = async () =>
      Promise.all([
        db.select({ n: count() }).from(articles),
        db.select({ n: count() }).from(articleTags),
        db.select({ n: count() }).from(sections),
      ]);
    const before = await snapshot();
    await seed(db, { now, log: () => undefined });
    expect(await snapshot()).toEqual(before);
  });

  it('publishes something today and yesterday (Moroccan time) so relative times show', async () => {
    const { rows } = await db.execute<{ today: number; yesterday: number }>(sql`
      select count(*) filter (where published_at >= '2026-11-23T00:00:00Z' and published_at <= ${now.toISOString()})::int as today,
             count(*) filter (where published_at >= '2026-11-22T00:00:00Z' and published_at < '2026-11-23T00:00:00Z')::int as yesterday
      from articles where status = 'published'`);
    expect(rows[0]!.today).toBeGreaterThan(0);
    expect(rows[0]!.yesterday).toBeGreaterThan(0);
  });
});

describe(`reader queries (${inject('databaseKind')})`, () => {
  it('front page: lead, latest list and one block per section, without repeats', async () => {
    const front = await q.getFrontPage(db, 'fr');
    expect(front.lead).not.toBeNull();
    expect(front.latest.length).toBeGreaterThan(4);
    expect(front.sections.length).toBeGreaterThanOrEqual(6);
    const ids = [front.lead!.id, ...front.latest.map((a) => a.id), ...front.sections.flatMap((s) => s.articles.map((a) => a.id))];
    expect(new Set(ids).size).toBe(ids.length);
    const times = [front.lead!, ...front.latest].map((a) => a.publishedAt);
    expect([...times].sort().reverse()).toEqual(times);
    for (const block of front.sections) for (const card of block.articles) expect(card.section.slug).toBe(block.section.slug);
  });

  it('never shows drafts, scheduled or other-language articles', async () => {
    const hidden = await db.select({ id: articles.id, locale: articles.locale, slug: articles.slug }).from(articles).where(sql`${articles.status} <> 'published'`);
    expect(hidden.length).toBeGreaterThan(0);
    const front = await q.getFrontPage(db, 'fr', { latest: 200, perSection: 200 });
    const shown = new Set([front.lead?.id, ...front.latest.map((a) => a.id), ...front.sections.flatMap((s) => s.articles.map((a) => a.id))]);
    for (const article of hidden) {
      expect(shown.has(article.id)).toBe(false);
      expect(await q.getArticleBySlug(db, article.locale, article.slug)).toBeNull();
    }
    for (const card of front.latest) expect(card.locale).toBe('fr');
  });

  it('article by slug carries authors, tags, twin and section slugs', async () => {
    const [paired] = await db
      .select({ slug: articles.slug, group: articles.translationGroup })
      .from(articles)
      .where(and(eq(articles.locale, 'fr'), eq(articles.status, 'published'), sql`exists (select 1 from articles t where t.translation_group = ${articles.translationGroup} and t.locale = 'ar' and t.status = 'published')`))
      .limit(1);
    const article = await q.getArticleBySlug(db, 'fr', paired!.slug);
    expect(article).not.toBeNull();
    expect(article!.authors.length).toBeGreaterThan(0);
    expect(article!.tags.length).toBeGreaterThan(0);
    const { rows: expected } = await db.execute<{ authors: number; tags: number }>(sql`
      select (select count(*) from article_authors where article_id = ${article!.id})::int as authors,
             (select count(*) from article_tags where article_id = ${article!.id})::int as tags`);
    expect(article!.authors).toHaveLength(expected[0]!.authors);
    expect(article!.tags).toHaveLength(expected[0]!.tags);
    expect(article!.translation?.locale).toBe('ar');
    const twin = await q.getArticleBySlug(db, 'ar', article!.translation!.slug);
    expect(twin?.translation).toEqual({ locale: 'fr', slug: paired!.slug });
    expect(article!.sectionSlugs.ar).toBeTruthy();
    expect((article!.body as { type: string }).type).toBe('doc');
  });

  it('finds Arabic slugs as stored', async () => {
    const [row] = await db.select({ slug: articles.slug }).from(articles).where(and(eq(articles.locale, 'ar'), eq(articles.status, 'published'))).limit(1);
    expect(await q.getArticleBySlug(db, 'ar', row!.slug)).not.toBeNull();
  });

  it('related articles exclude the article itself and stay in its language', async () => {
    const front = await q.getFrontPage(db, 'ar');
    const related = await q.getRelatedArticles(db, { id: front.lead!.id, locale: 'ar' });
    expect(related.length).toBe(4);
    expect(related.map((a) => a.id)).not.toContain(front.lead!.id);
    for (const card of related) expect(card.locale).toBe('ar');
    // Ranked by relatedness: the first one shares the section or a tag.
    const lead = await q.getArticleBySlug(db, 'ar', front.lead!.slug);
    const first = await q.getArticleBySlug(db, 'ar', related[0]!.slug);
    const sharesTag = first!.tags.some((tag) => lead!.tags.some((other) => other.slug === tag.slug));
    expect(sharesTag || first!.section.slug === lead!.section.slug).toBe(true);
  });

  it('paginates latest news and reports out-of-range pages as empty', async () => {
    const first = await q.listLatest(db, 'fr', 1);
    expect(first.items).toHaveLength(q.PAGE_SIZE);
    expect(first.pageCount).toBe(Math.ceil(first.total / q.PAGE_SIZE));
    const second = await q.listLatest(db, 'fr', 2);
    expect(second.items[0]!.id).not.toBe(first.items[0]!.id);
    expect((await q.listLatest(db, 'fr', first.pageCount + 1)).items).toEqual([]);
    expect((await q.listLatest(db, 'fr', 0)).items).toEqual([]);
  });

  it('section, author and tag listings', async () => {
    const [section] = (await getSiteChrome(db, 'ar', new Date())).sections;
    const bySection = await q.listSectionArticles(db, 'ar', section!.id, 1);
    expect(bySection.total).toBeGreaterThan(0);
    for (const card of bySection.items) expect(card.section.slug).toBe(section!.slug);
    expect(await q.getSectionBySlug(db, 'fr', section!.slugs.fr)).toMatchObject({ id: section!.id });
    expect(await q.getSectionBySlug(db, 'fr', 'inexistante')).toBeNull();

    const detail = await q.getArticleBySlug(db, 'fr', (await q.listLatest(db, 'fr', 1)).items[0]!.slug);
    const author = await q.getAuthorBySlug(db, 'fr', detail!.authors[0]!.slug);
    expect((await q.listAuthorArticles(db, 'fr', author!.id, 1)).items.map((a) => a.id)).toContain(detail!.id);
    const tag = await q.getTagBySlug(db, 'fr', detail!.tags[0]!.slug);
    expect((await q.listTagArticles(db, 'fr', tag!.id, 1)).total).toBeGreaterThan(0);
    expect(await q.getTagBySlug(db, 'ar', detail!.tags[0]!.slug)).toBeNull();
  });

  it('latest-per-section uses the partial index', async () => {
    await db.execute(sql`analyze articles`);
    // Tiny demo tables make a sequential scan cheapest; disable it to see which index the planner picks.
    const rows = await db.transaction(async (tx) => {
      await tx.execute(sql`set local enable_seqscan = off`);
      await tx.execute(sql`set local enable_bitmapscan = off`);
      await tx.execute(sql`set local enable_sort = off`);
      const result = await tx.execute<{ 'QUERY PLAN': string }>(sql`explain
        select id from articles where section_id = 1 and locale = 'fr' and status = 'published'
        order by published_at desc, id desc limit 4`);
      return result.rows;
    });
    const plan = rows.map((row) => row['QUERY PLAN']).join('\n');
    expect(plan).toMatch(/Index (Only )?Scan using articles_published_by_section_idx/);
    // The index already yields rows newest first: no sort step.
    expect(plan).not.toMatch(/Sort/);
  });

  it('reads the Hijri offset setting with a default of 0', async () => {
    expect((await getSiteChrome(db, 'fr', new Date())).hijriOffset).toBe(0);
  });
});
