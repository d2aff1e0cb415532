import 'server-only';
import { and, asc, count, eq, ilike, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { articleTags, tags } from '@/db/schema';
import { audit } from '@/lib/audit';
import { assertCan, type Actor } from './actor';
import { parseInput } from './errors';
import { assertSlugFree, insertRow, linkedArticleIds, lockRow, slugTransaction, updateRow } from './rows';
import { fields } from './validation';
import { pageOf } from './paging';

/** Tags belong to one language: a French and an Arabic tag are separate rows. */
export const tagSchema = z.object({
  locale: fields.locale(),
  slug: fields.slug(),
  name: fields.requiredText(80),
});
export type TagInput = z.input<typeof tagSchema>;

export const TAG_PAGE_SIZE = 50;

/** A tag as the newsroom shows and edits it. */
export interface TagDto {
  id: number;
  locale: 'fr' | 'ar';
  slug: string;
  name: string;
}

const tagColumns = { id: tags.id, locale: tags.locale, slug: tags.slug, name: tags.name };

export async function listTags(
  db: Database,
  input: { locale?: 'fr' | 'ar' | null; q?: string; page?: number },
): Promise<{ items: (TagDto & { articleCount: number })[]; page: number; pages: number; total: number }> {
  const conditions: SQL[] = [];
  if (input.locale) conditions.push(eq(tags.locale, input.locale));
  const q = (input.q ?? '').trim().slice(0, 100);
  if (q) {
    const pattern = `%${q.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    conditions.push(or(ilike(tags.name, pattern), ilike(tags.slug, pattern))!);
  }
  const where = conditions.length ? and(...conditions) : undefined;
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(tags).where(where);
  const { page, pages, offset } = pageOf(total, input.page, TAG_PAGE_SIZE);
  const rows = await db
    .select({ ...tagColumns, articleCount: count(articleTags.articleId) })
    .from(tags)
    .leftJoin(articleTags, eq(articleTags.tagId, tags.id))
    .where(where)
    .groupBy(tags.id)
    .orderBy(asc(tags.locale), asc(tags.name), asc(tags.id))
    .limit(TAG_PAGE_SIZE)
    .offset(offset);
  return { items: rows, page, pages, total };
}

export async function getTagById(db: Database, id: number): Promise<TagDto | null> {
  const [row] = await db.select(tagColumns).from(tags).where(eq(tags.id, id));
  return row ?? null;
}

const SLUG_INDEXES = { tags_locale_slug_key: 'slug' };

/** A slug is unique within its language. */
function sameSlug(data: { locale: 'fr' | 'ar'; slug: string }) {
  return and(eq(tags.locale, data.locale), eq(tags.slug, data.slug))!;
}

export async function createTag(db: Database, actor: Actor, input: TagInput): Promise<{ id: number }> {
  assertCan(actor, 'taxonomy.manage');
  const data = parseInput(tagSchema, input);
  return slugTransaction(db, SLUG_INDEXES, async (tx) => {
    await assertSlugFree(tx, tags, sameSlug(data), 'slug');
    const id = await insertRow(tx, tags, data);
    await audit(tx, { userId: actor.id, action: 'tag.create', entityType: 'tag', entityId: id, details: data });
    return { id };
  });
}

/** Returns the articles carrying the tag (at most the tag limit + 1): their pages link to it by name. */
export async function updateTagRow(db: Database, actor: Actor, id: number, input: TagInput): Promise<{ articleIds: number[] }> {
  assertCan(actor, 'taxonomy.manage');
  const data = parseInput(tagSchema, input);
  return slugTransaction(db, SLUG_INDEXES, async (tx) => {
    const before = await lockRow(tx, tags, id, 'tag');
    await assertSlugFree(tx, tags, sameSlug(data), 'slug', id);
    await updateRow(tx, tags, id, data);
    await audit(tx, {
      userId: actor.id,
      action: 'tag.update',
      entityType: 'tag',
      entityId: id,
      details: { before: { locale: before.locale, slug: before.slug, name: before.name }, after: data },
    });
    return { articleIds: await linkedArticleIds(tx, articleTags, articleTags.articleId, articleTags.tagId, id) };
  });
}

/** Allowed while in use: the article links go with it (cascade); returns those articles. */
export async function deleteTag(db: Database, actor: Actor, id: number): Promise<{ articleIds: number[] }> {
  assertCan(actor, 'taxonomy.manage');
  return db.transaction(async (tx) => {
    const before = await lockRow(tx, tags, id, 'tag');
    const articleIds = await linkedArticleIds(tx, articleTags, articleTags.articleId, articleTags.tagId, id);
    await tx.delete(tags).where(eq(tags.id, id));
    await audit(tx, { userId: actor.id, action: 'tag.delete', entityType: 'tag', entityId: id, details: { locale: before.locale, slug: before.slug, name: before.name, articles: articleIds.length } });
    return { articleIds };
  });
}
