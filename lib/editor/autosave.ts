/*
 * Which saves happen without the editor asking, shared by the editor (browser) and the keepalive
 * route (server), so both apply one rule.
 */

/**
 * Only drafts and submissions save on their own (after a pause, on leaving a field or the page):
 * readers never see them, so a half-typed sentence cannot reach the site. A published, scheduled or
 * unpublished article changes only when the editor presses a button; until then its text is kept
 * in the browser's local copy and the page warns before it is left.
 */
export const AUTOSAVED_STATUSES = ['draft', 'in_review'] as const;

export function autosaves(status: string): boolean {
  return (AUTOSAVED_STATUSES as readonly string[]).includes(status);
}

/**
 * Browsers refuse a `keepalive` request once the bodies of those in flight pass 64 KiB. A larger
 * article is not sent while the page goes away: its local copy (IndexedDB) keeps it instead, and
 * the route refuses anything larger.
 */
export const KEEPALIVE_BODY_LIMIT = 64 * 1024;
