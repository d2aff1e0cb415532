import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articleAuthors, articles, authors, media, sections } from '@/db/schema';
import type { AppLocale } from '@/lib/i18n/routing';
import { mediaUrl } from '@/lib/storage/media-root';
import type { AuthorRef, FeedItemDto, SitemapArticleDto, SitemapListingDto, SitemapOverviewDto } from './types';

/*
 * Reads for machines: sitemaps and feeds. Plain functions of (db, args) like reader-queries.ts;
 * lib/data/seo.ts caches them.
 */

/** Articles per sitemap file: far below the 50,000-URL and 50 MB limits, image entries included. */
export const SITEMAP_PAGE_SIZE = 5000;

/** Google News only takes articles from the last two days. */
export const NEWS_WINDOW_MS = 48 * 3600_000;

/** Google News reads at most 1,000 URLs per news sitemap. */
const NEWS_LIMIT = 1000;

function iso(value: Date | string): string {
  return (value instanceof Date ? value : new Date(value)).toISOString();
}

function isoOrNull(value: Date | string | null): string | null {
  return value === null ? null : iso(value);
}

type SitemapRow = {
  slug: string;
  title: string;
  published_at: Date | string;
  updated_at: Date | string;
  cover_key: string | null;
} & Record<string, unknown>;

function toSitemapArticle(row: SitemapRow): SitemapArticleDto {
  return {
    slug: row.slug,
    title: row.title,
    publishedAt: iso(row.published_at),
    updatedAt: iso(row.updated_at),
    coverUrl: row.cover_key ? mediaUrl(row.cover_key) : null,
  };
}

function sitemapArticles(db: Database, where: SQL, limit: number, offset: number) {
  return db.execute<SitemapRow>(sql`
    select a.slug, a.title, a.published_at, a.updated_at, m.storage_key as cover_key
    from ${articles} a
    left join ${media} m on m.id = a.cover_id
    where a.status = 'published' and ${where}
    order by a.published_at desc, a.id desc
    limit ${limit} offset ${offset}`);
}

export async function getSitemapOverview(db: Database, locale: AppLocale): Promise<SitemapOverviewDto> {
  const { rows } = await db.execute<{ page: number; lastmod: Date | string } & Record<string, unknown>>(sql`
    select page::int as page, max(updated_at) as lastmod from (
      select (row_number() over (order by published_at desc, id desc) - 1) / ${SITEMAP_PAGE_SIZE} + 1 as page, updated_at
      from ${articles} where locale = ${locale} and status = 'published') t
    group by page order by page`);
  const articlePages = rows.map((row) => ({ page: Number(row.page), lastmod: iso(row.lastmod) }));
  const lastmod = articlePages.reduce<string | null>((latest, page) => (!latest || page.lastmod > latest ? page.lastmod : latest), null);
  return { articlePages, lastmod };
}

export async function listSitemapArticles(db: Database, locale: AppLocale, page: number): Promise<SitemapArticleDto[]> {
  if (!Number.isInteger(page) || page < 1) return [];
  const { rows } = await sitemapArticles(db, sql`a.locale = ${locale}`, SITEMAP_PAGE_SIZE, (page - 1) * SITEMAP_PAGE_SIZE);
  return rows.map(toSitemapArticle);
}

export async function listNewsSitemapArticles(db: Database, locale: AppLocale, now: Date): Promise<SitemapArticleDto[]> {
  const since = new Date(now.getTime() - NEWS_WINDOW_MS);
  const { rows } = await sitemapArticles(db, sql`a.locale = ${locale} and a.published_at >= ${since.toISOString()}`, NEWS_LIMIT, 0);
  return rows.map(toSitemapArticle);
}

/** Sections with a published article in this locale (the others' pages are 404s), with the last change among those articles. */
export async function listSitemapSections(db: Database, locale: AppLocale): Promise<SitemapListingDto[]> {
  const slug = locale === 'fr' ? sql`s.slug_fr` : sql`s.slug_ar`;
  const { rows } = await db.execute<{ slug: string; lastmod: Date | string | null } & Record<string, unknown>>(sql`
    select ${slug} as slug, max(a.updated_at) as lastmod
    from ${sections} s
    join ${articles} a on a.section_id = s.id and a.locale = ${locale} and a.status = 'published'
    group by s.id order by s.position, s.id`);
  return rows.map((row) => ({ slug: row.slug, lastmod: isoOrNull(row.lastmod) }));
}

/** Authors with at least one article in this locale: an empty author page is not worth a crawl. */
export async function listSitemapAuthors(db: Database, locale: AppLocale): Promise<SitemapListingDto[]> {
  const { rows } = await db.execute<{ slug: string; lastmod: Date | string } & Record<string, unknown>>(sql`
    select au.slug, max(a.updated_at) as lastmod
    from ${authors} au
    join ${articleAuthors} aa on aa.author_id = au.id
    join ${articles} a on a.id = aa.article_id and a.locale = ${locale} and a.status = 'published'
    group by au.id order by au.id`);
  return rows.map((row) => ({ slug: row.slug, lastmod: iso(row.lastmod) }));
}

export interface FeedScope {
  sectionId?: number;
  authorId?: number;
}

/** The newest articles of a locale, optionally of one section or one author. */
export async function listFeedItems(db: Database, locale: AppLocale, scope: FeedScope, limit: number): Promise<FeedItemDto[]> {
  const fr = locale === 'fr';
  const { rows } = await db.execute<{
    id: number;
    slug: string;
    title: string;
    summary: string;
    published_at: Date | string;
    updated_at: Date | string;
    section_slug: string;
    section_name: string;
    cover_key: string | null;
    cover_alt: string;
    width: number | null;
    height: number | null;
    mime_type: string | null;
    bytes: number | null;
    authors: AuthorRef[];
  } & Record<string, unknown>>(sql`
    -- A feed's "updated" is a change the newsroom told readers about (Atom: "significant"), not every save.
    select a.id, a.slug, a.title, a.summary, a.published_at, coalesce(a.modified_at, a.published_at) as updated_at, a.cover_alt,
      ${fr ? sql`s.slug_fr` : sql`s.slug_ar`} as section_slug, ${fr ? sql`s.name_fr` : sql`s.name_ar`} as section_name,
      m.storage_key as cover_key, m.width, m.height, m.mime_type, m.bytes,
      coalesce((
        select json_agg(json_build_object('slug', au.slug, 'name', ${fr ? sql`au.name_fr` : sql`au.name_ar`}) order by aa.position)
        from ${articleAuthors} aa join ${authors} au on au.id = aa.author_id
        where aa.article_id = a.id), '[]'::json) as authors
    from ${articles} a
    join ${sections} s on s.id = a.section_id
    left join ${media} m on m.id = a.cover_id
    where a.locale = ${locale} and a.status = 'published'
      ${scope.sectionId !== undefined ? sql`and a.section_id = ${scope.sectionId}` : sql``}
      ${scope.authorId !== undefined ? sql`and exists (select 1 from ${articleAuthors} x where x.article_id = a.id and x.author_id = ${scope.authorId})` : sql``}
    order by a.published_at desc, a.id desc
    limit ${limit}`);
  return rows.map((row) => ({
    id: Number(row.id),
    locale,
    slug: row.slug,
    title: row.title,
    summary: row.summary,
    publishedAt: iso(row.published_at),
    updatedAt: iso(row.updated_at),
    section: { slug: row.section_slug, name: row.section_name },
    authors: row.authors,
    cover:
      row.cover_key && row.width && row.height && row.mime_type && row.bytes
        ? {
            url: mediaUrl(row.cover_key),
            width: Number(row.width),
            height: Number(row.height),
            alt: row.cover_alt,
            blurDataUrl: null,
            // Feed enclosures carry the original, with its type and size.
            sources: [],
            mimeType: row.mime_type,
            bytes: Number(row.bytes),
          }
        : null,
  }));
}
