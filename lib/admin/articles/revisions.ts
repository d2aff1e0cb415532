import 'server-only';
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { articleAuthors, articleRevisions, articles, articleTags, tags, users } from '@/db/schema';
import { AppError } from '@/lib/errors';

/*
 * Every version of an article is kept: a snapshot per save, status change or restore (consecutive
 * autosaves by one person collapse into one).
 */

export async function snapshotOf(tx: Pick<Database, 'select'>, id: number) {
  const [row] = await tx.select().from(articles).where(eq(articles.id, id));
  if (!row) throw new AppError('not_found', `Article ${id} not found`);
  const [authorRows, tagRows] = await Promise.all([
    tx.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position)),
    tx.select({ name: tags.name }).from(articleTags).innerJoin(tags, eq(tags.id, articleTags.tagId)).where(eq(articleTags.articleId, id)).orderBy(asc(tags.name)),
  ]);
  return {
    title: row.title,
    summary: row.summary,
    slug: row.slug,
    sectionId: row.sectionId,
    authorIds: authorRows.map((r) => r.id),
    tagNames: tagRows.map((r) => r.name),
    coverId: row.coverId,
    coverAlt: row.coverAlt,
    coverCaption: row.coverCaption,
    coverCredit: row.coverCredit,
    seoTitle: row.seoTitle ?? '',
    seoDescription: row.seoDescription ?? '',
    body: row.body,
    status: row.status,
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}
export type ArticleSnapshot = Awaited<ReturnType<typeof snapshotOf>>;

export async function recordRevision(tx: Tx, articleId: number, version: number, reason: 'save' | 'autosave' | 'status' | 'restore' | 'create', userId: number | null) {
  const snapshot = await snapshotOf(tx, articleId);
  if (reason === 'autosave') {
    // Consecutive autosaves by one person collapse into one revision, so history stays readable.
    const [last] = await tx
      .select({ id: articleRevisions.id, reason: articleRevisions.reason, userId: articleRevisions.userId })
      .from(articleRevisions)
      .where(eq(articleRevisions.articleId, articleId))
      .orderBy(desc(articleRevisions.version))
      .limit(1);
    if (last && last.reason === 'autosave' && last.userId === userId) {
      await tx.update(articleRevisions).set({ version, snapshot, createdAt: new Date() }).where(eq(articleRevisions.id, last.id));
      return;
    }
  }
  await tx.insert(articleRevisions).values({ articleId, version, snapshot, reason, userId });
}

export async function listRevisions(db: Database, articleId: number) {
  return db
    .select({ id: articleRevisions.id, version: articleRevisions.version, reason: articleRevisions.reason, createdAt: articleRevisions.createdAt, userName: users.name })
    .from(articleRevisions)
    .leftJoin(users, eq(users.id, articleRevisions.userId))
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.version))
    .limit(200);
}

export async function getRevision(db: Database, articleId: number, revisionId: number) {
  const [row] = await db
    .select()
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.id, revisionId)));
  return row ? { ...row, snapshot: row.snapshot as ArticleSnapshot } : null;
}
