import 'server-only';
import { and, asc, eq, inArray, ne } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, media, sections, slugRedirects, tags, users, type ArticleStatus } from '@/db/schema';
import { audit } from '@/lib/audit';
import { AppError } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/routing';
import { assertCan, type Actor } from '../actor';
import { ExpectedError, parseInput } from '../errors';
import { isInLocaleScript, slugify } from '../slug';
import { assertBodyImagesExist, bodyImageKeys } from './body-images';
import { cacheState, type ArticleChange } from './cache-state';
import { assertCanEdit, TRANSITIONS } from './permissions';
import { recordRevision } from './revisions';
import { articleInputSchema, type ArticleInput } from './schema';

/*
 * Writes. Each one checks the actor, runs in one transaction, bumps the version, keeps a
 * revision and an audit entry, and returns the before/after states for cache invalidation.
 */

/** An article write lost a race: someone saved a newer version since this editor loaded it. */
export class ArticleConflictError extends ExpectedError {
  readonly current: { version: number; updatedAt: string; updatedBy: string | null };
  constructor(current: ArticleConflictError['current']) {
    super('conflict', 'errors.conflict');
    this.current = current;
  }
}

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

async function assertSlugFree(tx: Tx, locale: AppLocale, slug: string, exceptId: number | null) {
  const [taken] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(and(eq(articles.locale, locale), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined))
    .limit(1);
  if (taken) throw new ExpectedError('bad_request', 'errors.slugTaken', { field: 'slug' });
}

/** `base`, or `base-2`, `base-3`… if another article of the language has it. */
async function uniqueSlug(tx: Tx, locale: AppLocale, base: string, exceptId: number | null): Promise<string> {
  let slug = base;
  for (let n = 2; ; n++) {
    const [taken] = await tx
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.locale, locale), eq(articles.slug, slug), exceptId ? ne(articles.id, exceptId) : undefined))
      .limit(1);
    if (!taken) return slug;
    slug = `${base}-${n}`;
  }
}

/**
 * The slug a save writes. A translation's provisional slug (its original's) follows its own title
 * once that title is in the article's language, on every save until an editor types a slug or the
 * article is published or scheduled: an autosave may catch a half-typed title, and nobody has seen
 * a draft's address. A published slug is never changed here.
 */
async function slugToSave(tx: Tx, current: typeof articles.$inferSelect, input: { slug: string; title: string }): Promise<{ slug: string; provisional: boolean }> {
  const following = current.slugProvisional && !current.publishedAt && input.slug === current.slug;
  if (!following) return { slug: input.slug, provisional: false };
  if (!isInLocaleScript(input.title, current.locale)) return { slug: current.slug, provisional: true };
  return { slug: await uniqueSlug(tx, current.locale, slugify(input.title) || current.slug, current.id), provisional: true };
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
  if (!section) throw new ExpectedError('bad_request', 'errors.choice', { field: 'sectionId' });
  const found = await tx.select({ id: authors.id }).from(authors).where(inArray(authors.id, input.authorIds));
  if (found.length !== new Set(input.authorIds).size) throw new ExpectedError('bad_request', 'errors.choice', { field: 'authorIds' });
  if (input.coverId) {
    const [cover] = await tx.select({ id: media.id }).from(media).where(eq(media.id, input.coverId));
    if (!cover) throw new ExpectedError('bad_request', 'errors.choice', { field: 'coverId' });
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
  if (!title) throw new ExpectedError('bad_request', 'errors.required', { field: 'title' });
  return db.transaction(async (tx) => {
    const sectionId = input.sectionId ?? (await tx.select({ id: sections.id }).from(sections).orderBy(asc(sections.position)).limit(1))[0]?.id;
    if (!sectionId) throw new ExpectedError('bad_request', 'errors.required', { field: 'sectionId' });
    const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId));
    if (!section) throw new ExpectedError('bad_request', 'errors.choice', { field: 'sectionId' });
    const slug = await uniqueSlug(tx, input.locale, slugify(title) || `article-${Date.now()}`, null);
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
 * an article readers have seen leaves a redirect from the old address. `flagUpdate` on a published
 * article sets the "updated" time readers see (modifiedAt) to the save's time.
 */
export async function saveArticle(
  db: Database,
  actor: Actor,
  // restoredFrom: the revision version an editor loaded to restore (see revisionToRestore), saved now.
  request: { id: number; expectedVersion: number; input: ArticleInput; reason?: 'save' | 'autosave'; restoredFrom?: number; flagUpdate?: boolean },
): Promise<ArticleChange> {
  const input = parseInput(articleInputSchema, request.input);
  const imageKeys = bodyImageKeys(request.input.body);
  const before = await cacheState(db, request.id);
  const version = await db.transaction(async (tx) => {
    const current = await lockForWrite(tx, request.id, request.expectedVersion);
    assertCanEdit(actor, current);
    await assertReferencesExist(tx, input);
    await assertBodyImagesExist(tx, imageKeys);
    const { slug, provisional } = await slugToSave(tx, current, input);
    if (slug !== current.slug) {
      await assertSlugFree(tx, current.locale, slug, current.id);
      if (current.publishedAt) {
        await tx
          .insert(slugRedirects)
          .values({ locale: current.locale, fromSlug: current.slug, articleId: current.id })
          .onConflictDoUpdate({ target: [slugRedirects.locale, slugRedirects.fromSlug], set: { articleId: current.id, createdAt: new Date() } });
      }
      // The new slug is a live address now, not a redirect.
      await tx.delete(slugRedirects).where(and(eq(slugRedirects.locale, current.locale), eq(slugRedirects.fromSlug, slug)));
    }
    const tagIds = await resolveTagIds(tx, current.locale, input.tagNames);
    const next = current.version + 1;
    const now = new Date();
    await tx
      .update(articles)
      .set({
        title: input.title,
        summary: input.summary,
        slug,
        slugProvisional: provisional,
        modifiedAt: request.flagUpdate && current.status === 'published' ? now : current.modifiedAt,
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
        updatedAt: now,
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

/**
 * Moves an article through the workflow. Contributors may only submit their drafts for review
 * (and take them back); scheduling, publishing and unpublishing need article.publish.
 */
export async function changeStatus(
  db: Database,
  actor: Actor,
  request: { id: number; expectedVersion: number; to: ArticleStatus; publishAt?: Date | null; now?: Date; flagUpdate?: boolean },
): Promise<ArticleChange> {
  const now = request.now ?? new Date();
  assertCan(actor, request.to === 'draft' || request.to === 'in_review' ? 'article.submit' : 'article.publish');
  const before = await cacheState(db, request.id);
  const version = await db.transaction(async (tx) => {
    const current = await lockForWrite(tx, request.id, request.expectedVersion);
    assertCanEdit(actor, current);
    if (!TRANSITIONS[current.status].includes(request.to)) throw new ExpectedError('bad_request', 'errors.transition', { field: 'status' });
    let publishedAt = current.publishedAt;
    if (request.to === 'scheduled') {
      if (!request.publishAt || request.publishAt.getTime() <= now.getTime()) throw new ExpectedError('bad_request', 'errors.future', { field: 'publishAt' });
      publishedAt = request.publishAt;
    } else if (request.to === 'published') {
      // The first publication dates the story; republishing after a correction keeps that date.
      publishedAt = current.status === 'scheduled' || !current.publishedAt ? now : current.publishedAt;
    } else if (request.to === 'draft' && current.status === 'scheduled') {
      publishedAt = null;
    }
    const next = current.version + 1;
    // Republishing a corrected article may tell readers it was updated; a first publication cannot.
    const modifiedAt = request.flagUpdate && request.to === 'published' && current.publishedAt && current.status === 'unpublished' ? now : current.modifiedAt;
    // Once readers can reach it (or will at a set time), its address is settled.
    const slugProvisional = current.slugProvisional && request.to !== 'published' && request.to !== 'scheduled';
    await tx
      .update(articles)
      .set({ status: request.to, publishedAt, modifiedAt, slugProvisional, version: next, updatedBy: actor.id, updatedAt: now })
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
 * Starts the other-language version of a story: a linked draft with its own status, pre-filled
 * with the original's text so the translator works over it. The cover's words are the media
 * library's in the new language (its alt text; no caption rather than one in the wrong language),
 * and the slug is the original's only until the twin has a title of its own (slugToSave).
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
    const slug = await uniqueSlug(tx, locale, source.slug, null);
    const [cover] = source.coverId ? await tx.select({ altFr: media.altFr, altAr: media.altAr }).from(media).where(eq(media.id, source.coverId)) : [];
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
        coverAlt: cover ? (locale === 'fr' ? cover.altFr : cover.altAr) : '',
        coverCaption: '',
        coverCredit: source.coverCredit,
        slugProvisional: true,
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
