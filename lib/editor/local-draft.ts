/*
 * The browser's copy of unsaved editor work: what it holds and the decisions about it, apart from
 * IndexedDB (local-draft-store.ts) so they can be tested on their own.
 */

/** What an editor types: the form's fields and the body as ProseMirror JSON. */
export interface DraftContent {
  fields: Record<string, unknown>;
  body: unknown;
}

export interface LocalDraft {
  /** `<user id>:<article id>`: one copy per person and article, so a shared computer never offers one person's text to another. */
  key: string;
  userId: number;
  articleId: number;
  /**
   * The server version the text was written on. Restoring saves against it, so the normal save
   * path reports a conflict when someone else saved the article in between.
   */
  baseVersion: number;
  /** When the copy was last written (ms since the epoch). */
  writtenAt: number;
  content: DraftContent;
}

export function draftKey(userId: number, articleId: number): string {
  return `${userId}:${articleId}`;
}

/** JSON with object keys sorted, so two contents compare equal whatever order their keys were written in. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) => {
    if (!item || typeof item !== 'object' || Array.isArray(item)) return item;
    return Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  });
}

export function sameContent(a: DraftContent, b: DraftContent): boolean {
  return canonicalJson(a) === canonicalJson(b);
}

/**
 * What to do with a copy found when the article opens: offer it when it holds text the server
 * does not have, drop it when the server already has exactly that text (a save landed after the
 * copy was written, e.g. the keepalive save on leaving the page).
 */
export function onOpen(local: LocalDraft | null, server: DraftContent): 'none' | 'offer' | 'drop' {
  if (!local) return 'none';
  return sameContent(local.content, server) ? 'drop' : 'offer';
}

/**
 * After the server confirmed a save of `saved` as `version`: the copy goes when the editor still
 * holds that same text; text typed while the save was on its way is written again, now based on
 * the new version.
 */
export function afterSave(current: DraftContent, saved: DraftContent): 'drop' | 'rewrite' {
  return sameContent(current, saved) ? 'drop' : 'rewrite';
}
