import { and, eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { articleAuthors, articleTags, auditLog, authors, tags } from '@/db/schema';
import { createAuthor, deleteAuthor, getAuthorById, updateAuthor } from '@/lib/admin/authors-queries';
import { ExpectedError, InvalidInputError } from '@/lib/admin/errors';
import { uploadMedia } from '@/lib/admin/media-queries';
import { createSection, deleteSection, getSectionById, updateSection } from '@/lib/admin/sections-queries';
import { createTag, deleteTag, updateTagRow } from '@/lib/admin/tags-queries';
import { rejectionOf } from './support/articles';
import { contentTestDb, makeArticle, png, uploadText } from './support/content';

const { db, actors: { editor } } = contentTestDb();
const run = Date.now().toString(36);

const refusal = (promise: Promise<unknown>) => rejectionOf(promise, ExpectedError);

const sectionInput = (label: string) => ({
  slugFr: `eco-${label}-${run}`,
  slugAr: `iqtisad-${label}-${run}`,
  nameFr: `Économie ${label}`,
  nameAr: `اقتصاد ${label}`,
  descriptionFr: '',
  descriptionAr: '',
  position: 900,
});

describe(`sections (${inject('databaseKind')})`, () => {
  it('creates a section with normalised slugs and audits it', async () => {
    const { id } = await createSection(db, editor, { ...sectionInput('a'), slugFr: `  ECO-A-${run}  ` });
    const row = await getSectionById(db, id);
    expect(row!.slugFr).toBe(`eco-a-${run}`);
    const [entry] = await db.select().from(auditLog).where(and(eq(auditLog.entityType, 'section'), eq(auditLog.entityId, String(id))));
    expect(entry).toMatchObject({ action: 'section.create', userId: editor.id });
  });

  it('reports a taken slug on the field that is taken, in either language', async () => {
    await createSection(db, editor, sectionInput('b'));
    expect(await refusal(createSection(db, editor, { ...sectionInput('c'), slugFr: `eco-b-${run}` }))).toMatchObject({ code: 'conflict', field: 'slugFr', messageKey: 'errors.slugTaken' });
    expect(await refusal(createSection(db, editor, { ...sectionInput('c'), slugAr: `iqtisad-b-${run}` }))).toMatchObject({ field: 'slugAr' });
    const { id } = await createSection(db, editor, sectionInput('d'));
    expect(await refusal(updateSection(db, editor, id, { ...sectionInput('d'), slugAr: `iqtisad-b-${run}` }))).toMatchObject({ field: 'slugAr' });
    // Keeping its own slug is not a conflict.
    await expect(updateSection(db, editor, id, { ...sectionInput('d'), nameFr: 'Renommée' })).resolves.toEqual({ articleIds: [] });
  });

  it('validates slugs and names', async () => {
    const error = await createSection(db, editor, { ...sectionInput('e'), slugFr: 'pas de espaces', nameAr: '' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidInputError);
    expect((error as InvalidInputError).issues.map((issue) => issue.path.join('.')).sort()).toEqual(['nameAr', 'slugFr']);
    await expect(createSection(db, editor, { ...sectionInput('f'), slugAr: 'اقتصاد-وطني' })).resolves.toMatchObject({ id: expect.any(Number) });
  });

  it('names the articles to expire on update, and refuses deletion while articles use it', async () => {
    const { id } = await createSection(db, editor, sectionInput('g'));
    const articleIds = [await makeArticle(db, { sectionId: id }), await makeArticle(db, { sectionId: id, locale: 'ar' })];
    const { articleIds: affected } = await updateSection(db, editor, id, { ...sectionInput('g'), nameFr: 'Autre nom' });
    expect(affected.sort()).toEqual(articleIds.sort());
    expect(await refusal(deleteSection(db, editor, id))).toMatchObject({ code: 'conflict', messageKey: 'sections.inUse', values: { articles: 2 } });

    const { id: empty } = await createSection(db, editor, sectionInput('h'));
    await deleteSection(db, editor, empty);
    expect(await getSectionById(db, empty)).toBeNull();
    await expect(deleteSection(db, editor, empty)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe(`tags (${inject('databaseKind')})`, () => {
  it('keeps slugs unique per language only', async () => {
    await createTag(db, editor, { locale: 'fr', slug: `climat-${run}`, name: 'Climat' });
    await expect(createTag(db, editor, { locale: 'ar', slug: `climat-${run}`, name: 'المناخ' })).resolves.toMatchObject({ id: expect.any(Number) });
    expect(await refusal(createTag(db, editor, { locale: 'fr', slug: `climat-${run}`, name: 'Climat bis' }))).toMatchObject({ field: 'slug', code: 'conflict' });
  });

  it('deletes a tag in use, with its article links, and names those articles', async () => {
    const sectionId = (await createSection(db, editor, sectionInput('t'))).id;
    const { id } = await createTag(db, editor, { locale: 'fr', slug: `eau-${run}`, name: 'Eau' });
    const articleId = await makeArticle(db, { sectionId });
    await db.insert(articleTags).values({ articleId, tagId: id });
    expect(await updateTagRow(db, editor, id, { locale: 'fr', slug: `eau-${run}`, name: 'L’eau' })).toEqual({ articleIds: [articleId] });
    expect(await deleteTag(db, editor, id)).toEqual({ articleIds: [articleId] });
    expect(await db.select().from(tags).where(eq(tags.id, id))).toEqual([]);
    expect(await db.select().from(articleTags).where(eq(articleTags.tagId, id))).toEqual([]);
  });
});

describe(`authors (${inject('databaseKind')})`, () => {
  const authorInput = (slug: string) => ({ slug: `${slug}-${run}`, nameFr: 'Salma Idrissi', nameAr: 'سلمى الإدريسي', roleFr: 'Reporter', roleAr: 'مراسلة', bioFr: '', bioAr: '', avatarId: '' });

  it('creates an author with an avatar from the library, refusing unknown images and taken slugs', async () => {
    const picture = await uploadMedia(db, editor, { ...uploadText, bytes: await png(64, 64), originalName: 'salma.png' });
    const { id } = await createAuthor(db, editor, { ...authorInput('salma'), avatarId: String(picture.id) });
    expect((await getAuthorById(db, id))!.avatarId).toBe(picture.id);
    expect(await refusal(createAuthor(db, editor, authorInput('salma')))).toMatchObject({ field: 'slug', messageKey: 'errors.slugTaken' });
    expect(await refusal(createAuthor(db, editor, { ...authorInput('other'), avatarId: '999999' }))).toMatchObject({ field: 'avatarId', messageKey: 'authors.avatarMissing' });
  });

  it('names their articles on update and refuses deletion while they sign any', async () => {
    const { id } = await createAuthor(db, editor, authorInput('karim'));
    const sectionId = (await createSection(db, editor, sectionInput('k'))).id;
    const articleId = await makeArticle(db, { sectionId });
    await db.insert(articleAuthors).values({ articleId, authorId: id });
    expect(await updateAuthor(db, editor, id, { ...authorInput('karim'), roleFr: 'Chef de rubrique' })).toEqual({ articleIds: [articleId] });
    expect(await refusal(deleteAuthor(db, editor, id))).toMatchObject({ messageKey: 'authors.inUse', values: { articles: 1 } });
    await db.delete(articleAuthors).where(eq(articleAuthors.authorId, id));
    await deleteAuthor(db, editor, id);
    expect(await db.select().from(authors).where(eq(authors.id, id))).toEqual([]);
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(and(eq(auditLog.entityType, 'author'), eq(auditLog.entityId, String(id))))).map((row) => row.action);
    expect(actions.sort()).toEqual(['author.create', 'author.delete', 'author.update']);
  });
});
