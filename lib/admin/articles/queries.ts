import 'server-only';

/*
 * The articles' plain (db, …) functions, for the integration tests and for index.ts, which is
 * what pages, actions and the scheduler call.
 */

export { ArticleConflictError, changeStatus, createArticle, createTranslation, deleteArticle, saveArticle } from './writes';
export {
  ADMIN_PAGE_SIZE,
  articleEditorOptions,
  findSlugRedirect,
  getArticleForEdit,
  getTwinText,
  listArticles,
  searchLinkTargets,
  type ArticleListFilters,
  type EditableArticle,
  type TwinBlock,
  type TwinTextDto,
} from './reads';
export { getRevision, listRevisions, revisionToRestore, type ArticleSnapshot, type RevisionToRestore } from './revisions';
export { publishDueArticles } from './publish-due';
export { getMergeSides, type MergeSides } from './merge-sides';
export { canEditArticle } from './permissions';
export { articleInputSchema, type ArticleInput } from './schema';
export type { ArticleCacheState, ArticleChange } from './cache-state';
