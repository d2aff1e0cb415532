import fs from 'node:fs';
import path from 'node:path';
import { and, eq, ne } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { articles, media } from '@/db/schema';
import { formatDateShort, formatTime } from '@/lib/time/format';
import { ArticleListPage } from './pages/admin-articles';
import { BilingualEditor } from './pages/admin-bilingual';
import { signIn } from './pages/admin-page';
import { ArticlePage } from './pages/article-page';
import { useTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';

/*
 * Bilingual work in the newsroom: the Arabic version of a French story gets its own slug and the
 * cover's Arabic words, and is written beside the French text; and the "updated" flag an editor
 * ticks on a published story is what readers see.
 */

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const admin = { email: `bilingual-admin-${stamp}@jarida.test`, password: 'bilingual admin password' };
const screenshots = path.resolve('test-results/screenshots');

describe.skipIf(!baseUrl)('bilingual editing', () => {
  const browser = useBrowser();
  const handle = useTestAdmin({ ...admin, name: 'Admin Bilingue' });

  it('the Arabic version of a French article takes an Arabic slug and cover words, and is written beside the French text', async () => {
    const context = await browser.newContext({ viewport: { width: 1440, height: 1000 } });
    const page = await context.newPage();
    await signIn(page, baseUrl, admin.email, admin.password);
    const list = new ArticleListPage(page);
    await list.goto(baseUrl);
    const frenchId = await list.createDraft(`Le tramway de Rabat prolongé vers Témara ${stamp}`);
    const edit = new BilingualEditor(page);
    await edit.summary.fill('Six kilomètres de plus et neuf stations d’ici 2028.');
    await edit.typeInBody('Les travaux commencent au printemps sur l’avenue Mohammed VI.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('La ligne desservira aussi le nouveau campus universitaire.');
    await edit.button('save').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Enregistré');

    // A cover from the library, with its French words, as an editor would have chosen it.
    const [picture] = await handle.db.select().from(media).where(and(ne(media.altFr, ''), ne(media.altAr, ''))).limit(1);
    expect(picture, 'a library picture with both alt texts').toBeDefined();
    await handle.db.update(articles).set({ coverId: picture!.id, coverAlt: picture!.altFr, coverCaption: 'Une rame à la station Bab Had.' }).where(eq(articles.id, frenchId));
    await edit.goto(baseUrl, frenchId);

    await edit.translateButton('ar').click();
    await page.waitForURL((url) => /\/admin\/fr\/articles\/\d+$/.test(url.pathname) && !url.pathname.endsWith(`/${frenchId}`));
    await edit.body.waitFor();
    const twinId = Number(page.url().split('/').pop());
    await expect(edit.coverAlt.inputValue()).resolves.toBe(picture!.altAr);
    await expect(edit.coverCaption.inputValue()).resolves.toBe('');

    // The translator writes the Arabic title and text over the French copy, and saves.
    await edit.title.fill(`تمديد ترامواي الرباط نحو تمارة ${stamp}`);
    await edit.summary.fill('ستة كيلومترات إضافية وتسع محطات في أفق 2028.');
    await edit.body.click();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('تنطلق الأشغال في الربيع على شارع محمد السادس.');
    await page.keyboard.press('Enter');
    await page.keyboard.type('وسيخدم الخط أيضا الحرم الجامعي الجديد.');
    await edit.button('save').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Enregistré');
    await expect.poll(() => edit.slug.inputValue()).toBe(`تمديد-ترامواي-الرباط-نحو-تمارة-${stamp}`);
    const [twin] = await handle.db.select().from(articles).where(eq(articles.id, twinId));
    const [french] = await handle.db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, frenchId));
    expect(twin).toMatchObject({ locale: 'ar', slug: `تمديد-ترامواي-الرباط-نحو-تمارة-${stamp}`, coverAlt: picture!.altAr, coverCaption: '' });
    expect(twin!.slug).not.toBe(french!.slug);

    // Side by side: the French paragraphs, left to right, beside the Arabic ones.
    await edit.twinToggle('fr').click();
    const pane = edit.twinPane('fr');
    await pane.waitFor();
    await expect(pane.locator('[lang="fr"]').getAttribute('dir')).resolves.toBe('ltr');
    await expect(edit.twinBlocks('fr').allTextContents()).resolves.toEqual([
      expect.stringContaining('Les travaux commencent au printemps'),
      expect.stringContaining('La ligne desservira aussi le nouveau campus'),
    ]);
    await expect(pane.textContent()).resolves.toContain(`Le tramway de Rabat prolongé vers Témara ${stamp}`);
    // Writing in the second Arabic paragraph faces the second French one.
    await edit.body.getByText('وسيخدم الخط أيضا').click();
    await expect.poll(() => edit.facingBlock('fr').textContent()).toContain('La ligne desservira aussi');
    await edit.title.click();
    await expect.poll(() => edit.facingBlock('fr').textContent()).toContain(`Le tramway de Rabat prolongé vers Témara ${stamp}`);

    fs.mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: path.join(screenshots, 'admin-fr-split-view.png') });

    // The same view in the Arabic newsroom: the choice to show it is remembered.
    const arabic = new BilingualEditor(await context.newPage(), 'ar');
    await arabic.goto(baseUrl, twinId);
    await arabic.twinPane('fr').waitFor();
    await expect(arabic.twinToggle('fr').getAttribute('aria-pressed')).resolves.toBe('true');
    await arabic.body.getByText('وسيخدم الخط أيضا').click();
    await expect.poll(() => arabic.facingBlock('fr').textContent()).toContain('La ligne desservira aussi');
    await arabic.page.screenshot({ path: path.join(screenshots, 'admin-ar-split-view.png') });
    // On a phone the two versions stack, the other language above the fields.
    await arabic.page.setViewportSize({ width: 390, height: 844 });
    const [paneBox, titleBox] = await Promise.all([arabic.twinPane('fr').boundingBox(), arabic.title.boundingBox()]);
    expect(paneBox!.y + paneBox!.height).toBeLessThanOrEqual(titleBox!.y);
    await arabic.page.screenshot({ path: path.join(screenshots, 'admin-ar-split-view-phone.png') });

    // From the French original, the Arabic text faces it, right to left.
    await edit.goto(baseUrl, frenchId);
    await edit.twinPane('ar').waitFor();
    await expect(edit.twinPane('ar').locator('[lang="ar"]').getAttribute('dir')).resolves.toBe('rtl');
    await expect(edit.twinBlocks('ar').first().textContent()).resolves.toContain('تنطلق الأشغال في الربيع');
    await page.screenshot({ path: path.join(screenshots, 'admin-fr-split-view-original.png') });
  }, 180_000);

  it('an editor flags an update on a published article and readers see « Mis à jour le … »', async () => {
    const page = await browser.newPage();
    await signIn(page, baseUrl, admin.email, admin.password);
    const list = new ArticleListPage(page);
    await list.goto(baseUrl);
    const title = `Le barrage de Sidi Salem à moitié plein ${stamp}`;
    const id = await list.createDraft(title);
    const edit = new BilingualEditor(page);
    await edit.typeInBody('Les pluies de novembre ont relevé le niveau.');
    await edit.button('publishNow').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Publié');
    const [row] = await handle.db.select({ slug: articles.slug }).from(articles).where(eq(articles.id, id));
    const reader = new ArticlePage(await browser.newPage());
    await reader.page.goto(`${baseUrl}/fr/article/${row!.slug}`);
    expect(await reader.updatedDate.count()).toBe(0);

    // A typo fix is not announced…
    await edit.summary.fill('Le niveau remonte.');
    await edit.button('save').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Enregistré');
    await reader.page.reload();
    expect(await reader.updatedDate.count()).toBe(0);

    // …a new figure is, when the editor says so.
    await edit.typeInBody(' Le taux de remplissage atteint 52 %.');
    await edit.updateFlag.check();
    await edit.button('save').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Enregistré');
    await expect(edit.updateFlag.isChecked()).resolves.toBe(false);
    const [flagged] = await handle.db.select({ modifiedAt: articles.modifiedAt }).from(articles).where(eq(articles.id, id));
    expect(flagged!.modifiedAt).not.toBeNull();
    await reader.page.reload();
    await expect(reader.updatedDate.textContent()).resolves.toBe(`Mis à jour le ${formatDateShort(flagged!.modifiedAt!, 'fr')} à ${formatTime(flagged!.modifiedAt!)}`);
    const jsonLd = await reader.page.locator('script[type="application/ld+json"]').allTextContents();
    const story = jsonLd.map((text) => JSON.parse(text) as { '@type'?: string; dateModified?: string }).find((item) => item['@type'] === 'NewsArticle');
    expect(Date.parse(story!.dateModified!)).toBe(Math.floor(flagged!.modifiedAt!.getTime() / 1000) * 1000);

    // Withdrawn again, so other files see the demo front page.
    await edit.button('unpublish').click();
    await expect.poll(() => edit.statusText(), { timeout: 15_000 }).toContain('Dépublié');
  }, 180_000);
});
