import 'server-only';
import type { ArticleStatus } from '@/db/schema';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import type { Actor } from '../actor';

/** Contributors work on their own drafts and submissions; editors and admins on everything. */
export function canEditArticle(actor: Actor, article: { createdBy: number | null; status: ArticleStatus }): boolean {
  if (can(actor.role, 'article.edit_any')) return true;
  return article.createdBy === actor.id && (article.status === 'draft' || article.status === 'in_review');
}

export function assertCanEdit(actor: Actor, article: { createdBy: number | null; status: ArticleStatus }) {
  if (!canEditArticle(actor, article)) throw new AppError('forbidden', `User ${actor.id} may not edit this article`);
}

/** The workflow: which status each one may move to. */
export const TRANSITIONS: Record<ArticleStatus, ArticleStatus[]> = {
  draft: ['in_review', 'scheduled', 'published'],
  in_review: ['draft', 'scheduled', 'published'],
  scheduled: ['draft', 'published'],
  published: ['unpublished'],
  unpublished: ['draft', 'published', 'scheduled'],
};
