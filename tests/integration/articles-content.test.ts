import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { articleAuthors, articles, slugRedirects } from '@/db/schema';
import {
  ADMIN_PAGE_SIZE,
  createArticle,
  createTranslation,
  findSlugRedirect,
  getArticleForEdit,
  listArticles,
  listRevisions,
  saveArticle,
} from '@/lib/admin/articles/queries';
import { readerPathsForChange } from '@/lib/cache/warm-paths';
import { cacheTags, tagsForArticleWrite } from '@/lib/data/cache-tags';
import { newsroomTestDb, auditActions, createSection, edit, expectAppError, loadForm, move, rejection, type Newsroom } from './support/articles';
import { ExpectedError, InvalidInputError } from '@/lib/admin/errors';

const extraSections: number[] = [];
const { db, room } = newsroomTestDb('content', extraSections);

const create = async (title: string, options: { locale?: 'fr' | 'ar'; sectionId?: number; actor?: Newsroom['editor'] } = {}) =>
  (await createArticle(db, options.actor ?? room.editor, { locale: options.locale ?? 'fr', title, sectionId: options.sectionId ?? room.sectionId })).id;
const slugOf = async (id: number) => (await getArticleForEdit(db, id))!.slug;
const redirectsOf = async (id: number) =>
  (await db.select({ locale: slugRedirects.locale, fromSlug: slugRedirects.fromSlug }).from(slugRedirects).where(eq(slugRedirects.articleId, id))).sort((a, b) =>
    a.fromSlug.localeCompare(b.fromSlug),
  );

describe(`slugs (${inject('databaseKind')})`, () => {
  it('derives the slug from the title, numbering repeats within a language only', async () => {
    const title = `Élection à Fès ${room.run}`;
    const first = await create(title);
    const second = await create(title);
    const arabic = await create(title, { locale: 'ar' });
    expect(await slugOf(first)).toBe(`election-a-fes-${room.run}`);
    expect(await slugOf(second)).toBe(`election-a-fes-${room.run}-2`);
    expect(await slugOf(arabic)).toBe(`election-a-fes-${room.run}`);
    const arabicTitle = await create(`انتخابات فاس ${room.run}`, { locale: 'ar' });
    expect(await slugOf(arabicTitle)).toBe(`انتخابات-فاس-${room.run}`);
  });

  it('leaves a redirect when a published article changes slug, and follows further changes', async () => {
    const id = await create(`Ancien titre ${room.run}`);
    const a = await slugOf(id);
    await move(db, room.editor, id, 'published');

    const renamed = await edit(db, room.editor, id, { slug: `nouveau-titre-${room.run}` });
    expect(await findSlugRedirect(db, 'fr', a)).toBe(`nouveau-titre-${room.run}`);
    expect(await findSlugRedirect(db, 'ar', a)).toBeNull(); // redirects are per language
    expect(tagsForArticleWrite(renamed.before, renamed.after)).toEqual(
      expect.arrayContaining([cacheTags.articleSlug('fr', a), cacheTags.articleSlug('fr', `nouveau-titre-${room.run}`), cacheTags.article(id)]),
    );
    expect((await auditActions(db, id)).at(-1)).toMatchObject({ action: 'article.update' });
    // Its pages are warmed at the new address, from slugs the change itself read.
    const warmed = readerPathsForChange(renamed.before, renamed.after);
    expect(warmed[0]).toBe(`/fr/article/nouveau-titre-${room.run}`);
    expect(warmed).toEqual(expect.arrayContaining(['/fr', `/fr/rubrique/rubrique-${room.run}`, '/fr/dernieres-nouvelles']));
    expect(warmed).not.toContain(`/fr/article/${a}`);

    // A second rename: both old addresses lead to the current one.
    await edit(db, room.editor, id, { slug: `troisieme-titre-${room.run}` });
    expect(await findSlugRedirect(db, 'fr', a)).toBe(`troisieme-titre-${room.run}`);
    expect(await findSlugRedirect(db, 'fr', `nouveau-titre-${room.run}`)).toBe(`troisieme-titre-${room.run}`);

    // Back to the first slug: it is a live address again, no longer a redirect.
    await edit(db, room.editor, id, { slug: a });
    expect(await findSlugRedirect(db, 'fr', a)).toBeNull();
    expect(await redirectsOf(id)).toEqual([
      { locale: 'fr', fromSlug: `nouveau-titre-${room.run}` },
      { locale: 'fr', fromSlug: `troisieme-titre-${room.run}` },
    ]);
    expect(await findSlugRedirect(db, 'fr', `troisieme-titre-${room.run}`)).toBe(a);

    // While unpublished, old addresses do not lead readers to it.
    await move(db, room.editor, id, 'unpublished');
    expect(await findSlugRedirect(db, 'fr', `nouveau-titre-${room.run}`)).toBeNull();
  });

  it('a slug change that does nothing else creates no redirect', async () => {
    const id = await create(`Sans changement ${room.run}`);
    await move(db, room.editor, id, 'published');
    await edit(db, room.editor, id, { title: 'Autre titre, même adresse' });
    expect(await redirectsOf(id)).toEqual([]);
  });

  it('drafts never published leave no redirect, even once published later', async () => {
    const id = await create(`Brouillon renommé ${room.run}`);
    const draftSlug = await slugOf(id);
    await edit(db, room.editor, id, { slug: `brouillon-definitif-${room.run}` });
    await move(db, room.editor, id, 'in_review');
    await edit(db, room.editor, id, { slug: `brouillon-relu-${room.run}` });
    expect(await redirectsOf(id)).toEqual([]);
    await move(db, room.editor, id, 'published');
    expect(await findSlugRedirect(db, 'fr', draftSlug)).toBeNull();
    expect(await findSlugRedirect(db, 'fr', `brouillon-definitif-${room.run}`)).toBeNull();
  });

  it('an article taken back to draft after publication still leaves a redirect', async () => {
    const id = await create(`Retiré puis renommé ${room.run}`);
    const old = await slugOf(id);
    await move(db, room.editor, id, 'published');
    await move(db, room.editor, id, 'unpublished');
    await move(db, room.editor, id, 'draft');
    await edit(db, room.editor, id, { slug: `retire-renomme-${room.run}` });
    expect(await redirectsOf(id)).toEqual([{ locale: 'fr', fromSlug: old }]);
    await move(db, room.editor, id, 'published');
    expect(await findSlugRedirect(db, 'fr', old)).toBe(`retire-renomme-${room.run}`);
  });

  it('refuses a slug another article of the same language has, and writes nothing', async () => {
    const taken = await create(`Slug pris ${room.run}`);
    const takenSlug = await slugOf(taken);
    const other = await create(`Autre article ${room.run}`);
    const { version, input } = await loadForm(db, other);

    for (const slug of [takenSlug, takenSlug.toUpperCase(), `  ${takenSlug}  `]) {
      const error = await rejection(saveArticle(db, room.editor, { id: other, expectedVersion: version, input: { ...input, slug, title: 'Ne doit pas être enregistré' } }));
      expect(error).toBeInstanceOf(ExpectedError);
      expect(error).toMatchObject({ field: 'slug', messageKey: 'errors.slugTaken', code: 'bad_request' });
    }
    expect(await getArticleForEdit(db, other)).toMatchObject({ version, title: input.title, slug: input.slug });

    // The same slug in the other language is another address: allowed.
    const arabic = await create(`Article arabe ${room.run}`, { locale: 'ar' });
    const saved = await edit(db, room.editor, arabic, { slug: takenSlug });
    expect(saved.after!.slug).toBe(takenSlug);
    expect(saved.after!.locale).toBe('ar');
  });

  it('refuses malformed slugs', async () => {
    const id = await create(`Slug mal formé ${room.run}`);
    for (const slug of ['', 'deux  espaces', 'tiret-', '-tiret', 'a/b', 'a--b', 'é?']) {
      expect(await rejection(edit(db, room.editor, id, { slug })), slug).toBeInstanceOf(InvalidInputError);
    }
    expect((await getArticleForEdit(db, id))!.version).toBe(1);
  });

  it('frees an old address for another article: the live article wins over the redirect', async () => {
    const first = await create(`Premier occupant ${room.run}`);
    const address = await slugOf(first);
    await move(db, room.editor, first, 'published');
    await edit(db, room.editor, first, { slug: `premier-occupant-deplace-${room.run}` });
    expect(await findSlugRedirect(db, 'fr', address)).toBe(`premier-occupant-deplace-${room.run}`);

    const second = await create(`Nouvel occupant ${room.run}`);
    await edit(db, room.editor, second, { slug: address });
    expect(await findSlugRedirect(db, 'fr', address)).toBeNull();
    expect(await redirectsOf(first)).toEqual([]);
  });
});

describe(`translations (${inject('databaseKind')})`, () => {
  it('creates a linked draft twin in the other language, with its own slug and the same bylines', async () => {
    const id = await create(`Histoire traduite ${room.run}`);
    await edit(db, room.editor, id, {
      authorIds: [room.authorIds[2], room.authorIds[0]],
      summary: 'Résumé',
      tagNames: [`Sujet ${room.run}`],
      body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Corps' }] }] },
    });
    await move(db, room.editor, id, 'published');
    const source = (await db.select().from(articles).where(eq(articles.id, id)))[0]!;

    const twin = await createTranslation(db, room.contributor, id);
    const created = (await db.select().from(articles).where(eq(articles.id, twin.id)))[0]!;
    expect(created).toMatchObject({
      locale: 'ar',
      slug: source.slug,
      translationGroup: source.translationGroup,
      status: 'draft',
      publishedAt: null,
      version: 1,
      title: source.title,
      summary: 'Résumé',
      body: source.body,
      sectionId: source.sectionId,
      createdBy: room.contributor.id,
      updatedBy: room.contributor.id,
    });
    const bylines = await db.select({ authorId: articleAuthors.authorId, position: articleAuthors.position }).from(articleAuthors).where(eq(articleAuthors.articleId, twin.id));
    expect(bylines.sort((a, b) => a.position - b.position)).toEqual([
      { authorId: room.authorIds[2], position: 0 },
      { authorId: room.authorIds[0], position: 1 },
    ]);
    expect((await listRevisions(db, twin.id)).map((r) => [r.version, r.reason])).toEqual([[1, 'create']]);
    expect((await getArticleForEdit(db, id))!.twin).toMatchObject({ id: twin.id, locale: 'ar', status: 'draft' });
    expect((await getArticleForEdit(db, twin.id))!.twin).toMatchObject({ id, locale: 'fr', status: 'published' });

    // The twin's slug is its own: changing it leaves the original alone.
    await edit(db, room.contributor, twin.id, { slug: `قصة-مترجمة-${room.run}`, title: 'قصة مترجمة' });
    expect(await slugOf(id)).toBe(source.slug);

    // The original's cache state now names its twin, so its pages expire with it.
    const republished = await edit(db, room.editor, id, { summary: 'Résumé corrigé' });
    expect(republished.after!.translationId).toBe(twin.id);
    expect(tagsForArticleWrite(republished.before, republished.after)).toContain(cacheTags.article(twin.id));
    // The state carries the slugs of the pages that show it: bylines, tag, and the twin (a draft: no page yet).
    expect(republished.after!.pages).toMatchObject({
      section: `rubrique-${room.run}`,
      tags: [`sujet-${room.run}`],
      twin: { slug: `قصة-مترجمة-${room.run}`, status: 'draft' },
    });
    expect(republished.after!.pages.authors.sort()).toEqual([`auteur-${room.run}-1`, `auteur-${room.run}-3`]);
    const twinPublished = await move(db, room.editor, twin.id, 'published');
    expect(readerPathsForChange(twinPublished.before, twinPublished.after)).toEqual(
      expect.arrayContaining([`/ar/article/${encodeURIComponent(`قصة-مترجمة-${room.run}`)}`, `/fr/article/${source.slug}`, '/ar', `/ar/qism/qism-${room.run}`]),
    );
  });

  it('numbers the twin slug when the other language already uses it', async () => {
    const id = await create(`Slug partagé ${room.run}`);
    const slug = await slugOf(id);
    const squatter = await create(`Occupant arabe ${room.run}`, { locale: 'ar' });
    await edit(db, room.editor, squatter, { slug });
    const twin = await createTranslation(db, room.editor, id);
    expect(await slugOf(twin.id)).toBe(`${slug}-2`);
  });

  it('refuses a second translation, from either side', async () => {
    const id = await create(`Une seule traduction ${room.run}`);
    const twin = await createTranslation(db, room.editor, id);
    await expectAppError(createTranslation(db, room.editor, id), 'conflict');
    await expectAppError(createTranslation(db, room.admin, twin.id), 'conflict');
    await expectAppError(createTranslation(db, room.admin, 2_000_000_000), 'not_found');
    const group = (await db.select({ group: articles.translationGroup }).from(articles).where(eq(articles.id, id)))[0]!.group;
    expect(await db.select({ id: articles.id }).from(articles).where(eq(articles.translationGroup, group))).toHaveLength(2);
  });

  it('lists stories missing their twin, and not those that have one', async () => {
    const sectionId = await createSection(db, `${room.run}-twins`);
    extraSections.push(sectionId);
    const solo = await create(`Seul ${room.run}`, { sectionId });
    const soloArabic = await create(`وحيد ${room.run}`, { locale: 'ar', sectionId });
    const paired = await create(`En couple ${room.run}`, { sectionId });
    const pairedTwin = (await createTranslation(db, room.editor, paired)).id;

    const missing = await listArticles(db, { missingTwin: true, sectionId });
    expect(missing.items.map((r) => r.id).sort((a, b) => a - b)).toEqual([solo, soloArabic].sort((a, b) => a - b));
    expect(missing.total).toBe(2);
    for (const item of missing.items) expect(item.twinId).toBeNull();

    const all = await listArticles(db, { sectionId });
    expect(all.total).toBe(4);
    const byId = new Map(all.items.map((r) => [r.id, r]));
    expect(byId.get(paired)!.twinId).toBe(pairedTwin);
    expect(byId.get(pairedTwin)!.twinId).toBe(paired);

    expect((await listArticles(db, { missingTwin: true, sectionId, locale: 'ar' })).items.map((r) => r.id)).toEqual([soloArabic]);
  });
});

describe(`article list (${inject('databaseKind')})`, () => {
  let sectionId: number;
  const ids: Record<string, number> = {};

  beforeAll(async () => {
    sectionId = await createSection(db, `${room.run}-list`);
    extraSections.push(sectionId);
    const add = async (key: string, title: string, options: { locale?: 'fr' | 'ar'; actor?: Newsroom['editor'] } = {}) => {
      ids[key] = await create(title, { sectionId, ...options });
    };
    await add('percent', `Taux de 100% garanti ${room.run}`);
    await add('noPercent', `Taux de 1000 garanti ${room.run}`);
    await add('underscore', `Variable snake_case ${room.run}`);
    await add('noUnderscore', `Variable snakeXcase ${room.run}`);
    await add('backslash', `Chemin C:\\dossier ${room.run}`);
    await add('arabic', `خبر عاجل ${room.run}`, { locale: 'ar' });
    await add('byContributor', `Papier du pigiste ${room.run}`, { actor: room.contributor });
    await move(db, room.editor, ids.percent!, 'published');
    await move(db, room.editor, ids.underscore!, 'in_review');
    await edit(db, room.editor, ids.noPercent!, { authorIds: [room.authorIds[1], room.authorIds[2]] });
  });

  const listIds = async (filters: Parameters<typeof listArticles>[1]) =>
    (await listArticles(db, { sectionId, ...filters })).items.map((r) => r.id).sort((a, b) => a - b);
  const sorted = (...keys: string[]) => keys.map((k) => ids[k]!).sort((a, b) => a - b);

  it('filters by section, status, language and byline', async () => {
    expect(await listIds({})).toEqual(sorted('percent', 'noPercent', 'underscore', 'noUnderscore', 'backslash', 'arabic', 'byContributor'));
    expect(await listIds({ status: 'published' })).toEqual(sorted('percent'));
    expect(await listIds({ status: 'in_review' })).toEqual(sorted('underscore'));
    expect(await listIds({ status: 'draft', locale: 'fr' })).toEqual(sorted('noPercent', 'noUnderscore', 'backslash', 'byContributor'));
    expect(await listIds({ locale: 'ar' })).toEqual(sorted('arabic'));
    // The contributor's own byline, and the co-byline added to one article.
    expect(await listIds({ authorId: room.contributor.authorId })).toEqual(sorted('byContributor'));
    expect(await listIds({ authorId: room.authorIds[2] })).toEqual(sorted('noPercent'));
    // Without the section filter, the byline filter alone still finds them (across the shared database).
    expect((await listArticles(db, { authorId: room.contributor.authorId })).items.map((r) => r.id)).toContain(ids.byContributor);
  });

  it('gives each row what the list shows', async () => {
    const { items } = await listArticles(db, { sectionId, q: 'Taux de 1000' });
    expect(items).toEqual([
      expect.objectContaining({
        id: ids.noPercent,
        locale: 'fr',
        status: 'draft',
        publishedAt: null,
        sectionNameFr: `Rubrique ${room.run}-list`,
        authorNames: `Auteur ${room.run}-2, Auteur ${room.run}-3`,
        twinId: null,
      }),
    ]);
  });

  it("names an Arabic article's authors in Arabic", async () => {
    await edit(db, room.editor, ids.arabic!, { authorIds: [room.authorIds[1], room.authorIds[2]] });
    const { items } = await listArticles(db, { sectionId, locale: 'ar' });
    expect(items.map((row) => row.authorNames)).toEqual([`كاتب ${room.run}-2, كاتب ${room.run}-3`]);
  });

  it('searches titles and slugs case-insensitively, with % and _ taken literally', async () => {
    expect(await listIds({ q: '100%' })).toEqual(sorted('percent'));
    expect(await listIds({ q: '%' })).toEqual(sorted('percent'));
    expect(await listIds({ q: 'snake_case' })).toEqual(sorted('underscore'));
    expect(await listIds({ q: '_' })).toEqual(sorted('underscore'));
    expect(await listIds({ q: 'C:\\dossier' })).toEqual(sorted('backslash'));
    expect(await listIds({ q: '\\' })).toEqual(sorted('backslash'));
    expect(await listIds({ q: 'TAUX DE' })).toEqual(sorted('percent', 'noPercent'));
    expect(await listIds({ q: 'variable-snakexcase' })).toEqual(sorted('noUnderscore')); // matched on the slug
    expect(await listIds({ q: 'عاجل' })).toEqual(sorted('arabic'));
    expect(await listIds({ q: "'; drop table articles; --" })).toEqual([]);
  });

  it('pages 25 at a time, newest change first, and clamps the page number', async () => {
    const pagedSection = await createSection(db, `${room.run}-pages`);
    extraSections.push(pagedSection);
    const created: number[] = [];
    for (let i = 0; i < ADMIN_PAGE_SIZE + 3; i++) created.push(await create(`Page ${i} ${room.run}`, { sectionId: pagedSection }));
    // Touch the first one: it becomes the most recently changed.
    await edit(db, room.editor, created[0]!, { summary: 'retouché' });

    const first = await listArticles(db, { sectionId: pagedSection });
    expect(first).toMatchObject({ total: ADMIN_PAGE_SIZE + 3, page: 1, pages: 2 });
    expect(first.items).toHaveLength(ADMIN_PAGE_SIZE);
    expect(first.items[0]!.id).toBe(created[0]);
    const times = first.items.map((r) => r.updatedAt.getTime());
    expect([...times].sort((a, b) => b - a)).toEqual(times);

    const second = await listArticles(db, { sectionId: pagedSection, page: 2 });
    expect(second).toMatchObject({ page: 2, pages: 2 });
    expect(second.items).toHaveLength(3);
    const seen = [...first.items, ...second.items].map((r) => r.id);
    expect(new Set(seen).size).toBe(seen.length);
    expect([...seen].sort((a, b) => a - b)).toEqual([...created].sort((a, b) => a - b));

    expect((await listArticles(db, { sectionId: pagedSection, page: 99 })).page).toBe(2);
    expect((await listArticles(db, { sectionId: pagedSection, page: Infinity })).page).toBe(2);
    // Page numbers parsed from a query string: garbage means the first page, fractions round down.
    expect(await listArticles(db, { sectionId: pagedSection, page: Number('abc') })).toMatchObject({ page: 1, items: first.items });
    expect(await listArticles(db, { sectionId: pagedSection, page: 1.5 })).toMatchObject({ page: 1, items: first.items });
    expect(await listArticles(db, { sectionId: pagedSection, page: 2.5 })).toMatchObject({ page: 2, items: second.items });
    expect((await listArticles(db, { sectionId: pagedSection, page: 0 })).page).toBe(1);
    expect((await listArticles(db, { sectionId: pagedSection, page: -3 })).page).toBe(1);
    expect(await listArticles(db, { sectionId: pagedSection, q: 'aucun résultat possible' })).toMatchObject({ items: [], total: 0, page: 1, pages: 1 });
    // Filters compose with paging: the total counts only the filtered rows.
    expect(await listArticles(db, { sectionId: pagedSection, status: 'published' })).toMatchObject({ total: 0, items: [] });
  });
});
