import 'server-only';
import { and, asc, desc, eq, inArray, lte, sql } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { articleAuthors, articleRevisions, articles, articleTags, authors, media, tags, users } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { bodyImageSources, mediaKeyOfSrc, parseRichDocument } from '@/lib/rich-text';
import { mediaUrl } from '@/lib/storage/media-root';
import { ExpectedError } from '../errors';
import { assertBodyImagesExist, withoutImages } from './body-images';
import type { ArticleInput } from './schema';

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

/*
 * Revisions are numbered 1, 2, 3… in order, not by the article version they hold: versions count
 * every write (the optimistic lock), and a run of autosaves collapses into one revision that
 * takes the run's last version, so numbering by version left gaps ("Version 2" vanished when the
 * first autosave of a run was followed by another).
 */
const revisionNumber = sql<number>`(row_number() over (partition by ${articleRevisions.articleId} order by ${articleRevisions.version}))::int`;

export async function listRevisions(db: Database, articleId: number) {
  return db
    .select({
      id: articleRevisions.id,
      version: articleRevisions.version,
      number: revisionNumber,
      reason: articleRevisions.reason,
      createdAt: articleRevisions.createdAt,
      userName: users.name,
    })
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
  if (!row) return null;
  const [{ number } = { number: 0 }] = await db
    .select({ number: sql<number>`count(*)::int` })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), lte(articleRevisions.version, row.version)));
  return { ...row, number, snapshot: row.snapshot as ArticleSnapshot };
}

/**
 * An old version as the editor would load it to restore it: nothing is written (the article
 * table holds the one content readers see, so a restore only goes live when the editor saves or
 * publishes it). The revision may name a cover or bylines deleted since: it comes back without
 * them (as deleting a medium does to articles), keeping the current bylines if none of the old
 * ones is left; pictures a save now refuses (another site's, or gone from the library) are dropped.
 * `live` is the article as it stands, for the diff the editor shows.
 */
export async function revisionToRestore(db: Database, articleId: number, revisionId: number) {
  const revision = await getRevision(db, articleId, revisionId);
  if (!revision) return null;
  const snap = revision.snapshot;
  const [cover] = snap.coverId
    ? await db.select({ id: media.id, key: media.storageKey, width: media.width, height: media.height }).from(media).where(eq(media.id, snap.coverId))
    : [];
  const live = snap.authorIds.length ? (await db.select({ id: authors.id }).from(authors).where(inArray(authors.id, snap.authorIds))).map((r) => r.id) : [];
  let authorIds = snap.authorIds.filter((id) => live.includes(id));
  if (!authorIds.length) {
    authorIds = (await db.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, articleId)).orderBy(asc(articleAuthors.position))).map((r) => r.id);
  }
  const parsed = parseRichDocument(snap.body);
  const keys = [...new Set(bodyImageSources(parsed).map(mediaKeyOfSrc).filter((key): key is string => key !== null))];
  const missing = new Set<string>();
  for (const key of keys) {
    await assertBodyImagesExist(db, [key]).catch((error: unknown) => {
      if (!(error instanceof ExpectedError)) throw error;
      missing.add(key);
    });
  }
  const input: ArticleInput = {
    title: snap.title,
    summary: snap.summary,
    slug: snap.slug,
    sectionId: snap.sectionId,
    authorIds,
    tagNames: snap.tagNames,
    coverId: cover?.id ?? null,
    coverAlt: snap.coverAlt,
    coverCaption: snap.coverCaption,
    coverCredit: snap.coverCredit,
    seoTitle: snap.seoTitle,
    seoDescription: snap.seoDescription,
    body: missing.size ? withoutImages(parsed, missing) : parsed,
  };
  return {
    id: revision.id,
    version: revision.version,
    number: revision.number,
    input,
    cover: cover ? { id: cover.id, url: mediaUrl(cover.key), width: cover.width, height: cover.height } : null,
    live: await snapshotOf(db, articleId),
  };
}
export type RevisionToRestore = NonNullable<Awaited<ReturnType<typeof revisionToRestore>>>;
