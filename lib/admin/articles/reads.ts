import 'server-only';
import { and, asc, count, desc, eq, ilike, ne, or, sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, media, sections, tags, users, type ArticleStatus } from '@/db/schema';
import type { AppLocale } from '@/lib/i18n/routing';
import { parseRichDocument, type BlockNode, type InlineNode } from '@/lib/rich-text';
import { mediaUrl } from '@/lib/storage/media-root';
import { pageOf } from '../paging';

export const ADMIN_PAGE_SIZE = 25;

export interface ArticleListFilters {
  q?: string;
  status?: ArticleStatus;
  sectionId?: number;
  locale?: AppLocale;
  authorId?: number;
  missingTwin?: boolean;
  page?: number;
}

export async function listArticles(db: Database, filters: ArticleListFilters) {
  const conditions: SQL[] = [];
  if (filters.q) {
    const pattern = `%${filters.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    conditions.push(or(ilike(articles.title, pattern), ilike(articles.slug, pattern))!);
  }
  if (filters.status) conditions.push(eq(articles.status, filters.status));
  if (filters.sectionId) conditions.push(eq(articles.sectionId, filters.sectionId));
  if (filters.locale) conditions.push(eq(articles.locale, filters.locale));
  if (filters.authorId) {
    conditions.push(sql`exists (select 1 from ${articleAuthors} where ${articleAuthors.articleId} = ${articles.id} and ${articleAuthors.authorId} = ${filters.authorId})`);
  }
  const twinId = sql<number | null>`(select tw.id from ${articles} tw where tw.translation_group = ${articles.translationGroup} and tw.id <> ${articles.id} limit 1)`;
  if (filters.missingTwin) conditions.push(sql`${twinId} is null`);
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(articles).where(where);
  const { page, pages, offset } = pageOf(total, filters.page, ADMIN_PAGE_SIZE);
  const rows = await db
    .select({
      id: articles.id,
      locale: articles.locale,
      slug: articles.slug,
      title: articles.title,
      status: articles.status,
      publishedAt: articles.publishedAt,
      updatedAt: articles.updatedAt,
      sectionNameFr: sections.nameFr,
      sectionNameAr: sections.nameAr,
      twinId,
      // The byline in the article's own language: an Arabic article lists its authors' Arabic names.
      authorNames: sql<string>`coalesce((select string_agg(case when ${articles.locale} = 'ar' then coalesce(nullif(au.name_ar, ''), au.name_fr) else au.name_fr end, ', ' order by aa.position) from ${articleAuthors} aa join ${authors} au on au.id = aa.author_id where aa.article_id = ${articles.id}), '')`,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset(offset);
  return { items: rows, total, page, pages };
}

export async function getArticleForEdit(db: Database, id: number) {
  const [row] = await db
    .select({
      article: articles,
      updatedByName: users.name,
      coverKey: media.storageKey,
      coverWidth: media.width,
      coverHeight: media.height,
    })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.updatedBy))
    .leftJoin(media, eq(media.id, articles.coverId))
    .where(eq(articles.id, id));
  if (!row) return null;
  const [authorRows, tagRows, twinRows] = await Promise.all([
    db.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
    db.select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id)).orderBy(asc(tags.name)),
    db
      .select({ id: articles.id, locale: articles.locale, status: articles.status, title: articles.title })
      .from(articles)
      .where(and(eq(articles.translationGroup, row.article.translationGroup), ne(articles.id, id)))
      .limit(1),
  ]);
  return {
    ...row.article,
    updatedByName: row.updatedByName,
    cover: row.coverKey ? { id: row.article.coverId!, url: mediaUrl(row.coverKey), width: row.coverWidth!, height: row.coverHeight! } : null,
    authorIds: authorRows.map((r) => r.id),
    tagNames: tagRows.map((r) => r.name),
    twin: twinRows[0] ?? null,
  };
}
export type EditableArticle = NonNullable<Awaited<ReturnType<typeof getArticleForEdit>>>;

/** One top-level block of a body as plain text, at the index the editor's blocks have. */
export interface TwinBlock {
  kind: 'paragraph' | 'heading' | 'quote' | 'list' | 'image' | 'embed' | 'rule';
  text: string;
}

/** The other language's text, for the editor's side-by-side view: read-only, plain text only. */
export interface TwinTextDto {
  id: number;
  locale: AppLocale;
  status: ArticleStatus;
  title: string;
  summary: string;
  blocks: TwinBlock[];
}

const inlineText = (nodes: InlineNode[] | undefined) => (nodes ?? []).map((node) => (node.type === 'text' ? node.text : '\n')).join('');

function blockText(node: BlockNode): string {
  switch (node.type) {
    case 'paragraph':
    case 'heading':
      return inlineText(node.content);
    case 'blockquote':
      return node.content.map(blockText).join('\n');
    case 'bulletList':
    case 'orderedList':
      return node.content.map((item) => `• ${item.content.map(blockText).join(' ')}`).join('\n');
    case 'image':
      return node.attrs.caption || node.attrs.alt;
    case 'embed':
      return node.attrs.url;
    case 'horizontalRule':
      return '';
  }
}

const BLOCK_KIND: Record<BlockNode['type'], TwinBlock['kind']> = {
  paragraph: 'paragraph',
  heading: 'heading',
  blockquote: 'quote',
  bulletList: 'list',
  orderedList: 'list',
  image: 'image',
  embed: 'embed',
  horizontalRule: 'rule',
};

/** The body's top-level blocks as text, one entry per block so that index n faces the editor's block n. */
export function twinBlocks(body: unknown): TwinBlock[] {
  return parseRichDocument(body).content.map((node) => ({ kind: BLOCK_KIND[node.type], text: blockText(node) }));
}

/** The text of the article's other-language version, or null when it has none. */
export async function getTwinText(db: Database, id: number): Promise<TwinTextDto | null> {
  const [self] = await db.select({ group: articles.translationGroup }).from(articles).where(eq(articles.id, id));
  if (!self) return null;
  const [twin] = await db
    .select({ id: articles.id, locale: articles.locale, status: articles.status, title: articles.title, summary: articles.summary, body: articles.body })
    .from(articles)
    .where(and(eq(articles.translationGroup, self.group), ne(articles.id, id)))
    .limit(1);
  if (!twin) return null;
  return { id: twin.id, locale: twin.locale, status: twin.status, title: twin.title, summary: twin.summary, blocks: twinBlocks(twin.body) };
}

/**
 * Published articles whose title holds `q`, for the editor's link dialog: only what readers can
 * open, linked by their site path (the reader resolves renamed slugs).
 */
export async function searchLinkTargets(db: Database, request: { q: string; locale?: AppLocale }) {
  const pattern = `%${request.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return db
    .select({ id: articles.id, locale: articles.locale, slug: articles.slug, title: articles.title, publishedAt: articles.publishedAt })
    .from(articles)
    .where(and(eq(articles.status, 'published'), ilike(articles.title, pattern), request.locale ? eq(articles.locale, request.locale) : undefined))
    .orderBy(desc(articles.publishedAt), desc(articles.id))
    .limit(8);
}

export async function articleEditorOptions(db: Database) {
  const [sectionRows, authorRows] = await Promise.all([
    db.select({ id: sections.id, nameFr: sections.nameFr, nameAr: sections.nameAr }).from(sections).orderBy(asc(sections.position)),
    db.select({ id: authors.id, nameFr: authors.nameFr, nameAr: authors.nameAr }).from(authors).orderBy(asc(authors.nameFr)),
  ]);
  return { sections: sectionRows, authors: authorRows };
}

// The reader resolves old slugs; the admin tests check the same query.
export { findSlugRedirect } from '@/lib/data/reader-queries';
