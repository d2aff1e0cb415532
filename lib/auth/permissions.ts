import type { UserRole } from '@/db/schema';

/**
 * What each role may do. Every admin page, server action and data-layer write asks this table,
 * so a role's rights are read in one place.
 */
export const PERMISSIONS = {
  'article.create': ['contributor', 'editor', 'admin'],
  // Contributors edit only their own drafts; checked with the article in hand (canEditArticle).
  'article.edit_any': ['editor', 'admin'],
  'article.submit': ['contributor', 'editor', 'admin'],
  'article.publish': ['editor', 'admin'],
  'article.delete': ['editor', 'admin'],
  'media.upload': ['contributor', 'editor', 'admin'],
  'media.manage': ['editor', 'admin'],
  'taxonomy.manage': ['editor', 'admin'], // sections, tags, authors
  'ticker.manage': ['editor', 'admin'],
  'ads.manage': ['editor', 'admin'],
  'pages.manage': ['editor', 'admin'], // about, contact, legal notice, privacy, charter
  'users.manage': ['admin'],
  'settings.manage': ['admin'],
  'audit.view': ['admin'],
} as const satisfies Record<string, readonly UserRole[]>;

export type Permission = keyof typeof PERMISSIONS;

export function can(role: UserRole, permission: Permission): boolean {
  return (PERMISSIONS[permission] as readonly UserRole[]).includes(role);
}

/** Statuses a contributor may put an article in; the rest (scheduled, published, unpublished) need article.publish. */
export const CONTRIBUTOR_STATUSES = ['draft', 'in_review'] as const;
