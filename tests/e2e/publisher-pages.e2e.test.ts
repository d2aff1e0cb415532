import { describe, expect, inject, it } from 'vitest';
import { signIn } from './pages/admin-page';
import { PagesAdminPage } from './pages/admin-pages';
import { InfoPage } from './pages/info-page';
import { useTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';

/*
 * The publisher's pages (about, contact, legal notice, privacy, editorial charter): readers reach
 * them from the footer in both languages, each names its twin, and an editor's change to one in
 * the newsroom is what the next reader sees.
 */

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const admin = { email: `pages-admin-${stamp}@jarida.test`, password: 'pages admin password', name: 'Admin Pages' };
const editor = { email: `pages-editor-${stamp}@jarida.test`, password: 'pages editor password', name: 'Éditeur Pages' };

describe.skipIf(!baseUrl)('publisher pages', () => {
  const browser = useBrowser();
  const handle = useTestAdmin(admin);

  it('the footer links to the five pages in each language, and each page leads to its twin', async () => {
    const page = await browser.newPage();
    for (const [locale, path, twin] of [
      ['fr', '/fr/infos/a-propos', '/ar/maalumat/man-nahnu'],
      ['ar', '/ar/maalumat/man-nahnu', '/fr/infos/a-propos'],
    ] as const) {
      const info = new InfoPage(page, locale);
      await page.goto(`${baseUrl}/${locale}`);
      expect(await info.footerPages.count(), locale).toBe(5);
      await Promise.all([page.waitForURL(`${baseUrl}${path}`), info.footerPages.first().click()]);
      expect(await info.heading.count()).toBe(1);
      expect(await info.body.textContent()).toContain(locale === 'fr' ? 'Casablanca' : 'الدار البيضاء');
      const hreflang = await info.hreflang();
      expect(new URL(hreflang[locale]!).pathname).toBe(path);
      expect(new URL(hreflang[locale === 'fr' ? 'ar' : 'fr']!).pathname).toBe(twin);
      expect(decodeURIComponent((await info.languageSwitch.getAttribute('href'))!)).toBe(twin);
    }
    expect((await fetch(`${baseUrl}/fr/infos/page-inconnue`)).status).toBe(404);
  });

  it('an editor changes a page in the newsroom and readers see it at once', async () => {
    await handle.createAccount({ email: editor.email, name: editor.name, role: 'editor', password: editor.password });
    // A reader reads the page first, so the change must replace a cached copy.
    expect((await fetch(`${baseUrl}/fr/infos/contact`)).status).toBe(200);

    const page = await browser.newPage();
    await signIn(page, baseUrl, editor.email, editor.password);
    const pages = new PagesAdminPage(page);
    await pages.goto(baseUrl);
    await pages.edit('contact');
    const line = `Permanence le samedi matin ${stamp}.`;
    await pages.typeInBody(line);
    await pages.save();

    const reader = await browser.newPage();
    const info = new InfoPage(reader, 'fr');
    await reader.goto(`${baseUrl}/fr/infos/contact`);
    expect(await info.body.textContent()).toContain(line);
  });
});
