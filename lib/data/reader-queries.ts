import 'server-only';
import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, media, sections, slugRedirects, tags } from '@/db/schema';
import type { AppLocale } from '@/lib/i18n/routing';
import { bodyImageSources, mediaKeyOfSrc } from '@/lib/rich-text';
import { cropBox } from '@/lib/media/crop';
import { CROPS, pickSources, variantsOf, type Family } from '@/lib/media/variants';
import { mediaUrl } from '@/lib/storage/media-root';
import { HIJRI_OFFSET_MAX, HIJRI_OFFSET_MIN } from '@/lib/time/format';
import type {
  ArticleCardDto,
  ArticleDetailDto,
  AuthorDto,
  BodyImageDto,
  FrontPageDto,
  ShareImageDto,
  ImageDto,
  Page,
  SectionDto,
  TagRef,
} from './types';

/*
 * Reader-side reads. Plain functions of (db, args) so integration tests can run them against
 * PGlite or PostgreSQL; lib/data/reader.ts wraps them with caching for pages.
 */

export const PAGE_SIZE = 12;

const isPublished = eq(articles.status, 'published');

const cardColumns = {
  id: articles.id,
  locale: articles.locale,
  slug: articles.slug,
  title: articles.title,
  summary: articles.summary,
  publishedAt: articles.publishedAt,
  coverAlt: articles.coverAlt,
  sectionSlugFr: sections.slugFr,
  sectionSlugAr: sections.slugAr,
  sectionNameFr: sections.nameFr,
  sectionNameAr: sections.nameAr,
  coverKey: media.storageKey,
  coverWidth: media.width,
  coverHeight: media.height,
  coverBlur: media.blurDataUrl,
  coverVariants: media.variants,
};

export type CardRow = {
  id: number;
  locale: AppLocale;
  slug: string;
  title: string;
  summary: string;
  publishedAt: Date | string | null;
  coverAlt: string;
  sectionSlugFr: string;
  sectionSlugAr: string;
  sectionNameFr: string;
  sectionNameAr: string;
  coverKey: string | null;
  coverWidth: number | null;
  coverHeight: number | null;
  coverBlur: string | null;
  coverVariants: unknown;
};

function toIso(value: Date | string | null): string {
  if (value === null) return new Date(0).toISOString();
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

/** A picture as reader pages show it: the renditions of one family (16:9 covers, 1:1 author photos). */
export function toImage(
  key: string | null,
  width: number | null,
  height: number | null,
  alt: string,
  blur: string | null,
  variants: unknown,
  family: Family,
): ImageDto | null {
  if (!key || !width || !height) return null;
  const picked = pickSources(variantsOf(variants), family, mediaUrl);
  return { url: mediaUrl(key), width: picked?.width ?? width, height: picked?.height ?? height, alt, blurDataUrl: blur, sources: picked?.sources ?? [] };
}

export function toCard(row: CardRow): ArticleCardDto {
  const fr = row.locale === 'fr';
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: toIso(row.publishedAt),
    section: { slug: fr ? row.sectionSlugFr : row.sectionSlugAr, name: fr ? row.sectionNameFr : row.sectionNameAr },
    cover: toImage(row.coverKey, row.coverWidth, row.coverHeight, row.coverAlt, row.coverBlur, row.coverVariants, '16x9'),
  };
}

/** The section columns a reader page shows (the front page and the site chrome read them raw). */
export type SectionRow = Pick<typeof sections.$inferSelect, 'id' | 'slugFr' | 'slugAr' | 'nameFr' | 'nameAr' | 'descriptionFr' | 'descriptionAr'>;

export function toSection(row: SectionRow, locale: AppLocale): SectionDto {
  const fr = locale === 'fr';
  return {
    id: row.id,
    slug: fr ? row.slugFr : row.slugAr,
    name: fr ? row.nameFr : row.nameAr,
    description: fr ? row.descriptionFr : row.descriptionAr,
    slugs: { fr: row.slugFr, ar: row.slugAr },
  };
}

function cardQuery(db: Database) {
  return db
    .select(cardColumns)
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .leftJoin(media, eq(media.id, articles.coverId));
}

async function pagedCards(db: Database, where: SQL | undefined, page: number, total: number): Promise<Page<ArticleCardDto>> {
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  if (!Number.isInteger(page) || page < 1 || page > pageCount) return { items: [], page, pageCount, total };
  const rows = await cardQuery(db)
    .where(where)
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE);
  return { items: rows.map(toCard), page, pageCount, total };
}

/*
 * Sections, authors and tags exist for readers (page, feeds, sitemap) only once they have a
 * published article in that language: a tag saved with a draft must not announce the story.
 */
const hasPublishedInSection = (locale: AppLocale) =>
  sql`exists (select 1 from ${articles} x where x.section_id = ${sections.id} and x.locale = ${locale} and x.status = 'published')`;
const hasPublishedByAuthor = (locale: AppLocale) =>
  sql`exists (select 1 from ${articleAuthors} xa join ${articles} x on x.id = xa.article_id
    where xa.author_id = ${authors.id} and x.locale = ${locale} and x.status = 'published')`;
const hasPublishedWithTag = (locale: AppLocale) =>
  sql`exists (select 1 from ${articleTags} xt join ${articles} x on x.id = xt.article_id
    where xt.tag_id = ${tags.id} and x.locale = ${locale} and x.status = 'published')`;

export async function getSectionBySlug(db: Database, locale: AppLocale, slug: string): Promise<SectionDto | null> {
  const column = locale === 'fr' ? sections.slugFr : sections.slugAr;
  const [row] = await db
    .select()
    .from(sections)
    .where(and(eq(column, slug), hasPublishedInSection(locale)))
    .limit(1);
  return row ? toSection(row, locale) : null;
}

/** One row of the front page statement: a latest card, or a section with one of its cards (or none: article columns null). */
type FrontRow = {
  kind: 'latest' | 'section';
  s_id: number;
  s_slug_fr: string;
  s_slug_ar: string;
  s_name_fr: string;
  s_name_ar: string;
  s_description_fr: string;
  s_description_ar: string;
  id: number | null;
  locale: AppLocale;
  slug: string;
  title: string;
  summary: string;
  published_at: Date | string;
  cover_alt: string;
  storage_key: string | null;
  width: number | null;
  height: number | null;
  blur_data_url: string | null;
  variants: unknown;
};

function frontRowSection(row: FrontRow): SectionRow {
  return {
    id: row.s_id,
    slugFr: row.s_slug_fr,
    slugAr: row.s_slug_ar,
    nameFr: row.s_name_fr,
    nameAr: row.s_name_ar,
    descriptionFr: row.s_description_fr,
    descriptionAr: row.s_description_ar,
  };
}

function frontRowCard(row: FrontRow & { id: number }): ArticleCardDto {
  return toCard({
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: row.published_at,
    coverAlt: row.cover_alt,
    sectionSlugFr: row.s_slug_fr,
    sectionSlugAr: row.s_slug_ar,
    sectionNameFr: row.s_name_fr,
    sectionNameAr: row.s_name_ar,
    coverKey: row.storage_key,
    coverWidth: row.width,
    coverHeight: row.height,
    coverBlur: row.blur_data_url,
    coverVariants: row.variants,
  });
}

/**
 * Lead, latest list and one block per section, in one statement (a cold front page must cost few
 * round trips). Blocks leave out the stories already in the latest list.
 */
export async function getFrontPage(
  db: Database,
  locale: AppLocale,
  options: { latest?: number; perSection?: number } = {},
): Promise<FrontPageDto> {
  const latestCount = options.latest ?? 9;
  const perSection = options.perSection ?? 4;
  // `latest` is read once (referenced twice, so materialised) and walks the partial index by locale;
  // each block is one range scan of the partial index by section, not a global sort. The sort keys
  // are constants for the latest rows so that they keep the CTE's order.
  const { rows } = await db.execute<FrontRow>(sql`
    with latest as (
      select x.id, x.locale, x.slug, x.title, x.summary, x.published_at, x.cover_alt, x.cover_id, x.section_id
      from ${articles} x
      where x.locale = ${locale} and x.status = 'published'
      order by x.published_at desc, x.id desc
      limit ${latestCount + 1}
    )
    select 'latest' as kind, 0 as sort_position, 0 as sort_section,
           s.id as s_id, s.slug_fr as s_slug_fr, s.slug_ar as s_slug_ar, s.name_fr as s_name_fr, s.name_ar as s_name_ar,
           s.description_fr as s_description_fr, s.description_ar as s_description_ar,
           a.id, a.locale, a.slug, a.title, a.summary, a.published_at, a.cover_alt,
           m.storage_key, m.width, m.height, m.blur_data_url, m.variants
    from latest a
    join ${sections} s on s.id = a.section_id
    left join ${media} m on m.id = a.cover_id
    union all
    select 'section', s.position, s.id,
           s.id, s.slug_fr, s.slug_ar, s.name_fr, s.name_ar, s.description_fr, s.description_ar,
           a.id, a.locale, a.slug, a.title, a.summary, a.published_at, a.cover_alt,
           m.storage_key, m.width, m.height, m.blur_data_url, m.variants
    from ${sections} s
    left join lateral (
      select x.id, x.locale, x.slug, x.title, x.summary, x.published_at, x.cover_alt, x.cover_id
      from ${articles} x
      where x.section_id = s.id and x.locale = ${locale} and x.status = 'published'
        and x.id not in (select id from latest)
      order by x.published_at desc, x.id desc
      limit ${perSection}
    ) a on true
    left join ${media} m on m.id = a.cover_id
    order by kind, sort_position, sort_section, published_at desc, id desc`);

  const latestCards: ArticleCardDto[] = [];
  const blocks = new Map<number, { section: SectionDto; articles: ArticleCardDto[] }>();
  for (const row of rows) {
    // A section with nothing left to show comes back once, without an article.
    const card = row.id === null ? null : frontRowCard({ ...row, id: row.id });
    if (row.kind === 'latest') {
      if (card) latestCards.push(card);
      continue;
    }
    const block = blocks.get(row.s_id) ?? { section: toSection(frontRowSection(row), locale), articles: [] };
    blocks.set(row.s_id, block);
    if (card) block.articles.push(card);
  }

  return {
    lead: latestCards[0] ?? null,
    latest: latestCards.slice(1),
    sections: [...blocks.values()].filter((block) => block.articles.length > 0),
  };
}

export async function getArticleBySlug(db: Database, locale: AppLocale, slug: string): Promise<ArticleDetailDto | null> {
  const [row] = await cardQuery(db)
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug), isPublished))
    .limit(1);
  if (!row) return null;
  return loadDetail(db, row);
}

/**
 * The published article an old slug leads to now (slugs changed after publication keep working),
 * with its id so that the cached lookup expires with the article.
 */
export async function findSlugRedirectTarget(db: Database, locale: AppLocale, slug: string): Promise<{ id: number; slug: string } | null> {
  const [row] = await db
    .select({ id: articles.id, slug: articles.slug })
    .from(slugRedirects)
    .innerJoin(articles, eq(articles.id, slugRedirects.articleId))
    .where(and(eq(slugRedirects.locale, locale), eq(slugRedirects.fromSlug, slug), eq(articles.locale, locale), isPublished));
  return row ?? null;
}

/** Where an old slug of a published article points now. */
export async function findSlugRedirect(db: Database, locale: AppLocale, slug: string): Promise<string | null> {
  return (await findSlugRedirectTarget(db, locale, slug))?.slug ?? null;
}

/** Any status, by id: the editors' preview of a draft, rendered exactly as readers would see it. */
export async function getArticleDetailById(db: Database, id: number): Promise<ArticleDetailDto | null> {
  const [row] = await cardQuery(db).where(eq(articles.id, id)).limit(1);
  if (!row) return null;
  return loadDetail(db, row);
}

/**
 * The renditions of each library picture in a body, by the `src` the body names (the original's
 * address or, from older bodies, one of its renditions'). Pictures no longer in the library are left
 * out: the body shows them as they are.
 */
async function bodyImageRenditions(db: Database, body: unknown): Promise<Record<string, BodyImageDto>> {
  const keyBySrc = new Map<string, string>();
  for (const src of bodyImageSources(body)) {
    const key = mediaKeyOfSrc(src);
    if (key && typeof src === 'string') keyBySrc.set(src, key);
  }
  if (!keyBySrc.size) return {};
  const keys = [...new Set(keyBySrc.values())];
  const { rows } = await db.execute<{ storage_key: string; variants: unknown }>(sql`
    select m.storage_key, m.variants from ${media} m
    where m.storage_key = any(${sql.param(keys)}::text[])
       or exists (select 1 from jsonb_array_elements(m.variants) v where v->>'key' = any(${sql.param(keys)}::text[]))`);
  const result: Record<string, BodyImageDto> = {};
  for (const [src, key] of keyBySrc) {
    const row = rows.find((candidate) => candidate.storage_key === key || variantsOf(candidate.variants).some((variant) => variant.key === key));
    const picked = row ? pickSources(variantsOf(row.variants), 'full', mediaUrl) : null;
    if (picked) result[src] = picked;
  }
  return result;
}

/** The cover's share-card base (1200×630 around the focal point), else its original, for the card route. */
function shareImageOf(cover: { cover_key: string | null; cover_width: number | null; cover_height: number | null; focal_x: number | null; focal_y: number | null; cover_variants: unknown }): ShareImageDto | null {
  if (!cover.cover_key || !cover.cover_width || !cover.cover_height) return null;
  const focal = { x: Number(cover.focal_x ?? 0.5), y: Number(cover.focal_y ?? 0.5) };
  const base = variantsOf(cover.cover_variants).find((variant) => variant.crop === 'share');
  if (!base) return { key: cover.cover_key, width: cover.cover_width, height: cover.cover_height, focal };
  // Where the focal point falls inside the base, which was cut around it.
  const box = cropBox(cover.cover_width, cover.cover_height, CROPS.share.aspect, focal);
  const inside = (at: number, size: number, start: number, length: number) => Math.min(1, Math.max(0, (at * size - start) / length));
  return {
    key: base.key,
    width: base.width,
    height: base.height,
    focal: { x: inside(focal.x, cover.cover_width, box.left, box.width), y: inside(focal.y, cover.cover_height, box.top, box.height) },
  };
}

async function loadDetail(db: Database, row: CardRow): Promise<ArticleDetailDto> {
  // Raw SQL with explicit aliases: correlated subqueries must name the outer row unambiguously.
  const { rows } = await db.execute<{
    body: unknown;
    updated_at: Date | string;
    modified_at: Date | string | null;
    cover_caption: string;
    cover_credit: string;
    seo_title: string | null;
    seo_description: string | null;
    authors: { slug: string; name_fr: string; name_ar: string; role_fr: string; role_ar: string }[];
    tags: TagRef[];
    translation: { locale: AppLocale; slug: string } | null;
    cover_key: string | null;
    cover_width: number | null;
    cover_height: number | null;
    focal_x: number | null;
    focal_y: number | null;
    cover_variants: unknown;
  }>(sql`
    select a.body, a.updated_at, a.modified_at, a.cover_caption, a.cover_credit, a.seo_title, a.seo_description,
      m.storage_key as cover_key, m.width as cover_width, m.height as cover_height, m.focal_x, m.focal_y, m.variants as cover_variants,
      coalesce((
        select json_agg(json_build_object('slug', au.slug, 'name_fr', au.name_fr, 'name_ar', au.name_ar,
                                          'role_fr', au.role_fr, 'role_ar', au.role_ar) order by aa.position)
        from ${articleAuthors} aa join ${authors} au on au.id = aa.author_id
        where aa.article_id = a.id), '[]'::json) as authors,
      coalesce((
        select json_agg(json_build_object('slug', t.slug, 'name', t.name) order by t.name)
        from ${articleTags} at join ${tags} t on t.id = at.tag_id
        where at.article_id = a.id), '[]'::json) as tags,
      (select json_build_object('locale', tw.locale, 'slug', tw.slug)
        from ${articles} tw
        where tw.translation_group = a.translation_group and tw.id <> a.id and tw.status = 'published'
        limit 1) as translation
    from ${articles} a
    left join ${media} m on m.id = a.cover_id
    where a.id = ${row.id}`);
  const extra = rows[0];
  if (!extra) throw new Error(`Article ${row.id} vanished while loading`);
  const card = toCard(row);
  const fr = card.locale === 'fr';
  return {
    ...card,
    body: extra.body,
    updatedAt: toIso(extra.updated_at),
    modifiedAt: extra.modified_at === null ? null : toIso(extra.modified_at),
    coverCaption: extra.cover_caption,
    coverCredit: extra.cover_credit,
    seoTitle: extra.seo_title,
    seoDescription: extra.seo_description,
    authors: extra.authors.map((a) => ({ slug: a.slug, name: fr ? a.name_fr : a.name_ar, role: fr ? a.role_fr : a.role_ar })),
    tags: extra.tags,
    translation: extra.translation,
    sectionSlugs: { fr: row.sectionSlugFr, ar: row.sectionSlugAr },
    bodyImages: await bodyImageRenditions(db, extra.body),
    shareImage: shareImageOf(extra),
  };
}

/** Same-section stories first, ranked by shared tags, then recency. */
export async function getRelatedArticles(db: Database, article: { id: number; locale: AppLocale }, limit = 4): Promise<ArticleCardDto[]> {
  const sharedTags = sql<number>`(
    select count(*) from ${articleTags} mine join ${articleTags} theirs on theirs.tag_id = mine.tag_id
    where mine.article_id = ${article.id} and theirs.article_id = ${articles.id})`;
  const sameSection = sql<number>`case when ${articles.sectionId} = (select section_id from ${articles} self where self.id = ${article.id}) then 1 else 0 end`;
  const rows = await cardQuery(db)
    .where(and(eq(articles.locale, article.locale), isPublished, ne(articles.id, article.id)))
    .orderBy(desc(sql`${sharedTags} + ${sameSection}`), desc(articles.publishedAt))
    .limit(limit);
  return rows.map(toCard);
}

export async function listLatest(db: Database, locale: AppLocale, page: number): Promise<Page<ArticleCardDto>> {
  const where = and(eq(articles.locale, locale), isPublished);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(where);
  return pagedCards(db, where, page, total);
}

export async function listSectionArticles(db: Database, locale: AppLocale, sectionId: number, page: number): Promise<Page<ArticleCardDto>> {
  const where = and(eq(articles.sectionId, sectionId), eq(articles.locale, locale), isPublished);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(where);
  return pagedCards(db, where, page, total);
}

export async function getAuthorBySlug(db: Database, locale: AppLocale, slug: string): Promise<AuthorDto | null> {
  const [row] = await db
    .select({ author: authors, avatar: media })
    .from(authors)
    .leftJoin(media, eq(media.id, authors.avatarId))
    .where(and(eq(authors.slug, slug), hasPublishedByAuthor(locale)))
    .limit(1);
  if (!row) return null;
  const fr = locale === 'fr';
  const name = fr ? row.author.nameFr : row.author.nameAr;
  return {
    id: row.author.id,
    slug: row.author.slug,
    name,
    role: fr ? row.author.roleFr : row.author.roleAr,
    bio: fr ? row.author.bioFr : row.author.bioAr,
    avatar: row.avatar ? toImage(row.avatar.storageKey, row.avatar.width, row.avatar.height, name, row.avatar.blurDataUrl, row.avatar.variants, '1x1') : null,
  };
}

export async function listAuthorArticles(db: Database, locale: AppLocale, authorId: number, page: number): Promise<Page<ArticleCardDto>> {
  const byAuthor = db.select({ id: articleAuthors.articleId }).from(articleAuthors).where(eq(articleAuthors.authorId, authorId));
  const where = and(eq(articles.locale, locale), isPublished, inArray(articles.id, byAuthor));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(where);
  return pagedCards(db, where, page, total);
}

export async function getTagBySlug(db: Database, locale: AppLocale, slug: string): Promise<(TagRef & { id: number }) | null> {
  const [row] = await db
    .select({ id: tags.id, slug: tags.slug, name: tags.name })
    .from(tags)
    .where(and(eq(tags.locale, locale), eq(tags.slug, slug), hasPublishedWithTag(locale)))
    .limit(1);
  return row ?? null;
}

export async function listTagArticles(db: Database, locale: AppLocale, tagId: number, page: number): Promise<Page<ArticleCardDto>> {
  const tagged = db.select({ id: articleTags.articleId }).from(articleTags).where(eq(articleTags.tagId, tagId));
  const where = and(eq(articles.locale, locale), isPublished, inArray(articles.id, tagged));
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(where);
  return pagedCards(db, where, page, total);
}

/** Slugs to prerender at build time (Cache Components needs at least one per dynamic route). */
export async function listRecentSlugs(db: Database, locale: AppLocale, limit: number): Promise<string[]> {
  const rows = await db
    .select({ slug: articles.slug })
    .from(articles)
    .where(and(eq(articles.locale, locale), isPublished))
    .orderBy(desc(articles.publishedAt))
    .limit(limit);
  return rows.map((row) => row.slug);
}

export async function listAuthorSlugs(db: Database, locale: AppLocale, limit: number): Promise<string[]> {
  const rows = await db.select({ slug: authors.slug }).from(authors).where(hasPublishedByAuthor(locale)).orderBy(asc(authors.id)).limit(limit);
  return rows.map((row) => row.slug);
}

export async function listSectionSlugs(db: Database, locale: AppLocale): Promise<string[]> {
  const rows = await db
    .select({ slug: locale === 'fr' ? sections.slugFr : sections.slugAr })
    .from(sections)
    .where(hasPublishedInSection(locale))
    .orderBy(asc(sections.position), asc(sections.id));
  return rows.map((row) => row.slug);
}

export async function listTagSlugs(db: Database, locale: AppLocale, limit: number): Promise<string[]> {
  const rows = await db
    .select({ slug: tags.slug })
    .from(tags)
    .where(and(eq(tags.locale, locale), hasPublishedWithTag(locale)))
    .orderBy(asc(tags.id))
    .limit(limit);
  return rows.map((row) => row.slug);
}

/** The stored Hijri offset if it is a whole number of days in range, else 0. */
export function parseHijriOffset(value: unknown): number {
  const offset = Number(value ?? 0);
  return Number.isInteger(offset) && offset >= HIJRI_OFFSET_MIN && offset <= HIJRI_OFFSET_MAX ? offset : 0;
}
