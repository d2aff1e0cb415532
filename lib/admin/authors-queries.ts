import 'server-only';
import { asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { articleAuthors, authors, media } from '@/db/schema';
import { audit } from '@/lib/audit';
import { getMediaStorage } from '@/lib/storage/storage';
import { assertCan, type Actor } from './actor';
import { ExpectedError, parseInput } from './errors';
import { mediaExists } from './media-queries';
import { assertNoArticles, assertSlugFree, insertRow, linkedArticleIds, lockRow, slugTransaction, updateRow } from './rows';
import { fields } from './validation';

export const authorSchema = z.object({
  slug: fields.slug(),
  nameFr: fields.requiredText(120),
  nameAr: fields.requiredText(120),
  roleFr: fields.text(120).default(''),
  roleAr: fields.text(120).default(''),
  bioFr: fields.text(2000).default(''),
  bioAr: fields.text(2000).default(''),
  avatarId: fields.optionalId(),
});
export type AuthorInput = z.input<typeof authorSchema>;

/** An author as the newsroom shows and edits it. */
export interface AuthorDto {
  id: number;
  slug: string;
  nameFr: string;
  nameAr: string;
  roleFr: string;
  roleAr: string;
  bioFr: string;
  bioAr: string;
  avatarId: number | null;
}

const authorColumns = {
  id: authors.id,
  slug: authors.slug,
  nameFr: authors.nameFr,
  nameAr: authors.nameAr,
  roleFr: authors.roleFr,
  roleAr: authors.roleAr,
  bioFr: authors.bioFr,
  bioAr: authors.bioAr,
  avatarId: authors.avatarId,
};

export interface AuthorListItem extends AuthorDto {
  articleCount: number;
  avatar: { url: string; width: number; height: number } | null;
}

export async function listAuthors(db: Database): Promise<AuthorListItem[]> {
  const rows = await db
    .select({ author: authorColumns, articleCount: count(articleAuthors.articleId), avatarKey: media.storageKey, avatarWidth: media.width, avatarHeight: media.height })
    .from(authors)
    .leftJoin(articleAuthors, eq(articleAuthors.authorId, authors.id))
    .leftJoin(media, eq(media.id, authors.avatarId))
    .groupBy(authors.id, media.id)
    .orderBy(asc(authors.nameFr), asc(authors.id));
  const storage = getMediaStorage();
  return rows.map((row) => ({
    ...row.author,
    articleCount: row.articleCount,
    avatar: row.avatarKey ? { url: storage.url(row.avatarKey), width: row.avatarWidth!, height: row.avatarHeight! } : null,
  }));
}

export async function getAuthorById(db: Database, id: number): Promise<AuthorDto | null> {
  const [row] = await db.select(authorColumns).from(authors).where(eq(authors.id, id));
  return row ?? null;
}

const SLUG_INDEXES = { authors_slug_unique: 'slug' };

async function checkReferences(tx: Tx, data: z.infer<typeof authorSchema>, exceptId?: number): Promise<void> {
  await assertSlugFree(tx, authors, eq(authors.slug, data.slug), 'slug', exceptId);
  if (data.avatarId !== null && !(await mediaExists(tx, data.avatarId))) {
    throw new ExpectedError('bad_request', 'authors.avatarMissing', { field: 'avatarId' });
  }
}

export async function createAuthor(db: Database, actor: Actor, input: AuthorInput): Promise<{ id: number }> {
  assertCan(actor, 'taxonomy.manage');
  const data = parseInput(authorSchema, input);
  return slugTransaction(db, SLUG_INDEXES, async (tx) => {
    await checkReferences(tx, data);
    const id = await insertRow(tx, authors, data);
    await audit(tx, { userId: actor.id, action: 'author.create', entityType: 'author', entityId: id, details: { slug: data.slug, nameFr: data.nameFr } });
    return { id };
  });
}

/** Returns the author's articles (at most the tag limit + 1): their pages carry the byline. */
export async function updateAuthor(db: Database, actor: Actor, id: number, input: AuthorInput): Promise<{ articleIds: number[] }> {
  assertCan(actor, 'taxonomy.manage');
  const data = parseInput(authorSchema, input);
  return slugTransaction(db, SLUG_INDEXES, async (tx) => {
    const before = await lockRow(tx, authors, id, 'author');
    await checkReferences(tx, data, id);
    await updateRow(tx, authors, id, data);
    const changed = Object.keys(data).filter((key) => data[key as keyof typeof data] !== before[key as keyof typeof before]);
    await audit(tx, { userId: actor.id, action: 'author.update', entityType: 'author', entityId: id, details: { changed } });
    return { articleIds: await linkedArticleIds(tx, articleAuthors, articleAuthors.articleId, articleAuthors.authorId, id) };
  });
}

/** Refused while any article names them: a byline must be replaced in the article first. */
export async function deleteAuthor(db: Database, actor: Actor, id: number): Promise<void> {
  assertCan(actor, 'taxonomy.manage');
  await db.transaction(async (tx) => {
    const before = await lockRow(tx, authors, id, 'author');
    await assertNoArticles(tx, articleAuthors, eq(articleAuthors.authorId, id), 'authors.inUse');
    await tx.delete(authors).where(eq(authors.id, id));
    await audit(tx, { userId: actor.id, action: 'author.delete', entityType: 'author', entityId: id, details: { slug: before.slug, nameFr: before.nameFr } });
  });
}
