import { randomBytes } from 'node:crypto';
import { and, asc, eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, expect } from 'vitest';
import type { Database } from '@/db/client';
import { articleRevisions, articles, auditLog, authors, sections, tags, users, type ArticleStatus, type UserRole } from '@/db/schema';
import type { Actor } from '@/lib/admin/actor';
import { changeStatus, createArticle, getArticleForEdit, revisionToRestore, saveArticle, type ArticleInput } from '@/lib/admin/articles/queries';
import { countUsers, createUser } from '@/lib/admin/users-queries';
import { AppError } from '@/lib/errors';
import type { AppLocale } from '@/lib/i18n/routing';
import { testDb } from './db';

/*
 * Fixtures for the article data-layer tests. The integration database is shared by every test
 * file (some of which load the demo seed), so everything here is created with a per-run suffix
 * and nothing assumes an empty table.
 */

export const PASSWORD = 'correct horse battery staple';

export interface NamedActor extends Actor {
  name: string;
  authorId: number;
}

export interface Newsroom {
  run: string;
  sectionId: number;
  otherSectionId: number;
  authorIds: [number, number, number];
  admin: NamedActor;
  editor: NamedActor;
  editor2: NamedActor;
  contributor: NamedActor;
  contributor2: NamedActor;
}

export function uniqueSuffix(): string {
  return randomBytes(4).toString('hex');
}

export async function createSection(db: Database, label: string): Promise<number> {
  const [row] = await db
    .insert(sections)
    .values({ slugFr: `rubrique-${label}`, slugAr: `qism-${label}`, nameFr: `Rubrique ${label}`, nameAr: `قسم ${label}`, position: 900 })
    .returning({ id: sections.id });
  return row!.id;
}

export async function createAuthor(db: Database, label: string): Promise<number> {
  const [row] = await db
    .insert(authors)
    .values({ slug: `auteur-${label}`, nameFr: `Auteur ${label}`, nameAr: `كاتب ${label}` })
    .returning({ id: authors.id });
  return row!.id;
}

/** An admin to create accounts with: the very first account (actor null) on an empty users table, else an existing admin. */
async function bootstrapAdmin(db: Database, run: string, authorId: number): Promise<NamedActor> {
  const name = `Admin ${run}`;
  if ((await countUsers(db)) === 0) {
    const { id } = await createUser(db, null, { email: `admin-${run}@jarida.test`, name, role: 'admin', password: PASSWORD, authorId });
    return { id, role: 'admin', authorId, name };
  }
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).orderBy(asc(users.id)).limit(1);
  expect(existing, 'an admin account to create test users with').toBeDefined();
  const { id } = await createUser(db, { id: existing!.id, role: 'admin' }, { email: `admin-${run}@jarida.test`, name, role: 'admin', password: PASSWORD, authorId });
  return { id, role: 'admin', authorId, name };
}

/** Two sections, three bylines and five accounts (admin, two editors, two contributors), all new. */
export async function createNewsroom(db: Database, label: string): Promise<Newsroom> {
  const run = `${label}-${uniqueSuffix()}`;
  const sectionId = await createSection(db, run);
  const otherSectionId = await createSection(db, `${run}-b`);
  const authorIds: [number, number, number] = [
    await createAuthor(db, `${run}-1`),
    await createAuthor(db, `${run}-2`),
    await createAuthor(db, `${run}-3`),
  ];
  const admin = await bootstrapAdmin(db, run, authorIds[0]);
  const make = async (role: UserRole, key: string, authorId: number): Promise<NamedActor> => {
    const name = `${key} ${run}`;
    const { id } = await createUser(db, admin, { email: `${key}-${run}@jarida.test`, name, role, password: PASSWORD, authorId });
    return { id, role, authorId, name };
  };
  return {
    run,
    sectionId,
    otherSectionId,
    authorIds,
    admin,
    editor: await make('editor', 'editrice', authorIds[1]),
    editor2: await make('editor', 'editeur', authorIds[2]),
    contributor: await make('contributor', 'pigiste', authorIds[0]),
    contributor2: await make('contributor', 'stagiaire', authorIds[2]),
  };
}

/**
 * Removes what a test file published into the shared database (articles, their sections, bylines
 * and tags), so reader-side tests in other files see only the demo seed. Accounts and the audit
 * trail stay; they are invisible to readers.
 */
export async function removeNewsroom(db: Database, room: Newsroom | undefined, extraSectionIds: number[] = []): Promise<void> {
  if (!room) return;
  const sectionIds = [room.sectionId, room.otherSectionId, ...extraSectionIds];
  await db.delete(articles).where(inArray(articles.sectionId, sectionIds));
  await db.delete(sections).where(inArray(sections.id, sectionIds));
  await db.delete(authors).where(inArray(authors.id, room.authorIds));
  await db.delete(tags).where(like(tags.slug, `%${room.run}%`));
}

/** The form an editor would submit for the article as it is now, with `patch` applied, and the version it was loaded at. */
/**
 * A connection and a fresh newsroom for a test file: created before its tests, removed (with
 * `extraSectionIds`, sections the tests add) and closed after them. Call it at the top of the
 * file: it registers the hooks; `room` is filled in once they have run.
 */
export function newsroomTestDb(label: string, extraSectionIds: number[] = []): { db: Database; room: Newsroom } {
  const handle = testDb();
  const room = {} as Newsroom;
  let created = false;
  beforeAll(async () => {
    Object.assign(room, await createNewsroom(handle.db, label));
    created = true;
  });
  afterAll(async () => {
    if (created) await removeNewsroom(handle.db, room, extraSectionIds);
    await handle.close();
  });
  return { db: handle.db, room };
}

// The form fields the edit view carries as they are (the SEO ones come as null when empty).
const FORM_FIELDS = ['title', 'summary', 'slug', 'sectionId', 'authorIds', 'tagNames', 'coverId', 'coverAlt', 'coverCaption', 'coverCredit', 'body'] as const;

/** The article's editor form as the edit view fills it, with `patch` applied, and its version. */
export async function loadForm(db: Database, id: number, patch: Partial<ArticleInput> = {}): Promise<{ version: number; input: ArticleInput }> {
  const article = await getArticleForEdit(db, id);
  expect(article, `article ${id}`).not.toBeNull();
  const a = article!;
  const same = Object.fromEntries(FORM_FIELDS.map((key) => [key, a[key]])) as Pick<ArticleInput, (typeof FORM_FIELDS)[number]>;
  return { version: a.version, input: { ...same, seoTitle: a.seoTitle ?? '', seoDescription: a.seoDescription ?? '', ...patch } };
}

/** Loads the current version and saves it with `patch`, as `actor`. */
export async function edit(db: Database, actor: Actor, id: number, patch: Partial<ArticleInput>, reason?: 'save' | 'autosave') {
  const { version, input } = await loadForm(db, id, patch);
  return saveArticle(db, actor, { id, expectedVersion: version, input, reason });
}

/**
 * A restore as the editor does it: load the old version (nothing written), then save it; until
 * that save, readers still see the current version.
 */
export async function restoreRevision(db: Database, actor: Actor, request: { id: number; revisionId: number; expectedVersion: number }) {
  const revision = await revisionToRestore(db, request.id, request.revisionId);
  if (!revision) throw new AppError('not_found', `Revision ${request.revisionId} not found`);
  return saveArticle(db, actor, { id: request.id, expectedVersion: request.expectedVersion, input: revision.input, restoredFrom: revision.version });
}

export async function currentVersion(db: Database, id: number): Promise<number> {
  return (await getArticleForEdit(db, id))!.version;
}

/** Moves an article to `to` as `actor`, from whatever version it is at. */
export async function move(db: Database, actor: Actor, id: number, to: ArticleStatus, options: { publishAt?: Date; now?: Date } = {}) {
  return changeStatus(db, actor, { id, expectedVersion: await currentVersion(db, id), to, ...options });
}

const FUTURE = 3_600_000;

/**
 * An article created by `owner`, then brought to `status` (by `setup`, an admin, for the steps
 * a contributor may not take). Returns its id.
 */
export async function articleIn(
  db: Database,
  owner: Actor,
  setup: Actor,
  status: ArticleStatus,
  options: { title?: string; locale?: AppLocale; sectionId: number },
): Promise<number> {
  const { id } = await createArticle(db, owner, { locale: options.locale ?? 'fr', title: options.title ?? `Article ${uniqueSuffix()}`, sectionId: options.sectionId });
  if (status === 'in_review') await move(db, setup, id, 'in_review');
  if (status === 'scheduled') await move(db, setup, id, 'scheduled', { publishAt: new Date(Date.now() + FUTURE) });
  if (status === 'published' || status === 'unpublished') await move(db, setup, id, 'published');
  if (status === 'unpublished') await move(db, setup, id, 'unpublished');
  return id;
}

/** Awaits a promise that must reject and returns the error. */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the call succeeded');
}

/** Awaits a promise that must reject with an error of `type`, and returns that error. */
export async function rejectionOf<E>(promise: Promise<unknown>, type: abstract new (...args: never[]) => E): Promise<E> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(type);
  return error as E;
}

export async function expectAppError(promise: Promise<unknown>, code: AppError['code']): Promise<AppError> {
  const error = await rejection(promise);
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code, (error as Error).message).toBe(code);
  return error as AppError;
}

export async function revisionCount(db: Database, articleId: number): Promise<number> {
  return (await db.select({ id: articleRevisions.id }).from(articleRevisions).where(eq(articleRevisions.articleId, articleId))).length;
}

export async function auditActions(db: Database, articleId: number) {
  return db
    .select({ action: auditLog.action, userId: auditLog.userId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, 'article'), eq(auditLog.entityId, String(articleId))))
    .orderBy(asc(auditLog.id));
}
