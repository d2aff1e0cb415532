import 'server-only';
import { withDb } from '@/db';
import { getArticleDetailById } from '@/lib/data/reader-queries';
import { warmReaderPages } from '@/lib/cache/warm';
import { readerPathsForChange } from '@/lib/cache/warm-paths';
import { expire, tagsForArticleWrite } from '@/lib/data/cache-tags';
import type { AppLocale } from '@/lib/i18n/routing';
import { articlePath } from '@/lib/seo/site';
import type { Actor } from '../actor';
import type { ArticleChange } from './cache-state';
import * as q from './queries';

/*
 * What pages, actions and the scheduler call: each function owns its connection (withDb, labelled
 * admin.articles.*) and every write expires the reader caches it changed.
 */

export { ArticleConflictError, ADMIN_PAGE_SIZE, articleInputSchema, canEditArticle } from './queries';
export type {
  ArticleChange,
  ArticleInput,
  ArticleListFilters,
  ArticleSnapshot,
  EditableArticle,
  MergeSides,
  RevisionToRestore,
  TwinBlock,
  TwinTextDto,
} from './queries';

/**
 * What every article write owes readers, from the editor's actions and the scheduler alike:
 * expire the cached reads it changed, then render the pages they feed again in the background,
 * so the first reader after a publish gets a cached page.
 */
export function afterArticleChange(change: ArticleChange, options: { readYourWrites: boolean }): ArticleChange {
  expire(tagsForArticleWrite(change.before, change.after), options);
  warmReaderPages(readerPathsForChange(change.before, change.after));
  return change;
}

// Read-your-writes: the editor's next look at the reader site already shows the change.
const fromEditor = { readYourWrites: true };

export function listArticles(filters: q.ArticleListFilters) {
  return withDb('admin.articles.list', (db) => q.listArticles(db, filters));
}

export function getArticleForEdit(id: number) {
  return withDb('admin.articles.get', (db) => q.getArticleForEdit(db, id));
}

/** The other-language version's text for the editor's side-by-side view. */
export function getTwinText(id: number) {
  return withDb('admin.articles.twin', (db) => q.getTwinText(db, id));
}

/** The link dialog's internal search: published articles by title, with the path to link to. */
export async function searchLinkTargets(request: { q: string; locale?: AppLocale }) {
  const rows = await withDb('admin.articles.linkTargets', (db) => q.searchLinkTargets(db, request));
  return rows.map((row) => ({ id: row.id, locale: row.locale, title: row.title, path: articlePath(row.locale, row.slug) }));
}

export function articleEditorOptions() {
  return withDb('admin.articles.options', (db) => q.articleEditorOptions(db));
}

/**
 * An article in any state as the reader's components show it, for an editor's preview: never
 * cached, and read on the primary so the editor sees the version they just saved.
 */
export function getArticlePreview(id: number) {
  return withDb('admin.articles.preview', (db) => getArticleDetailById(db, id));
}

export function listRevisions(articleId: number) {
  return withDb('admin.articles.revisions', (db) => q.listRevisions(db, articleId));
}

export function getRevision(articleId: number, revisionId: number) {
  return withDb('admin.articles.revision', (db) => q.getRevision(db, articleId, revisionId));
}

/** The base and current versions of an article whose save lost a race, for the editor's merge. */
export function getMergeSides(actor: Actor, request: Parameters<typeof q.getMergeSides>[2]) {
  return withDb('admin.articles.mergeSides', (db) => q.getMergeSides(db, actor, request));
}

/** An old version's content for the editor to load, unsaved (see revisionToRestore). */
export function revisionToRestore(articleId: number, revisionId: number) {
  return withDb('admin.articles.revisionToRestore', (db) => q.revisionToRestore(db, articleId, revisionId));
}

export function createArticle(actor: Actor, input: Parameters<typeof q.createArticle>[2]) {
  return withDb('admin.articles.create', (db) => q.createArticle(db, actor, input));
}

export function createTranslation(actor: Actor, id: number) {
  return withDb('admin.articles.translate', (db) => q.createTranslation(db, actor, id));
}

export async function saveArticle(actor: Actor, request: Parameters<typeof q.saveArticle>[2]): Promise<ArticleChange> {
  return afterArticleChange(await withDb('admin.articles.save', (db) => q.saveArticle(db, actor, request)), fromEditor);
}

export async function changeStatus(actor: Actor, request: Parameters<typeof q.changeStatus>[2]): Promise<ArticleChange> {
  return afterArticleChange(await withDb('admin.articles.status', (db) => q.changeStatus(db, actor, request)), fromEditor);
}

export async function deleteArticle(actor: Actor, request: Parameters<typeof q.deleteArticle>[2]): Promise<ArticleChange> {
  return afterArticleChange(await withDb('admin.articles.delete', (db) => q.deleteArticle(db, actor, request)), fromEditor);
}


/** The scheduler's tick (a route handler, not an action): expired at once for readers, no read-your-writes. */
export async function publishDueArticles(now?: Date): Promise<ArticleChange[]> {
  const changes = await withDb('admin.articles.publishDue', (db) => q.publishDueArticles(db, now));
  return changes.map((change) => afterArticleChange(change, { readYourWrites: false }));
}
