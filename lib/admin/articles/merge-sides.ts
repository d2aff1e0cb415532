import 'server-only';
import { and, asc, eq, gt } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articleRevisions, articles, media, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import type { MergeSides, MergeValues } from '@/lib/editor/merge';
import { mediaUrl } from '@/lib/storage/media-root';
import type { Actor } from '../actor';
import { assertCanEdit } from './permissions';
import { snapshotOf, type ArticleSnapshot } from './revisions';

/*
 * What an editor whose save lost a race needs to merge (lib/editor/merge.ts): the version they
 * started from, as its revision kept it, and the version the server holds now, with who saved
 * since and when.
 */

export type { MergeSides };

function mergeValuesOf(snapshot: ArticleSnapshot): MergeValues {
  const { status: _status, publishedAt: _publishedAt, ...values } = snapshot;
  return values;
}

export async function getMergeSides(db: Database, actor: Actor, request: { id: number; baseVersion: number }): Promise<MergeSides> {
  return db.transaction(async (tx) => {
    // Locked for share: the snapshot and its version are read as one, never half of a later save.
    const [current] = await tx
      .select({ version: articles.version, updatedAt: articles.updatedAt, createdBy: articles.createdBy, status: articles.status, coverId: articles.coverId })
      .from(articles)
      .where(eq(articles.id, request.id))
      .for('share');
    if (!current) throw new AppError('not_found', `Article ${request.id} not found`);
    assertCanEdit(actor, current);
    const theirs = await snapshotOf(tx, request.id);
    const [baseRow] = await tx
      .select({ snapshot: articleRevisions.snapshot })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, request.id), eq(articleRevisions.version, request.baseVersion)));
    const since = await tx
      .select({ name: users.name })
      .from(articleRevisions)
      .innerJoin(users, eq(users.id, articleRevisions.userId))
      .where(and(eq(articleRevisions.articleId, request.id), gt(articleRevisions.version, request.baseVersion)))
      .orderBy(asc(articleRevisions.version));
    const [cover] = current.coverId
      ? await tx.select({ id: media.id, storageKey: media.storageKey, width: media.width, height: media.height }).from(media).where(eq(media.id, current.coverId))
      : [];
    return {
      version: current.version,
      updatedAt: current.updatedAt.toISOString(),
      changedBy: [...new Set(since.map((row) => row.name))],
      base: baseRow ? mergeValuesOf(baseRow.snapshot as ArticleSnapshot) : null,
      theirs: mergeValuesOf(theirs),
      theirsCover: cover ? { id: cover.id, url: mediaUrl(cover.storageKey), width: cover.width, height: cover.height } : null,
    };
  });
}
