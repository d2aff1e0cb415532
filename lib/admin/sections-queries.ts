import 'server-only';
import { asc, count, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { articles, sections } from '@/db/schema';
import { audit } from '@/lib/audit';
import { assertCan, type Actor } from './actor';
import { parseInput } from './errors';
import { assertNoArticles, assertSlugFree, insertRow, linkedArticleIds, lockRow, slugTransaction, updateRow } from './rows';
import { fields } from './validation';

export const sectionSchema = z.object({
  slugFr: fields.slug(),
  slugAr: fields.slug(),
  nameFr: fields.requiredText(80),
  nameAr: fields.requiredText(80),
  descriptionFr: fields.text(500).default(''),
  descriptionAr: fields.text(500).default(''),
  position: z.coerce.number().int().min(0).max(999).default(0),
});
export type SectionInput = z.input<typeof sectionSchema>;

/** A section as the newsroom shows and edits it. */
export interface SectionDto {
  id: number;
  slugFr: string;
  slugAr: string;
  nameFr: string;
  nameAr: string;
  descriptionFr: string;
  descriptionAr: string;
  position: number;
}

const sectionColumns = {
  id: sections.id,
  slugFr: sections.slugFr,
  slugAr: sections.slugAr,
  nameFr: sections.nameFr,
  nameAr: sections.nameAr,
  descriptionFr: sections.descriptionFr,
  descriptionAr: sections.descriptionAr,
  position: sections.position,
};

export async function listSectionsWithCounts(db: Database): Promise<(SectionDto & { articleCount: number })[]> {
  return db
    .select({ ...sectionColumns, articleCount: count(articles.id) })
    .from(sections)
    .leftJoin(articles, eq(articles.sectionId, sections.id))
    .groupBy(sections.id)
    .orderBy(asc(sections.position), asc(sections.id));
}

export async function getSectionById(db: Database, id: number): Promise<SectionDto | null> {
  const [row] = await db.select(sectionColumns).from(sections).where(eq(sections.id, id));
  return row ?? null;
}

const SLUG_INDEXES = { sections_slug_fr_key: 'slugFr', sections_slug_ar_key: 'slugAr' };

/** Slugs are unique per language; say which field is taken rather than failing on the index. */
async function assertSlugsFree(tx: Tx, data: { slugFr: string; slugAr: string }, exceptId?: number): Promise<void> {
  for (const [field, column] of [
    ['slugFr', sections.slugFr],
    ['slugAr', sections.slugAr],
  ] as const) {
    await assertSlugFree(tx, sections, eq(column, data[field]), field, exceptId);
  }
}

export async function createSection(db: Database, actor: Actor, input: SectionInput): Promise<{ id: number }> {
  assertCan(actor, 'taxonomy.manage');
  const data = parseInput(sectionSchema, input);
  return slugTransaction(db, SLUG_INDEXES, async (tx) => {
    await assertSlugsFree(tx, data);
    const id = await insertRow(tx, sections, data);
    await audit(tx, { userId: actor.id, action: 'section.create', entityType: 'section', entityId: id, details: data });
    return { id };
  });
}

/** Returns the section's articles (at most the tag limit + 1): their pages show its name. */
export async function updateSection(db: Database, actor: Actor, id: number, input: SectionInput): Promise<{ articleIds: number[] }> {
  assertCan(actor, 'taxonomy.manage');
  const data = parseInput(sectionSchema, input);
  return slugTransaction(db, SLUG_INDEXES, async (tx) => {
    const before = await lockRow(tx, sections, id, 'section');
    await assertSlugsFree(tx, data, id);
    await updateRow(tx, sections, id, data);
    await audit(tx, { userId: actor.id, action: 'section.update', entityType: 'section', entityId: id, details: { before: pickSection(before), after: data } });
    return { articleIds: await linkedArticleIds(tx, articles, articles.id, articles.sectionId, id) };
  });
}

/** Refused while any article (in any state) is filed under it: articles must be moved first. */
export async function deleteSection(db: Database, actor: Actor, id: number): Promise<void> {
  assertCan(actor, 'taxonomy.manage');
  await db.transaction(async (tx) => {
    const before = await lockRow(tx, sections, id, 'section');
    await assertNoArticles(tx, articles, eq(articles.sectionId, id), 'sections.inUse');
    await tx.delete(sections).where(eq(sections.id, id));
    await audit(tx, { userId: actor.id, action: 'section.delete', entityType: 'section', entityId: id, details: pickSection(before) });
  });
}

function pickSection(row: typeof sections.$inferSelect) {
  const { createdAt: _c, updatedAt: _u, id: _id, ...rest } = row;
  return rest;
}
