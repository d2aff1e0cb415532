import { and, asc, eq, ne } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import sharp from 'sharp';
import { articleAuthors, articles, authors, media } from '@/db/schema';
import { ArticleEditor, ArticleListPage, RevisionsPage } from './pages/admin-articles';
import { MediaLibraryPage } from './pages/admin-media';
import { signIn } from './pages/admin-page';
import { useTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';

/*
 * The editor's own tools: headings on an empty body, the link dialog, the byline picker,
 * Ctrl/Cmd+S, and a restore from the history that readers do not see until it is published.
 */

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const admin = { email: `editor-tools-${stamp}@jarida.test`, password: 'editor tools password', name: 'Outils Rédaction' };

describe.skipIf(!baseUrl)('the article editor', () => {
  const browser = useBrowser();
  const handle = useTestAdmin(admin);

  // Each test signs in and drives several pages: more than the default minute on a loaded machine.
  const SLOW = 180_000;

  async function signedIn(locale: 'fr' | 'ar' = 'fr'): Promise<Page> {
    const page = await browser.newPage();
    await signIn(page, baseUrl, admin.email, admin.password, locale);
    return page;
  }

  async function newDraft(page: Page, title: string): Promise<number> {
    const list = new ArticleListPage(page);
    await list.goto(baseUrl);
    return list.createDraft(title);
  }

  const stored = async (id: number) => (await handle.db.select().from(articles).where(eq(articles.id, id)))[0]!;

  it('"Intertitre" on an empty body makes a heading that keeps what is typed', async () => {
    const page = await signedIn();
    const edit = new ArticleEditor(page);
    const id = await newDraft(page, `Intertitre ${stamp}`);
    // As the editor reported it: click into the empty body, then the toolbar button, then type.
    await edit.body.click();
    await edit.toolbarButton('h2').click();
    await page.keyboard.type('Le port se réveille');
    await expect.poll(() => edit.bodyHeadings(2).allTextContents()).toEqual(['Le port se réveille']);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Premier paragraphe.');
    await edit.button('save').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Enregistré');
    const body = (await stored(id)).body as { content: { type: string; attrs?: { level?: number }; content?: { text: string }[] }[] };
    expect(body.content[0]).toMatchObject({ type: 'heading', attrs: { level: 2 }, content: [{ text: 'Le port se réveille' }] });
    expect(body.content[1]).toMatchObject({ type: 'paragraph', content: [{ text: 'Premier paragraphe.' }] });
  }, SLOW);

  it('Ctrl+S saves at once, without waiting for the autosave', async () => {
    const page = await signedIn();
    const edit = new ArticleEditor(page);
    const id = await newDraft(page, `Raccourci ${stamp}`);
    const before = await edit.version();
    await edit.summary.fill('Enregistré au clavier.');
    await page.keyboard.press('Control+s');
    // The manual save's note ("Enregistré à …"), not the autosave's, and well before the autosave delay.
    await expect.poll(() => edit.statusText(), { timeout: 3_000 }).toContain('Enregistré à');
    expect(await edit.version()).toBeGreaterThan(before);
    expect((await stored(id)).summary).toBe('Enregistré au clavier.');
  }, SLOW);

  it('the link dialog refuses unsafe addresses, finds site articles and inserts links', async () => {
    const [target] = await handle.db
      .select({ title: articles.title, slug: articles.slug })
      .from(articles)
      .where(and(eq(articles.status, 'published'), eq(articles.locale, 'fr')))
      .orderBy(asc(articles.id))
      .limit(1);
    expect(target, 'a published French article in the demo data').toBeDefined();
    const page = await signedIn();
    const edit = new ArticleEditor(page);
    const id = await newDraft(page, `Liens ${stamp}`);
    await edit.typeInBody('Lire aussi : ');

    await page.keyboard.press('Control+k');
    const dialog = edit.linkDialog;
    await dialog.url.fill('javascript:alert(1)');
    await dialog.insert.click();
    await dialog.error.waitFor();
    expect(await dialog.dialog.isVisible()).toBe(true);

    await dialog.search.fill(target!.title.split(' ').slice(0, 3).join(' '));
    await dialog.results.filter({ hasText: target!.title }).first().click();
    expect(await dialog.url.inputValue()).toBe(`/fr/article/${target!.slug}`);
    await dialog.insert.click();
    await dialog.dialog.waitFor({ state: 'hidden' });
    await expect.poll(() => edit.bodyLinks.count()).toBe(1);
    expect(await edit.bodyLinks.first().textContent()).toBe(target!.title);

    await page.keyboard.type(' et ');
    await edit.toolbarButton('link').click();
    await dialog.url.fill('https://example.org/dossier');
    await dialog.newTab.check();
    await dialog.insert.click();
    await expect.poll(() => edit.bodyLinks.count()).toBe(2);
    expect(await edit.bodyLinks.nth(1).getAttribute('target')).toBe('_blank');

    await page.keyboard.press('Control+s');
    // Ctrl+S or the autosave, whichever lands first on a busy machine: the links are stored.
    await expect.poll(async () => JSON.stringify((await stored(id)).body), { timeout: 15_000 }).toContain('"target":"_blank"');
    const body = JSON.stringify((await stored(id)).body);
    expect(body).toContain(`"href":"/fr/article/${target!.slug}"`);
    expect(body).toContain('"href":"https://example.org/dossier","target":"_blank"');
  }, SLOW);

  it('the author picker adds, shows and removes bylines from the keyboard, in the admin’s language', async () => {
    const page = await signedIn();
    const edit = new ArticleEditor(page);
    const id = await newDraft(page, `Signatures ${stamp}`);
    const current = (await handle.db.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id))).map((row) => row.id);
    const [other] = await handle.db
      .select({ id: authors.id, nameFr: authors.nameFr, nameAr: authors.nameAr })
      .from(authors)
      .where(ne(authors.id, current[0]!))
      .orderBy(asc(authors.id))
      .limit(1);
    const picker = edit.authorPicker;
    expect(await picker.chips.count()).toBe(1);
    await picker.input.fill(other!.nameFr);
    await expect.poll(() => picker.options.first().textContent()).toBe(other!.nameFr);
    await page.keyboard.press('Enter');
    await expect.poll(() => picker.chips.allTextContents()).toEqual([expect.any(String), expect.stringContaining(other!.nameFr)]);
    await page.keyboard.press('Control+s');
    const bylines = async () =>
      (await handle.db.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id)).orderBy(asc(articleAuthors.position))).map((row) => row.id);
    await expect.poll(bylines, { timeout: 15_000 }).toEqual([current[0], other!.id]);

    // The Arabic admin lists the Arabic names.
    const arPage = await signedIn('ar');
    const arEdit = new ArticleEditor(arPage, 'ar');
    await arEdit.goto(baseUrl, id);
    await expect.poll(() => arEdit.authorPicker.chips.allTextContents()).toEqual([expect.any(String), expect.stringContaining(other!.nameAr)]);
    await arPage.close();

    await picker.remove(other!.nameFr).click();
    await expect.poll(() => picker.chips.count()).toBe(1);
    await page.keyboard.press('Control+s');
    await expect.poll(async () => (await bylines()).length, { timeout: 15_000 }).toBe(1);
  }, SLOW);

  it('a picture pasted into the body goes to the media library, then into the body with its caption', async () => {
    const page = await signedIn();
    const edit = new ArticleEditor(page);
    const id = await newDraft(page, `Collage ${stamp}`);
    const png = await sharp({ create: { width: 640, height: 400, channels: 3, background: '#2a6f97' } }).png().toBuffer();
    await edit.pasteImage(png, `colle-${stamp}.png`);
    const dialog = edit.pastedImageDialog;
    await dialog.caption.fill('Le port au matin');
    await dialog.altFr.fill('Des barques bleues dans le port');
    await dialog.altAr.fill('قوارب زرقاء في الميناء');
    await dialog.credit.fill('Jarida');
    await dialog.insert.click();
    await edit.bodyImages.first().waitFor();
    expect(await edit.bodyImages.first().getAttribute('alt')).toBe('Des barques bleues dans le port');
    await page.keyboard.press('Control+s');
    await expect.poll(async () => JSON.stringify((await stored(id)).body), { timeout: 15_000 }).toContain('"caption":"Le port au matin"');
    const [uploaded] = await handle.db.select({ storageKey: media.storageKey }).from(media).where(eq(media.altFr, 'Des barques bleues dans le port'));
    expect(uploaded, 'the pasted picture is in the media library').toBeDefined();
    const body = JSON.stringify((await stored(id)).body);
    expect(body).toContain(`/media/${uploaded!.storageKey}`);
    expect(body).toContain('"caption":"Le port au matin"');
  }, SLOW);

  it('the media library takes a pasted picture as its upload and lists it with its name, size and date', async () => {
    const page = await signedIn();
    const library = new MediaLibraryPage(page);
    await library.goto(baseUrl);
    const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: '#c0392b' } }).png().toBuffer();
    const name = `capture-${stamp}.png`;
    await library.pasteImage(png, name);
    await expect.poll(() => library.chosenFileName()).toBe(name);
    await library.altFr.fill(`Une façade rouge ${stamp}`);
    await library.altAr.fill('واجهة حمراء');
    await library.credit.fill('Jarida');
    await library.submit.click();
    // The upload is a fetch from the form: leaving before it answers would cancel it.
    await expect.poll(async () => (await handle.db.select({ id: media.id }).from(media).where(eq(media.originalName, name))).length, { timeout: 30_000 }).toBe(1);
    await library.goto(baseUrl, stamp);
    const tile = library.tile(name);
    await tile.waitFor();
    // Size and upload date under the name (the date in the newsroom's own format, today's in Morocco).
    expect(await tile.textContent()).toMatch(/\d+\s?ko · 800 × 500 · \d{1,2} \S+ 20\d\d/);
    const thumb = await tile.getByRole('img').getAttribute('src');
    expect(thumb, 'the grid shows the whole picture\'s smallest rendition, not the original or a crop').toMatch(/[/-]w320\.webp$/);
  }, SLOW);

  it('a restored version of a published article reaches readers only when it is published', async () => {
    const page = await signedIn();
    const edit = new ArticleEditor(page);
    const id = await newDraft(page, `Restauration ${stamp}`);
    const first = `Premier titre publié ${stamp}`;
    const second = `Titre corrigé ${stamp}`;
    await edit.title.fill(first);
    await edit.button('save').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Enregistré');
    await edit.button('publishNow').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Publié');
    await edit.title.fill(second);
    await edit.button('save').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Enregistré');
    const { slug, version } = await stored(id);
    const reader = async () => (await (await fetch(`${baseUrl}/fr/article/${slug}`)).text()).includes(first) ? 'first' : 'second';
    await expect.poll(reader, { timeout: 15_000 }).toBe('second');

    const revisions = new RevisionsPage(page);
    await revisions.goto(baseUrl, id);
    await revisions.rows.first().waitFor();
    // Numbered without gaps: create, save, publish, save.
    expect(await revisions.versionLabels()).toEqual(['Version 4', 'Version 3', 'Version 2', 'Version 1']);
    await revisions.compare(2);
    await revisions.restoreLink.click();
    await page.waitForURL(/\?restore=\d+$/);
    const offer = edit.restorePanel(2);
    await offer.load.click();
    await expect.poll(() => edit.title.inputValue()).toBe(first);

    // Loaded in the editor only: nothing written, readers still read the live version.
    expect((await stored(id)).version).toBe(version);
    expect(await reader()).toBe('second');

    await offer.publish.click();
    await expect.poll(reader, { timeout: 15_000 }).toBe('first');
    expect((await stored(id)).title).toBe(first);
    await expect
      .poll(
        async () => {
          await revisions.goto(baseUrl, id);
          await revisions.rows.first().waitFor();
          return revisions.versionLabels();
        },
        { timeout: 30_000 },
      )
      .toEqual(['Version 5', 'Version 4', 'Version 3', 'Version 2', 'Version 1']);

    // Withdrawn again, so the demo front page stays as other files expect it.
    await edit.goto(baseUrl, id);
    await edit.button('unpublish').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Dépublié');
  }, SLOW);
});
