import { and, asc, count, desc, eq, ilike, inArray, ne, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import {
  articleAuthors,
  articleRevisions,
  articles,
  articleTags,
  authors,
  media,
  sections,
  slugRedirects,
  tags,
  users,
  type ArticleStatus,
} from '@/db/schema';
import { audit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { cacheTags, tagsForArticleChange } from '@/lib/data/cache-tags';
import { AppError } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/routing';
import { bodyImageSources, mediaKeyOfSrc, parseRichDocument, type BlockNode, type RichDocument } from '@/lib/rich-text';
import { mediaUrl } from '@/lib/storage/media-root';
import { assertCan, type Actor } from './actor';
import { slugify } from './slug';

export const ADMIN_PAGE_SIZE = 25;

/** An article write lost a race: someone saved a newer version since this editor loaded it. */
export class ArticleConflictError extends AppError {
  readonly current: { version: number; updatedAt: string; updatedBy: string | null };
  constructor(current: ArticleConflictError['current']) {
    super('conflict', `Article changed since it was loaded (now version ${current.version})`);
    this.current = current;
  }
}

/** A value an editor typed is refused; `field` and `key` let the form show it next to the input. */
export class ArticleFieldError extends AppError {
  constructor(
    readonly field: string,
    readonly key: string,
    /** Placeholders of the message, e.g. the refused image address. */
    readonly values?: Record<string, string>,
  ) {
    super('bad_request', `${field}: ${key}${values ? ` ${JSON.stringify(values)}` : ''}`);
  }
}

/** How a refused image address is quoted back to the editor: short, and printable. */
function quoteSrc(src: unknown): string {
  const text = typeof src === 'string' ? src.replace(/[\u0000-\u001f\u007f]/g, '?').trim() : '';
  if (!text) return '—';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Body images must be media library files (`/media/<key>`). Anything else (another host, data:,
 * `//host`, encoded tricks) is refused with the address named, not dropped behind the editor's back.
 */
function bodyImageKeys(body: unknown): string[] {
  const keys: string[] = [];
  for (const src of bodyImageSources(body)) {
    const key = mediaKeyOfSrc(src);
    if (!key) throw new ArticleFieldError('body', 'imageSource', { src: quoteSrc(src) });
    keys.push(key);
  }
  return [...new Set(keys)];
}

/** The document without the images of the given keys (e.g. files deleted from the library). */
function withoutImages(doc: RichDocument, keys: Set<string>): RichDocument {
  const keep = (nodes: BlockNode[]): BlockNode[] =>
    nodes.flatMap((node): BlockNode[] => {
      if (node.type === 'image') return keys.has(mediaKeyOfSrc(node.attrs.src) ?? '') ? [] : [node];
      if (node.type === 'blockquote') return [{ ...node, content: keep(node.content) }];
      if (node.type === 'bulletList' || node.type === 'orderedList') return [{ ...node, content: node.content.map((item) => ({ ...item, content: keep(item.content) })) }];
      return [node];
    });
  return { type: 'doc', content: keep(doc.content) };
}

/** Each body image must still be in the library: as an original or one of its renditions. */
async function assertBodyImagesExist(tx: Pick<Database, 'select'>, keys: string[]) {
  if (!keys.length) return;
  const originals = await tx.select({ key: media.storageKey }).from(media).where(inArray(media.storageKey, keys));
  const known = new Set(originals.map((row) => row.key));
  for (const key of keys) {
    if (known.has(key)) continue;
    const [variant] = await tx
      .select({ id: media.id })
      .from(media)
      .where(sql`${media.variants} @> ${JSON.stringify([{ key }])}::jsonb`)
      .limit(1);
    if (!variant) throw new ArticleFieldError('body', 'imageMissing', { src: quoteSrc(`/media/${key}`) });
  }
}

export const articleInputSchema = z.object({
  title: z.string().trim().min(1).max(200),
  summary: z.string().trim().max(500).default(''),
  slug: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(120)
    .refine((value) => /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(value), 'slugFormat'),
  sectionId: z.coerce.number().int().positive(),
  authorIds: z.array(z.coerce.number().int().positive()).min(1).max(6),
  tagNames: z.array(z.string().trim().min(1).max(60)).max(12).default([]),
  coverId: z.coerce.number().int().positive().nullable().default(null),
  coverAlt: z.string().trim().max(300).default(''),
  coverCaption: z.string().trim().max(500).default(''),
  coverCredit: z.string().trim().max(200).default(''),
  seoTitle: z.string().trim().max(120).default(''),
  seoDescription: z.string().trim().max(300).default(''),
  // Never trusted: reduced to the nodes and marks the reader renders (lib/rich-text.ts).
  body: z.unknown().transform((value): RichDocument => parseRichDocument(value)),
});
export type ArticleInput = z.input<typeof articleInputSchema>;

/** What cache invalidation needs to know about an article before and after a change. */
export interface ArticleCacheState {
  id: number;
  locale: AppLocale;
  slug: string;
  status: ArticleStatus;
  sectionId: number;
  authorIds: number[];
  tagIds: number[];
  translationId: number | null;
  /** Published articles of its section in its language at that moment, this one included if published. */
  sectionPublished: number;
  /** Slugs of the reader pages that show it, so they can be rendered again right after a change (lib/cache/warm-paths.ts). */
  pages: {
    /** Its section's slug in its language. */
    section: string;
    authors: string[];
    tags: string[];
    twin: { slug: string; status: ArticleStatus } | null;
  };
}

/**
 * Whether a change adds a section to its language's menu or takes one out: the menu lists only
 * sections with a published article (lib/data/chrome-queries.ts), so the first publish in a
 * section and the withdrawal of its last article change every page's chrome. Any other publish
 * leaves it alone, so the chrome under every page is not re-rendered for each story.
 */
function changesSectionMenu(before: ArticleCacheState | null, after: ArticleCacheState | null): boolean {
  const place = (state: ArticleCacheState | null) => (state?.status === 'published' ? `${state.locale}:${state.sectionId}` : null);
  if (place(before) === place(after)) return false;
  return (place(after) !== null && after!.sectionPublished === 1) || (place(before) !== null && before!.sectionPublished === 1);
}

/**
 * Reader cache tags a change touches: those of the old and the new state, when either was
 * visible to readers (a draft edit touches nothing on the reader site).
 */
export function cacheTagsForChange(before: ArticleCacheState | null, after: ArticleCacheState | null): string[] {
  const visible = (state: ArticleCacheState | null): state is ArticleCacheState =>
    state !== null && (state.status === 'published' || state.status === 'unpublished');
  const result = new Set<string>();
  for (const state of [before, after]) {
    if (!visible(state)) continue;
    for (const tag of tagsForArticleChange({ ...state, previousSlug: before && before.slug !== state.slug ? before.slug : undefined })) result.add(tag);
  }
  if (changesSectionMenu(before, after)) result.add(cacheTags.sections);
  // A slug freed or taken by a publish must also drop a cached 404 for it.
  if (after && before && (visible(after) || visible(before))) {
    for (const tag of tagsForArticleChange({ ...after, previousSlug: before.slug })) result.add(tag);
  }
  return [...result];
}

/** Contributors work on their own drafts and submissions; editors and admins on everything. */
export function canEditArticle(actor: Actor, article: { createdBy: number | null; status: ArticleStatus }): boolean {
  if (can(actor.role, 'article.edit_any')) return true;
  return article.createdBy === actor.id && (article.status === 'draft' || article.status === 'in_review');
}

function assertCanEdit(actor: Actor, article: { createdBy: number | null; status: ArticleStatus }) {
  if (!canEditArticle(actor, article)) throw new AppError('forbidden', `User ${actor.id} may not edit this article`);
}

async function cacheState(db: Pick<Database, 'select'>, id: number): Promise<ArticleCacheState | null> {
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

// ---------------------------------------------------------------------------------------------
// Reads

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
  const pages = Math.max(1, Math.ceil(total / ADMIN_PAGE_SIZE));
  // Page numbers come from query strings: NaN and fractions must not reach OFFSET.
  const page = Math.min(Math.max(1, Math.floor(filters.page ?? 1) || 1), pages);
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
      authorNames: sql<string>`coalesce((select string_agg(au.name_fr, ', ' order by aa.position) from ${articleAuthors} aa join ${authors} au on au.id = aa.author_id where aa.article_id = ${articles.id}), '')`,
    })
    .from(articles)
    .innerJoin(sections, eq(sections.id, articles.sectionId))
    .where(where)
    .orderBy(desc(articles.updatedAt), desc(articles.id))
    .limit(ADMIN_PAGE_SIZE)
    .offset((page - 1) * ADMIN_PAGE_SIZE);
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

// ---------------------------------------------------------------------------------------------
// Writes. Each one checks the actor, runs in one transaction, bumps the version, keeps a
// revision and an audit entry, and returns the before/after states for cache invalidation.

async function snapshotOf(tx: Pick<Database, 'select'>, id: number) {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id));
  if (!row) throw new AppError('not_found', `Article ${id} not found`);
  const [authorRows, tagRows] = await Promise.all([
    tx.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
    tx.select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id)).orderBy(asc(tags.name)),
  ]);
  return {
    title: row.title,
    summary: row.summary,
    slug: row.slug,
    sectionId: row.sectionId,
    authorIds: authorRows.map((r) => r.id),
    tagNames: tagRows.map((r) => r.name),
    coverId: row.coverId,
    coverAlt: row.coverAlt,
    coverCaption: row.coverCaption,
    coverCredit: row.coverCredit,
    seoTitle: row.seoTitle ?? '',
    seoDescription: row.seoDescription ?? '',
    body: row.body,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
export type ArticleSnapshot = Awaited<ReturnType<typeof snapshotOf>>;

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];

async function lockForWrite(tx: Tx, id: number, expectedVersion: number) {
  const [row] = await tx
    .select({ article: articles, updatedByName: users.name })
    .from(articles)
    .leftJoin(users, eq(users.id, articles.updatedBy))
    .where(eq(articles.id, id))
    .for('update', { of: articles });
  if (!row) throw new AppError('not_found', `Article ${id} not found`);
  if (row.article.version !== expectedVersion) {
    throw new ArticleConflictError({ version: row.article.version, updatedAt: row.article.updatedAt.toISOString(), updatedBy: row.updatedByName });
  }
  return row.article;
}

async function recordRevision(tx: Tx, articleId: number, version: number, reason: 'save' | 'autosave' | 'status' | 'restore' | 'create', userId: number | null) {
  const snapshot = await snapshotOf(tx, articleId);
  if (reason === 'autosave') {
    // Consecutive autosaves by one person collapse into one revision, so history stays readable.
    const [last] = await tx
      .select({ id: articleRevisions.id, reason: articleRevisions.reason, userId: articleRevisions.userId })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, articleId))
      .orderBy(desc(articleRevisions.version))
      .limit(1);
    if (last && last.reason === 'autosave' && last.userId === userId) {
      await tx.update(articleRevisions).set({ version, snapshot, createdAt: new Date() }).where(eq(articleRevisions.id, last.id));
      return;
    }
  }
  await tx.insert(articleRevisions).values({ articleId, version, snapshot, reason, userId });
}

async function assertSlugFree(tx: Tx, locale: AppLocale, slug: string, exceptId: number | null) {
  const [taken] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined))
    .limit(1);
  if (taken) throw new ArticleFieldError('slug', 'slugTaken');
}

async function resolveTagIds(tx: Tx, locale: AppLocale, names: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const name of [...new Set(names.map((n) => n.trim()).filter(Boolean))]) {
    const slug = slugify(name) || `sujet-${Date.now()}`;
    const [existing] = await tx.select({ id: tags.id }).from(tags).where(and(eq(tags.locale, locale), eq(tags.slug, slug)));
    if (existing) ids.push(existing.id);
    else {
      const [created] = await tx.insert(tags).values({ locale, slug, name }).returning({ id: tags.id });
      ids.push(created!.id);
    }
  }
  return ids;
}

async function writeRelations(tx: Tx, articleId: number, authorIds: number[], tagIds: number[]) {
  await tx.delete(articleAuthors).where(eq(articleAuthors.articleId, articleId));
  await tx.delete(articleTags).where(eq(articleTags.articleId, articleId));
  const uniqueAuthors = [...new Set(authorIds)];
  if (uniqueAuthors.length) await tx.insert(articleAuthors).values(uniqueAuthors.map((authorId, position) => ({ articleId, authorId, position })));
  if (tagIds.length) await tx.insert(articleTags).values([...new Set(tagIds)].map((tagId) => ({ articleId, tagId })));
}

async function assertReferencesExist(tx: Tx, input: { sectionId: number; authorIds: number[]; coverId: number | null }) {
  const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, input.sectionId));
  if (!section) throw new ArticleFieldError('sectionId', 'choice');
  const found = await tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, input.authorIds));
  if (found.length !== new Set(input.authorIds).size) throw new ArticleFieldError('authorIds', 'choice');
  if (input.coverId) {
    const [cover] = await tx.select({ id: media.id }).from(media).where(eq(media.id, input.coverId));
    if (!cover) throw new ArticleFieldError('coverId', 'choice');
  }
}

/** A new, empty draft in one language; its first author is the writer's own byline when they have one. */
export async function createArticle(
  db: Database,
  actor: Actor,
  input: { locale: AppLocale; title: string; sectionId?: number },
): Promise<{ id: number }> {
  assertCan(actor, 'article.create');
  const title = input.title.trim().slice(0, 200);
  if (!title) throw new ArticleFieldError('title', 'required');
  return db.transaction(async (tx) => {
    const sectionId = input.sectionId ?? (await tx.select({ id: sections.id }).from(sections).orderBy(asc(sections.position)).limit(1))[0]?.id;
    if (!sectionId) throw new ArticleFieldError('sectionId', 'required');
    const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId));
    if (!section) throw new ArticleFieldError('sectionId', 'choice');
    let slug = slugify(title) || `article-${Date.now()}`;
    for (let n = 2; (await tx.select({ id: articles.id }).from(articles).where(and(eq(articles.locale, input.locale), eq(articles.slug, slug)))).length; n++) {
      slug = `${slugify(title) || 'article'}-${n}`;
    }
    const [created] = await tx
      .insert(articles)
      .values({ locale: input.locale, slug, title, body: { type: 'doc', content: [] }, sectionId, status: 'draft', createdBy: actor.id, updatedBy: actor.id })
      .returning({ id: articles.id });
    const authorId = actor.authorId ?? (await tx.select({ id: authors.id }).from(authors).orderBy(asc(authors.id)).limit(1))[0]?.id;
    if (authorId) await tx.insert(articleAuthors).values({ articleId: created!.id, authorId, position: 0 });
    await recordRevision(tx, created!.id, 1, 'create', actor.id);
    await audit(tx, { userId: actor.id, action: 'article.create', entityType: 'article', entityId: created!.id, details: { locale: input.locale, title } });
    return created!;
  });
}

/**
 * Saves an editor's version of an article, provided nobody saved since they loaded it
 * (`expectedVersion`); otherwise ArticleConflictError, and nothing is written. A slug change on
 * an article readers have seen leaves a redirect from the old address.
 */
export async function saveArticle(
  db: Database,
  actor: Actor,
  request: { id: number; expectedVersion: number; input: ArticleInput; reason?: 'save' | 'autosave'; restoredFrom?: number },
): Promise<ArticleChange> {
  const input = articleInputSchema.parse(request.input);
  const imageKeys = bodyImageKeys(request.input.body);
  const before = await cacheState(db, request.id);
  const version = await db.transaction(async (tx) => {
    const current = await lockForWrite(tx, request.id, request.expectedVersion);
    assertCanEdit(actor, current);
    await assertReferencesExist(tx, input);
    await assertBodyImagesExist(tx, imageKeys);
    if (input.slug !== current.slug) {
      await assertSlugFree(tx, current.locale, input.slug, current.id);
      if (current.publishedAt) {
        await tx
          .insert(slugRedirects)
          .values({ locale: current.locale, fromSlug: current.slug, articleId: current.id })
          .onConflictDoUpdate({ target: [slugRedirects.locale, slugRedirects.fromSlug], set: { articleId: current.id, createdAt: new Date() } });
      }
      // The new slug is a live address now, not a redirect.
      await tx.delete(slugRedirects).where(and(eq(slugRedirects.locale, current.locale), eq(slugRedirects.fromSlug, input.slug)));
    }
    const tagIds = await resolveTagIds(tx, current.locale, input.tagNames);
    const next = current.version + 1;
    await tx
      .update(articles)
      .set({
        title: input.title,
        summary: input.summary,
        slug: input.slug,
        sectionId: input.sectionId,
        coverId: input.coverId,
        coverAlt: input.coverAlt,
        coverCaption: input.coverCaption,
        coverCredit: input.coverCredit,
        seoTitle: input.seoTitle || null,
        seoDescription: input.seoDescription || null,
        body: input.body,
        version: next,
        updatedBy: actor.id,
        updatedAt: new Date(),
      })
      .where(and(eq(articles.id, current.id), eq(articles.version, current.version)));
    await writeRelations(tx, current.id, input.authorIds, tagIds);
    await recordRevision(tx, current.id, next, request.restoredFrom !== undefined ? 'restore' : (request.reason ?? 'save'), actor.id);
    if (request.reason !== 'autosave') {
      await audit(tx, { userId: actor.id, action: 'article.update', entityType: 'article', entityId: current.id, details: { version: next, title: input.title } });
    }
    if (request.restoredFrom !== undefined) {
      await audit(tx, { userId: actor.id, action: 'article.restore', entityType: 'article', entityId: current.id, details: { revision: request.restoredFrom, version: next } });
    }
    return next;
  });
  return { id: request.id, version, before, after: await cacheState(db, request.id) };
}

const TRANSITIONS: Record<ArticleStatus, ArticleStatus[]> = {
  draft: ['in_review', 'scheduled', 'published'],
  in_review: ['draft', 'scheduled', 'published'],
  scheduled: ['draft', 'published'],
  published: ['unpublished'],
  unpublished: ['draft', 'published', 'scheduled'],
};

/**
 * Moves an article through the workflow. Contributors may only submit their drafts for review
 * (and take them back); scheduling, publishing and unpublishing need article.publish.
 */
export async function changeStatus(
  db: Database,
  actor: Actor,
  request: { id: number; expectedVersion: number; to: ArticleStatus; publishAt?: Date | null; now?: Date },
): Promise<ArticleChange> {
  const now = request.now ?? new Date();
  assertCan(actor, request.to === 'draft' || request.to === 'in_review' ? 'article.submit' : 'article.publish');
  const before = await cacheState(db, request.id);
  const version = await db.transaction(async (tx) => {
    const current = await lockForWrite(tx, request.id, request.expectedVersion);
    assertCanEdit(actor, current);
    if (!TRANSITIONS[current.status].includes(request.to)) throw new ArticleFieldError('status', 'transition');
    let publishedAt = current.publishedAt;
    if (request.to === 'scheduled') {
      if (!request.publishAt || request.publishAt.getTime() <= now.getTime()) throw new ArticleFieldError('publishAt', 'future');
      publishedAt = request.publishAt;
    } else if (request.to === 'published') {
      // The first publication dates the story; republishing after a correction keeps that date.
      publishedAt = current.status === 'scheduled' || !current.publishedAt ? now : current.publishedAt;
    } else if (request.to === 'draft' && current.status === 'scheduled') {
      publishedAt = null;
    }
    const next = current.version + 1;
    await tx
      .update(articles)
      .set({ status: request.to, publishedAt, version: next, updatedBy: actor.id, updatedAt: now })
      .where(eq(articles.id, current.id));
    await recordRevision(tx, current.id, next, 'status', actor.id);
    await audit(tx, {
      userId: actor.id,
      action: `article.${request.to === 'published' ? 'publish' : request.to === 'unpublished' ? 'unpublish' : request.to === 'scheduled' ? 'schedule' : request.to === 'in_review' ? 'submit' : 'to_draft'}`,
      entityType: 'article',
      entityId: current.id,
      details: { from: current.status, to: request.to, publishedAt: publishedAt?.toISOString() ?? null },
    });
    return next;
  });
  return { id: request.id, version, before, after: await cacheState(db, request.id) };
}

/**
 * Publishes every scheduled article whose time has come; run by the scheduler of every instance.
 * Each article is published in its own transaction under its row lock, by whichever instance
 * locks it first: the others skip a locked row instead of queueing behind it (and then re-reading
 * it only to find it published). A row an editor holds at that moment waits for the next tick.
 */
export async function publishDueArticles(db: Database, now: Date = new Date()): Promise<ArticleChange[]> {
  const due = await db
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.status, 'scheduled'), sql`${articles.publishedAt} <= ${now.toISOString()}::timestamptz`));
  const changes: ArticleChange[] = [];
  for (const { id } of due) {
    const published = await db.transaction(async (tx) => {
      // Re-checked under the row lock: an editor may have unscheduled it a moment ago.
      const [row] = await tx.select().from(articles).where(eq(articles.id, id)).for('update', { skipLocked: true });
      if (!row || row.status !== 'scheduled' || !row.publishedAt || row.publishedAt > now) return null;
      const before = await cacheState(tx, id);
      const next = row.version + 1;
      await tx.update(articles).set({ status: 'published', version: next, updatedAt: now }).where(eq(articles.id, id));
      await recordRevision(tx, id, next, 'status', null);
      await audit(tx, { userId: null, action: 'article.publish_scheduled', entityType: 'article', entityId: id, details: { publishedAt: row.publishedAt.toISOString() } });
      return { version: next, before };
    });
    if (published) changes.push({ id, ...published, after: await cacheState(db, id) });
  }
  return changes;
}

export async function deleteArticle(db: Database, actor: Actor, request: { id: number; expectedVersion: number }): Promise<ArticleChange> {
  assertCan(actor, 'article.delete');
  const before = await cacheState(db, request.id);
  await db.transaction(async (tx) => {
    const current = await lockForWrite(tx, request.id, request.expectedVersion);
    await tx.delete(articles).where(eq(articles.id, current.id));
    await audit(tx, { userId: actor.id, action: 'article.delete', entityType: 'article', entityId: current.id, details: { title: current.title, slug: current.slug, locale: current.locale } });
  });
  return { id: request.id, version: request.expectedVersion, before, after: null };
}

/**
 * Starts the other-language version of a story: a linked draft with its own slug and status,
 * pre-filled with the original so the translator works over it.
 */
export async function createTranslation(db: Database, actor: Actor, id: number): Promise<{ id: number }> {
  assertCan(actor, 'article.create');
  return db.transaction(async (tx) => {
    const [source] = await tx.select().from(articles).where(eq(articles.id, id));
    if (!source) throw new AppError('not_found', `Article ${id} not found`);
    const locale: AppLocale = source.locale === 'fr' ? 'ar' : 'fr';
    const [existing] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.translationGroup, source.translationGroup), eq(articles.locale, locale)));
    if (existing) throw new AppError('conflict', `Article ${id} already has a ${locale} version (${existing.id})`);
    let slug = source.slug;
    for (let n = 2; (await tx.select({ id: articles.id }).from(articles).where(and(eq(articles.locale, locale), eq(articles.slug, slug)))).length; n++) {
      slug = `${source.slug}-${n}`;
    }
    const [created] = await tx
      .insert(articles)
      .values({
        locale,
        slug,
        translationGroup: source.translationGroup,
        title: source.title,
        summary: source.summary,
        body: source.body,
        sectionId: source.sectionId,
        coverId: source.coverId,
        coverAlt: source.coverAlt,
        coverCaption: source.coverCaption,
        coverCredit: source.coverCredit,
        status: 'draft',
        createdBy: actor.id,
        updatedBy: actor.id,
      })
      .returning({ id: articles.id });
    const authorRows = await tx.select().from(articleAuthors).where(eq(articleAuthors.articleId, id));
    if (authorRows.length) await tx.insert(articleAuthors).values(authorRows.map((row) => ({ ...row, articleId: created!.id })));
    await recordRevision(tx, created!.id, 1, 'create', actor.id);
    await audit(tx, { userId: actor.id, action: 'article.translate', entityType: 'article', entityId: created!.id, details: { from: id, locale } });
    return created!;
  });
}

// ---------------------------------------------------------------------------------------------
// Revisions

export async function listRevisions(db: Database, articleId: number) {
  return db
    .select({ id: articleRevisions.id, version: articleRevisions.version, reason: articleRevisions.reason, createdAt: articleRevisions.createdAt, userName: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.userId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .limit(200);
}

export async function getRevision(db: Database, articleId: number, revisionId: number) {
  const [row] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.id, revisionId)));
  return row ? { ...row, snapshot: row.snapshot as ArticleSnapshot } : null;
}

/** Brings back an older version's content as a new version (history is never rewritten). */
export async function restoreRevision(
  db: Database,
  actor: Actor,
  request: { id: number; revisionId: number; expectedVersion: number },
): Promise<ArticleChange> {
  const revision = await getRevision(db, request.id, request.revisionId);
  if (!revision) throw new AppError('not_found', `Revision ${request.revisionId} not found`);
  const snap = revision.snapshot;
  // The revision may name a cover or bylines deleted since: restore without them (as deleting a
  // medium does to articles), keeping the current bylines if none of the old ones is left.
  const [cover] = snap.coverId ? await db.select({ id: media.id }).from(media).where(eq(media.id, snap.coverId)) : [];
  const live = snap.authorIds.length ? (await db.select({ id: authors.id }).from(authors).where(inArray(authors.id, snap.authorIds))).map((r) => r.id) : [];
  let authorIds = snap.authorIds.filter((id) => live.includes(id));
  if (!authorIds.length) {
    authorIds = (await db.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, request.id)).orderBy(asc(articleAuthors.position))).map((r) => r.id);
  }
  // Old versions may hold pictures a save now refuses (another site's, or deleted from the
  // library): the sanitiser drops the first, and the second go like a deleted cover.
  const body = parseRichDocument(snap.body);
  const keys = [...new Set(bodyImageSources(body).map(mediaKeyOfSrc).filter((key): key is string => key !== null))];
  const missing = new Set<string>();
  for (const key of keys) {
    await assertBodyImagesExist(db, [key]).catch((error: unknown) => {
      if (!(error instanceof ArticleFieldError)) throw error;
      missing.add(key);
    });
  }
  // One transaction: a crash can never leave the restored version labelled as a plain save.
  return saveArticle(db, actor, {
    id: request.id,
    expectedVersion: request.expectedVersion,
    input: { ...snap, body: missing.size ? withoutImages(body, missing) : body, coverId: cover?.id ?? null, authorIds },
    restoredFrom: revision.version,
  });
}

// The reader resolves old slugs; the admin tests check the same query.
export { findSlugRedirect } from '@/lib/data/reader-queries';

export async function articleEditorOptions(db: Database) {
  const [sectionRows, authorRows] = await Promise.all([
    db.select({ id: sections.id, nameFr: sections.nameFr, nameAr: sections.nameAr }).from(sections).orderBy(asc(sections.position)),
    db.select({ id: authors.id, nameFr: authors.nameFr, nameAr: authors.nameAr }).from(authors).orderBy(asc(authors.nameFr)),
  ]);
  return { sections: sectionRows, authors: authorRows };
}
