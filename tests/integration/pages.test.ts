import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLog, pages } from '@/db/schema';
import { PAGES } from '@/demo/seed-data/pages';
import { ExpectedError, InvalidInputError } from '@/lib/admin/errors';
import { createPage, deletePage, getPageById, listPages, updatePage, type PageInput } from '@/lib/admin/pages-queries';
import { getPageBySlug, listPageLinks } from '@/lib/data/pages-queries';
import { AppError } from '@/lib/errors';
import { parseRichDocument } from '@/lib/rich-text';
import { rejectionOf } from './support/articles';
import { contentTestDb } from './support/content';

const { db, actors } = contentTestDb();
const refusal = (promise: Promise<unknown>) => rejectionOf(promise, ExpectedError);

// The table holds one page per kind and language: the file works on an empty table and puts
// back what was there (the demo's pages, when the database was seeded) afterwards.
let saved: (typeof pages.$inferSelect)[] = [];
beforeAll(async () => {
  saved = await db.select().from(pages);
  await db.delete(pages);
});
afterAll(async () => {
  await db.delete(pages);
  if (saved.length) await db.insert(pages).values(saved);
});

const body = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
/** The same document as stored: sanitised (lib/rich-text.ts adds the paragraphs' direction). */
const stored = (text: string) => parseRichDocument(body(text));

const pageId = async (kind: 'about' | 'contact', locale: 'fr' | 'ar') => {
  const [row] = await db.select({ id: pages.id }).from(pages).where(and(eq(pages.kind, kind), eq(pages.locale, locale)));
  return row!.id;
};

const input = (overrides: Partial<PageInput> = {}): PageInput => ({
  kind: 'about',
  locale: 'fr',
  slug: 'a-propos',
  title: 'À propos',
  description: 'Qui nous sommes.',
  body: JSON.stringify(body('Un journal de Casablanca.')),
  position: 1,
  ...overrides,
});

describe(`publisher pages (${inject('databaseKind')})`, () => {
  it('creates a page from the form (body as JSON text), audits it, and the reader reads it', async () => {
    const { id, before, after } = await createPage(db, actors.editor, input({ slug: '  A-Propos ' }));
    expect(before).toBeNull();
    expect(after).toEqual({ kind: 'about', locale: 'fr', slug: 'a-propos', title: 'À propos', position: 1 });
    const row = await getPageById(db, id);
    expect(row).toMatchObject({ kind: 'about', locale: 'fr', slug: 'a-propos', description: 'Qui nous sommes.' });
    expect(row!.body).toEqual(stored('Un journal de Casablanca.'));
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityType, 'page'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ action: 'page.create', userId: actors.editor.id });

    const read = await getPageBySlug(db, 'fr', 'a-propos');
    expect(read).toMatchObject({ id, kind: 'about', title: 'À propos', twin: null });
    expect(await getPageBySlug(db, 'ar', 'a-propos')).toBeNull();
    expect(await getPageBySlug(db, 'fr', 'inconnue')).toBeNull();
  });

  it('links a page to its twin in the other language, both ways', async () => {
    await createPage(db, actors.editor, input({ locale: 'ar', slug: 'man-nahnu', title: 'من نحن' }));
    expect((await getPageBySlug(db, 'fr', 'a-propos'))!.twin).toEqual({ slug: 'man-nahnu' });
    expect((await getPageBySlug(db, 'ar', 'man-nahnu'))!.twin).toEqual({ slug: 'a-propos' });
  });

  it('keeps slugs unique per language, and one page of each kind per language', async () => {
    expect(await refusal(createPage(db, actors.editor, input({ kind: 'contact' })))).toMatchObject({ code: 'conflict', field: 'slug', messageKey: 'errors.slugTaken' });
    // The same slug in the other language is another address.
    const { id } = await createPage(db, actors.editor, input({ kind: 'contact', locale: 'ar', slug: 'a-propos', title: 'اتصل بنا' }));
    expect(await refusal(createPage(db, actors.editor, input({ slug: 'qui-sommes-nous' })))).toMatchObject({ code: 'conflict', field: 'kind', messageKey: 'pages.kindTaken' });
    expect(await refusal(updatePage(db, actors.editor, id, input({ kind: 'contact', locale: 'ar', slug: 'man-nahnu' })))).toMatchObject({ field: 'slug' });
    expect(await refusal(updatePage(db, actors.editor, id, input({ kind: 'about', locale: 'ar', slug: 'ittisal' })))).toMatchObject({ field: 'kind' });
    await deletePage(db, actors.editor, id);
  });

  it('updates a page: new slug, title and body reach the reader, the old address is gone', async () => {
    const id = await pageId('about', 'fr');
    const when = new Date('2031-05-04T10:00:00Z');
    const change = await updatePage(db, actors.editor, id, input({ slug: 'qui-sommes-nous', title: 'Qui sommes-nous', body: body('Texte revu.'), position: 7 }), when);
    expect(change.before).toMatchObject({ slug: 'a-propos', title: 'À propos', position: 1 });
    expect(change.after).toMatchObject({ slug: 'qui-sommes-nous', title: 'Qui sommes-nous', position: 7 });
    expect(await getPageBySlug(db, 'fr', 'a-propos')).toBeNull();
    const read = await getPageBySlug(db, 'fr', 'qui-sommes-nous');
    expect(read).toMatchObject({ title: 'Qui sommes-nous', body: stored('Texte revu.'), updatedAt: when.toISOString() });
    expect((await getPageBySlug(db, 'ar', 'man-nahnu'))!.twin).toEqual({ slug: 'qui-sommes-nous' });
    expect((await getPageById(db, id))!.updatedAt.toISOString()).toBe(when.toISOString());
  });

  it('sanitises the body and refuses pictures from outside the media library', async () => {
    const id = await pageId('about', 'ar');
    const hostile = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'رابط', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'script', content: [] },
      ],
    };
    await updatePage(db, actors.editor, id, input({ locale: 'ar', slug: 'man-nahnu', title: 'من نحن', body: JSON.stringify(hostile) }));
    const row = await getPageById(db, id);
    expect(JSON.stringify(row!.body)).not.toMatch(/javascript|script/);
    expect(row!.body.content).toHaveLength(1);

    const picture = { type: 'doc', content: [{ type: 'image', attrs: { src: 'https://tracker.example/pixel.png', alt: '', caption: '' } }] };
    expect(await refusal(updatePage(db, actors.editor, id, input({ locale: 'ar', slug: 'man-nahnu', body: picture })))).toMatchObject({ field: 'body', messageKey: 'errors.imageSource' });
    const error = await createPage(db, actors.editor, input({ kind: 'legal', slug: 'mentions', body: '{not json' })).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((issue) => issue.path.join('.'))).toEqual(['body']);
  });

  it('lists pages in footer order per language, and in the newsroom', async () => {
    await createPage(db, actors.admin, input({ kind: 'contact', slug: 'contact', title: 'Contact', position: 2 }));
    expect((await listPageLinks(db, 'fr')).map((link) => [link.kind, link.slug])).toEqual([
      ['contact', 'contact'],
      ['about', 'qui-sommes-nous'],
    ]);
    expect((await listPageLinks(db, 'ar')).map((link) => link.slug)).toEqual(['man-nahnu']);
    expect((await listPages(db)).map((row) => `${row.locale}:${row.slug}`)).toEqual(['ar:man-nahnu', 'fr:contact', 'fr:qui-sommes-nous']);
  });

  it('refuses contributors every write, and a missing page is a 404', async () => {
    const id = await pageId('contact', 'fr');
    const forbidden = (promise: Promise<unknown>) => rejectionOf(promise, AppError);
    expect(await forbidden(createPage(db, actors.contributor, input({ kind: 'charter', slug: 'charte' })))).toMatchObject({ code: 'forbidden' });
    expect(await forbidden(updatePage(db, actors.contributor, id, input({ kind: 'contact', slug: 'contact' })))).toMatchObject({ code: 'forbidden' });
    expect(await forbidden(deletePage(db, actors.contributor, id))).toMatchObject({ code: 'forbidden' });
    expect(await getPageById(db, id)).not.toBeNull();
    expect(await forbidden(updatePage(db, actors.editor, 999_999, input()))).toMatchObject({ code: 'not_found' });
    const change = await deletePage(db, actors.admin, id);
    expect(change).toMatchObject({ before: { kind: 'contact', slug: 'contact' }, after: null });
    expect(await getPageById(db, id)).toBeNull();
  });

  it('the demo has every kind in both languages, at the addresses the tests open', () => {
    const keys = PAGES.map((page) => `${page.locale}/${page.slug}`);
    expect(keys).toEqual(expect.arrayContaining(['fr/a-propos', 'ar/man-nahnu', 'fr/mentions-legales', 'ar/mithaq-at-tahrir']));
    for (const locale of ['fr', 'ar'] as const) {
      expect(new Set(PAGES.filter((page) => page.locale === locale).map((page) => page.kind)).size).toBe(5);
    }
  });
});
