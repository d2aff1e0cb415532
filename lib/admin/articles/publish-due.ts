import 'server-only';
import { and, eq, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articles } from '@/db/schema';
import { audit } from '@/lib/audit';
import { cacheState, type ArticleChange } from './cache-state';
import { recordRevision } from './revisions';

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
