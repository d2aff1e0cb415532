import 'server-only';
import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { PAGE_KINDS, pages, type PageKind } from '@/db/schema';
import { audit } from '@/lib/audit';
import type { PageTagState } from '@/lib/data/cache-tags';
import { parseRichDocument, type RichDocument } from '@/lib/rich-text';
import { assertCan, type Actor } from './actor';
import { assertBodyImagesExist, bodyImageKeys } from './articles/body-images';
import { ExpectedError, parseInput } from './errors';
import { assertSlugFree, insertRow, lockRow, slugTransaction, updateRow } from './rows';
import { fields } from './validation';

export { PAGE_KINDS, type PageKind };

/**
 * The body: the editor's JSON, from the form as a string (a hidden field) or already parsed (a
 * collection action hands its parsed input to the write, which parses again). Never trusted:
 * reduced to the nodes and marks the reader renders (lib/rich-text.ts), like an article's.
 */
const bodyField = z.unknown().transform((value, context): RichDocument => {
  let doc = value;
  if (typeof value === 'string') {
    try {
      if (value.length > 500_000) throw new RangeError('body too long');
      doc = value.trim() === '' ? { type: 'doc', content: [] } : JSON.parse(value);
    } catch {
      context.addIssue({ code: 'custom', message: 'format' });
      return z.NEVER;
    }
  }
  // Before sanitising, which would drop them silently: a picture from elsewhere is refused by name.
  bodyImageKeys(doc);
  return parseRichDocument(doc);
});

export const pageSchema = z.object({
  kind: z.enum(PAGE_KINDS),
  locale: fields.locale(),
  slug: fields.slug(),
  title: fields.requiredText(120),
  description: fields.text(300).default(''),
  body: bodyField,
  position: z.coerce.number().int().min(0).max(999).default(0),
});
export type PageInput = z.input<typeof pageSchema>;

/** A publisher page as the newsroom lists it. */
export interface PageRowDto {
  id: number;
  kind: PageKind;
  locale: 'fr' | 'ar';
  slug: string;
  title: string;
  position: number;
  updatedAt: Date;
}

/** A publisher page as the newsroom edits it. */
export interface PageDto extends PageRowDto {
  description: string;
  body: RichDocument;
}

const rowColumns = {
  id: pages.id,
  kind: pages.kind,
  locale: pages.locale,
  slug: pages.slug,
  title: pages.title,
  position: pages.position,
  updatedAt: pages.updatedAt,
};

export async function listPages(db: Database): Promise<PageRowDto[]> {
  return db.select(rowColumns).from(pages).orderBy(asc(pages.position), asc(pages.kind), asc(pages.locale));
}

export async function getPageById(db: Database, id: number): Promise<PageDto | null> {
  const [row] = await db
    .select({ ...rowColumns, description: pages.description, body: pages.body })
    .from(pages)
    .where(eq(pages.id, id));
  return row ? { ...row, body: parseRichDocument(row.body) } : null;
}

const SLUG_INDEXES = { pages_locale_slug_key: 'slug', pages_kind_locale_key: 'kind' };

type PageData = z.output<typeof pageSchema>;

/** Slugs are unique per language, and each kind has one page per language. */
async function assertFree(tx: Tx, data: PageData, exceptId?: number): Promise<void> {
  await assertSlugFree(tx, pages, and(eq(pages.locale, data.locale), eq(pages.slug, data.slug))!, 'slug', exceptId);
  const [twin] = await tx
    .select({ id: pages.id })
    .from(pages)
    .where(and(eq(pages.kind, data.kind), eq(pages.locale, data.locale)));
  if (twin && twin.id !== exceptId) throw new ExpectedError('conflict', 'pages.kindTaken', { field: 'kind' });
}

/** Body images must be media library files that still exist, as in articles. */
async function assertBodyImages(tx: Tx, body: RichDocument): Promise<void> {
  await assertBodyImagesExist(tx, bodyImageKeys(body));
}

const tagState = (row: { kind: string; locale: 'fr' | 'ar'; slug: string; title: string; position: number }): PageTagState => ({
  kind: row.kind,
  locale: row.locale,
  slug: row.slug,
  title: row.title,
  position: row.position,
});

/** What a write changed, for the reader caches it expires (lib/data/cache-tags.ts). */
export interface PageChange {
  id: number;
  before: PageTagState | null;
  after: PageTagState | null;
}

export async function createPage(db: Database, actor: Actor, input: PageInput): Promise<PageChange> {
  assertCan(actor, 'pages.manage');
  const data = parseInput(pageSchema, input);
  return slugTransaction(db, SLUG_INDEXES, async (tx) => {
    await assertFree(tx, data);
    await assertBodyImages(tx, data.body);
    const id = await insertRow(tx, pages, { ...data, updatedBy: actor.id });
    await audit(tx, { userId: actor.id, action: 'page.create', entityType: 'page', entityId: id, details: pickAudit(data) });
    return { id, before: null, after: tagState(data) };
  });
}

export async function updatePage(db: Database, actor: Actor, id: number, input: PageInput, now = new Date()): Promise<PageChange> {
  assertCan(actor, 'pages.manage');
  const data = parseInput(pageSchema, input);
  return slugTransaction(db, SLUG_INDEXES, async (tx) => {
    const before = await lockRow(tx, pages, id, 'page');
    await assertFree(tx, data, id);
    await assertBodyImages(tx, data.body);
    await updateRow(tx, pages, id, { ...data, updatedBy: actor.id }, now);
    await audit(tx, { userId: actor.id, action: 'page.update', entityType: 'page', entityId: id, details: { before: pickAudit(before), after: pickAudit(data) } });
    return { id, before: tagState(before), after: tagState(data) };
  });
}

export async function deletePage(db: Database, actor: Actor, id: number): Promise<PageChange> {
  assertCan(actor, 'pages.manage');
  return db.transaction(async (tx) => {
    const before = await lockRow(tx, pages, id, 'page');
    await tx.delete(pages).where(eq(pages.id, id));
    await audit(tx, { userId: actor.id, action: 'page.delete', entityType: 'page', entityId: id, details: pickAudit(before) });
    return { id, before: tagState(before), after: null };
  });
}

// The body stays out of the audit log: the fields that identify the page are enough to trace a change.
function pickAudit(row: { kind: string; locale: string; slug: string; title: string; position: number }) {
  return { kind: row.kind, locale: row.locale, slug: row.slug, title: row.title, position: row.position };
}
