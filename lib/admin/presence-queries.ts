import 'server-only';
import { and, asc, desc, eq, gte, lt, ne, notInArray } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { articlePresence, articles, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { Actor } from './actor';
import { parseInput } from './errors';
import { canEditArticle } from './articles/permissions';

/*
 * Who else has an article open in the editor. Each open editor beats every ~15 s (see the
 * editor's usePresence); a row that has not beaten for PRESENCE_WINDOW_MS is ignored and pruned,
 * so a crashed tab disappears without a leave. Rows live in the database, not in memory, so
 * every server instance sees every editor.
 */

/** Three missed heartbeats: one slow request does not make an editor vanish. */
export const PRESENCE_WINDOW_MS = 45_000;
/** A user opening the same article in many tabs keeps at most this many rows. */
const MAX_TABS_PER_USER = 8;

export const presenceRequestSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  // A random id each editor tab makes for itself: it only tells one user's tabs apart.
  tabId: z.string().regex(/^[A-Za-z0-9-]{8,64}$/),
});
// Raw from the route: parsed here, where the rule lives.
export type PresenceRequest = { articleId: unknown; tabId: unknown };

export interface PresentEditor {
  userId: number;
  name: string;
}

async function assertMayEdit(db: Database, actor: Actor, articleId: number) {
  const [article] = await db.select({ createdBy: articles.createdBy, status: articles.status }).from(articles).where(eq(articles.id, articleId));
  if (!article) throw new AppError('not_found', `Article ${articleId} not found`);
  if (!canEditArticle(actor, article)) throw new AppError('forbidden', `User ${actor.id} may not edit article ${articleId}`);
}

/** The other users with the article open as of `now` (the actor's own tabs are not "others"). */
export async function presentEditors(db: Database, articleId: number, options: { now: Date; exceptUserId: number }): Promise<PresentEditor[]> {
  const since = new Date(options.now.getTime() - PRESENCE_WINDOW_MS);
  const rows = await db
    .selectDistinct({ userId: users.id, name: users.name })
    .from(articlePresence)
    .innerJoin(users, eq(users.id, articlePresence.userId))
    .where(and(eq(articlePresence.articleId, articleId), gte(articlePresence.lastSeen, since), ne(articlePresence.userId, options.exceptUserId)))
    .orderBy(asc(users.name), asc(users.id));
  return rows;
}

/**
 * An editor tab says it still has the article open: its row is upserted (one per user, tab and
 * article), quiet rows everywhere are pruned, and the answer is who else is there.
 */
export async function heartbeat(db: Database, actor: Actor, request: PresenceRequest & { now?: Date }): Promise<PresentEditor[]> {
  const { articleId, tabId } = parseInput(presenceRequestSchema, request);
  const now = request.now ?? new Date();
  await assertMayEdit(db, actor, articleId);
  await db
    .insert(articlePresence)
    .values({ articleId, userId: actor.id, tabId, lastSeen: now })
    .onConflictDoUpdate({ target: [articlePresence.articleId, articlePresence.userId, articlePresence.tabId], set: { lastSeen: now } });
  await prunePresence(db, now);
  const mine = and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, actor.id));
  const newest = db.select({ tabId: articlePresence.tabId }).from(articlePresence).where(mine).orderBy(desc(articlePresence.lastSeen)).limit(MAX_TABS_PER_USER);
  await db.delete(articlePresence).where(and(mine, notInArray(articlePresence.tabId, newest)));
  return presentEditors(db, articleId, { now, exceptUserId: actor.id });
}

/** A tab closed or left the article: its row goes at once rather than when it expires. Only one's own. */
export async function leave(db: Database, actor: Actor, request: PresenceRequest): Promise<void> {
  const { articleId, tabId } = parseInput(presenceRequestSchema, request);
  await db
    .delete(articlePresence)
    .where(and(eq(articlePresence.articleId, articleId), eq(articlePresence.userId, actor.id), eq(articlePresence.tabId, tabId)));
}

/** Drops rows nobody has refreshed within the window; returns how many went. */
export async function prunePresence(db: Database, now: Date): Promise<number> {
  const gone = await db
    .delete(articlePresence)
    .where(lt(articlePresence.lastSeen, new Date(now.getTime() - PRESENCE_WINDOW_MS)))
    .returning({ articleId: articlePresence.articleId });
  return gone.length;
}

