import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articles, media, slugRedirects } from '@/db/schema';
import { changeStatus, createArticle, createTranslation, getTwinText, saveArticle } from '@/lib/admin/articles/queries';
import { cacheTags, tagsForArticleWrite } from '@/lib/data/cache-tags';
import { getArticleDetailById } from '@/lib/data/reader-queries';
import { currentVersion, edit, loadForm, move, newsroomTestDb } from './support/articles';

const { db, room } = newsroomTestDb('bilingual');
const mediaIds: number[] = [];

let coverId: number;
beforeAll(async () => {
  const [row] = await db
    .insert(media)
    .values({
      storageKey: `test/bilingual-${room.run}/tram.webp`,
      mimeType: 'image/webp',
      width: 1200,
      height: 675,
      bytes: 4096,
      altFr: 'Le tramway place des Nations-Unies',
      altAr: 'الترامواي في ساحة الأمم المتحدة',
      credit: 'Rédaction',
    })
    .returning({ id: media.id });
  coverId = row!.id;
  mediaIds.push(coverId);
});
afterAll(async () => {
  if (mediaIds.length) await db.delete(media).where(inArray(media.id, mediaIds));
});

const row = async (id: number) => (await db.select().from(articles).where(eq(articles.id, id)))[0]!;
const create = async (title: string, locale: 'fr' | 'ar' = 'fr') => (await createArticle(db, room.editor, { locale, title, sectionId: room.sectionId })).id;

/** A French article with a cover, its French alt text and caption, ready to translate. */
async function frenchStory(label: string): Promise<number> {
  const id = await create(`${label} ${room.run}`);
  await edit(db, room.editor, id, {
    coverId,
    coverAlt: 'Le tramway place des Nations-Unies',
    coverCaption: 'Le tramway, mardi, à Casablanca.',
    coverCredit: 'Rédaction',
    body: {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Premier paragraphe.' }] },
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Un intertitre' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'Second paragraphe.' }] },
      ],
    },
  });
  return id;
}

describe(`a translation's cover and slug (${inject('databaseKind')})`, () => {
  it('takes the cover alt text in its own language from the media library and leaves the caption empty', async () => {
    const id = await frenchStory('Tramway');
    const twin = await row((await createTranslation(db, room.editor, id)).id);
    expect(twin).toMatchObject({ locale: 'ar', coverId, coverAlt: 'الترامواي في ساحة الأمم المتحدة', coverCaption: '', coverCredit: 'Rédaction', slugProvisional: true });
    expect((await row(id)).slugProvisional).toBe(false);
  });

  it('gives the twin a slug from its own title once it is written in its language, and follows it until published', async () => {
    const id = await frenchStory('Mobilité douce');
    const source = await row(id);
    const twinId = (await createTranslation(db, room.editor, id)).id;
    expect((await row(twinId)).slug).toBe(source.slug);

    // Still the copied French title (an autosave of the body): the slug waits.
    await edit(db, room.editor, twinId, { summary: 'ملخص' }, 'autosave');
    expect((await row(twinId)).slug).toBe(source.slug);

    // An autosave catches a half-typed title; the finished title replaces it.
    await edit(db, room.editor, twinId, { title: `التنقل ${room.run}` }, 'autosave');
    expect((await row(twinId)).slug).toBe(`التنقل-${room.run}`);
    const saved = await edit(db, room.editor, twinId, { title: `التنقل الناعم في الدار البيضاء ${room.run}` });
    expect(saved.after!.slug).toBe(`التنقل-الناعم-في-الدار-البيضاء-${room.run}`);
    expect(await row(twinId)).toMatchObject({ slug: `التنقل-الناعم-في-الدار-البيضاء-${room.run}`, slugProvisional: true });
    // Nobody ever saw a draft's address: no redirect is left behind.
    expect(await db.select().from(slugRedirects).where(eq(slugRedirects.articleId, twinId))).toEqual([]);
    // The French original keeps its own.
    expect((await row(id)).slug).toBe(source.slug);

    // Publishing settles it: a later title change no longer moves the address.
    await move(db, room.editor, twinId, 'published');
    expect((await row(twinId)).slugProvisional).toBe(false);
    await edit(db, room.editor, twinId, { title: `عنوان آخر ${room.run}` });
    expect((await row(twinId)).slug).toBe(`التنقل-الناعم-في-الدار-البيضاء-${room.run}`);
  });

  it('keeps the slug unique in its language', async () => {
    const squatter = await create(`الطاقة الشمسية ${room.run}`, 'ar');
    expect((await row(squatter)).slug).toBe(`الطاقة-الشمسية-${room.run}`);
    const twinId = (await createTranslation(db, room.editor, await frenchStory('Énergie solaire'))).id;
    await edit(db, room.editor, twinId, { title: `الطاقة الشمسية ${room.run}` });
    expect((await row(twinId)).slug).toBe(`الطاقة-الشمسية-${room.run}-2`);
  });

  it('never changes the slug of a twin published with its copied title, nor one the editor typed', async () => {
    const published = (await createTranslation(db, room.editor, await frenchStory('Publiée telle quelle'))).id;
    const before = (await row(published)).slug;
    await move(db, room.editor, published, 'published');
    await edit(db, room.editor, published, { title: `نشرت كما هي ${room.run}` });
    expect(await row(published)).toMatchObject({ slug: before, slugProvisional: false });

    const scheduled = (await createTranslation(db, room.editor, await frenchStory('Programmée'))).id;
    await changeStatus(db, room.editor, { id: scheduled, expectedVersion: await currentVersion(db, scheduled), to: 'scheduled', publishAt: new Date(Date.now() + 3_600_000) });
    await edit(db, room.editor, scheduled, { title: `مبرمجة ${room.run}` });
    expect((await row(scheduled)).slugProvisional).toBe(false);
    expect((await row(scheduled)).slug).not.toBe(`مبرمجة-${room.run}`);

    const typed = (await createTranslation(db, room.editor, await frenchStory('Adresse choisie'))).id;
    await edit(db, room.editor, typed, { slug: `عنوان-مختار-${room.run}` });
    expect(await row(typed)).toMatchObject({ slug: `عنوان-مختار-${room.run}`, slugProvisional: false });
    await edit(db, room.editor, typed, { title: `عنوان جديد ${room.run}` });
    expect((await row(typed)).slug).toBe(`عنوان-مختار-${room.run}`);
  });

  it('works the other way: the French twin of an Arabic article', async () => {
    const id = await create(`سوق الجملة ${room.run}`, 'ar');
    await edit(db, room.editor, id, { coverId, coverAlt: 'الترامواي في ساحة الأمم المتحدة', coverCaption: 'الترامواي يوم الثلاثاء.' });
    const twinId = (await createTranslation(db, room.editor, id)).id;
    expect(await row(twinId)).toMatchObject({ locale: 'fr', slug: `سوق-الجملة-${room.run}`, coverAlt: 'Le tramway place des Nations-Unies', coverCaption: '' });
    // An Arabic title is not a French one: the slug waits for the translation.
    await edit(db, room.editor, twinId, { summary: 'Résumé' });
    expect((await row(twinId)).slug).toBe(`سوق-الجملة-${room.run}`);
    await edit(db, room.editor, twinId, { title: `Le marché de gros ${room.run}` });
    expect((await row(twinId)).slug).toBe(`le-marche-de-gros-${room.run}`);
  });

  it('has no cover words when the original has no cover', async () => {
    const id = await create(`Sans image ${room.run}`);
    const twin = await row((await createTranslation(db, room.editor, id)).id);
    expect(twin).toMatchObject({ coverId: null, coverAlt: '', coverCaption: '' });
  });
});

describe(`the side-by-side view's text (${inject('databaseKind')})`, () => {
  it('gives the other version as plain text, one entry per top-level block', async () => {
    const id = await frenchStory('Vue côte à côte');
    const twinId = (await createTranslation(db, room.editor, id)).id;
    await edit(db, room.editor, id, { summary: 'Le chapeau' });
    const fromTwin = await getTwinText(db, twinId);
    expect(fromTwin).toEqual({
      id,
      locale: 'fr',
      status: 'draft',
      title: `Vue côte à côte ${room.run}`,
      summary: 'Le chapeau',
      blocks: [
        { kind: 'paragraph', text: 'Premier paragraphe.' },
        { kind: 'heading', text: 'Un intertitre' },
        { kind: 'paragraph', text: 'Second paragraphe.' },
      ],
    });
    expect((await getTwinText(db, id))!.id).toBe(twinId);
    expect(await getTwinText(db, await create(`Seul ${room.run}`))).toBeNull();
  });
});

describe(`the "updated" flag (${inject('databaseKind')})`, () => {
  it('sets modifiedAt only when the editor flags a save of a published article, and readers get it', async () => {
    const id = await create(`Mise à jour ${room.run}`);
    // A draft cannot be "updated" for readers.
    let form = await loadForm(db, id, { summary: 'Brouillon' });
    await saveArticle(db, room.editor, { id, expectedVersion: form.version, input: form.input, flagUpdate: true });
    expect((await row(id)).modifiedAt).toBeNull();
    // A first publication is not an update, flagged or not.
    await changeStatus(db, room.editor, { id, expectedVersion: await currentVersion(db, id), to: 'published', flagUpdate: true });
    expect((await row(id)).modifiedAt).toBeNull();

    // An unflagged save (a typo) tells readers nothing.
    await edit(db, room.editor, id, { summary: 'Coquille corrigée' });
    expect((await row(id)).modifiedAt).toBeNull();
    expect((await getArticleDetailById(db, id))!.modifiedAt).toBeNull();

    form = await loadForm(db, id, { summary: 'Bilan revu à la hausse' });
    const flagged = await saveArticle(db, room.editor, { id, expectedVersion: form.version, input: form.input, flagUpdate: true });
    const after = await row(id);
    expect(after.modifiedAt).not.toBeNull();
    expect(after.modifiedAt!.getTime()).toBe(after.updatedAt.getTime());
    expect((await getArticleDetailById(db, id))!.modifiedAt).toBe(after.modifiedAt!.toISOString());
    // The flagged save expires the article's page and the lists that show it.
    expect(tagsForArticleWrite(flagged.before, flagged.after)).toEqual(expect.arrayContaining([cacheTags.article(id), cacheTags.feeds('fr')]));

    // A later plain save keeps the flagged time.
    await edit(db, room.editor, id, { summary: 'Virgule' });
    expect((await row(id)).modifiedAt!.getTime()).toBe(after.modifiedAt!.getTime());
  });

  it('sets it when a withdrawn article is republished with the flag', async () => {
    const id = await create(`Republiée ${room.run}`);
    await move(db, room.editor, id, 'published');
    await move(db, room.editor, id, 'unpublished');
    const now = new Date(Date.now() + 60_000);
    await changeStatus(db, room.editor, { id, expectedVersion: await currentVersion(db, id), to: 'published', now, flagUpdate: true });
    expect((await row(id)).modifiedAt!.getTime()).toBe(now.getTime());
    const plain = await create(`Republiée sans signal ${room.run}`);
    await move(db, room.editor, plain, 'published');
    await move(db, room.editor, plain, 'unpublished');
    await move(db, room.editor, plain, 'published');
    expect((await row(plain)).modifiedAt).toBeNull();
  });
});
