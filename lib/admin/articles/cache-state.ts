import 'server-only';
import { and, count, eq, ne } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, sections, tags, type ArticleStatus } from '@/db/schema';
import type { ArticleTagState } from '@/lib/data/cache-tags';

/** What cache invalidation and warming need to know about an article before and after a change. */
export interface ArticleCacheState extends ArticleTagState {
  /** Slugs of the reader pages that show it, so they can be rendered again right after a change (lib/cache/warm-paths.ts). */
  pages: {
    /** Its section's slug in its language. */
    section: string;
    authors: string[];
    tags: string[];
    twin: { slug: string; status: ArticleStatus } | null;
  };
}

export async function cacheState(db: Pick<Database, 'select'>, id: number): Promise<ArticleCacheState | null> {
  const [row] = await db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      status: articles.status,
      sectionId: articles.sectionId,
      group: articles.translationGroup,
      sectionSlugFr: sections.slugFr,
      sectionSlugAr: sections.slugAr,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(eq(articles.id, id));
  if (!row) return null;
  // One query after another, on one connection at a time: the embedded database's socket can mix
  // up concurrent extended-protocol queries from different connections (electric-sql/pglite#1046),
  // and two editors saving at once already put two of these reads side by side. Five small reads.
  const authorRows = await db
    .select({ id: articleAuthors.authorId, slug: authors.slug })
    .from(articleAuthors)
    .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
    .where(eq(articleAuthors.articleId, id));
  const tagRows = await db.select({ id: articleTags.tagId, slug: tags.slug }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id));
  const twin = await db
    .select({ id: articles.id, slug: articles.slug, status: articles.status })
    .from(articles)
    .where(and(eq(articles.translationGroup, row.group), ne(articles.id, id)))
    .limit(1);
  const [published] = await db
    .select({ n: count() })
    .from(articles)
    .where(and(eq(articles.sectionId, row.sectionId), eq(articles.locale, row.locale), eq(articles.status, 'published')));
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    status: row.status,
    sectionId: row.sectionId,
    authorIds: authorRows.map((r) => r.id),
    tagIds: tagRows.map((r) => r.id),
    translationId: twin[0]?.id ?? null,
    sectionPublished: published?.n ?? 0,
    pages: {
      section: row.locale === 'fr' ? row.sectionSlugFr : row.sectionSlugAr,
      authors: authorRows.map((r) => r.slug),
      tags: tagRows.map((r) => r.slug),
      twin: twin[0] ? { slug: twin[0].slug, status: twin[0].status } : null,
    },
  };
}

export interface ArticleChange {
  id: number;
  version: number;
  before: ArticleCacheState | null;
  after: ArticleCacheState | null;
}
