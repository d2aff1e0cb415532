import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { sessionCookieName } from '@/lib/auth/cookie';
import { EDITOR_CACHE_CONTROL, READER_CACHE_CONTROL } from '@/lib/http/reader-cache-control';
import { ArticlePage } from './pages/article-page';
import { ConsentBanner } from './pages/consent-banner';
import { FrontPage } from './pages/front-page';
import { ListingPage } from './pages/listing-page';
import { SitePage } from './pages/site-page';
import { recordErrors, useBrowser, type BrowserFixture } from './support/browser';
import { freePort, startNext } from './support/server';

const baseUrl = inject('baseUrl');
const screenshots = path.resolve('test-results/screenshots');

let browser: BrowserFixture;
const consoleErrors: string[] = [];

async function newPage(options: { locale?: string; width?: number; height?: number } = {}): Promise<Page> {
  const page = await browser.newPage({
    locale: options.locale ?? 'fr-FR',
    viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
  });
  recordErrors(page, consoleErrors);
  return page;
}

describe.skipIf(!baseUrl)('reader site in Chromium', () => {
  browser = useBrowser();
  beforeAll(() => {
    fs.mkdirSync(screenshots, { recursive: true });
  });

  it('/ sends readers to their language and remembers a switch', async () => {
    const toFr = await fetch(`${baseUrl}/`, { redirect: 'manual', headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(toFr.status).toBe(307);
    expect(toFr.headers.get('location')).toMatch(/\/fr$/);
    const toAr = await fetch(`${baseUrl}/`, { redirect: 'manual', headers: { 'accept-language': 'ar-MA,ar;q=0.9,fr;q=0.5' } });
    expect(toAr.headers.get('location')).toMatch(/\/ar$/);

    // Page responses never set cookies (so shared caches can keep them): the page remembers the switch.
    const arabic = await fetch(`${baseUrl}/ar`, { headers: { 'accept-language': 'fr-FR,fr;q=0.9' } });
    expect(arabic.status).toBe(200);
    expect(arabic.headers.get('set-cookie')).toBeNull();
    const page = await newPage({ locale: 'fr-FR' });
    await page.goto(`${baseUrl}/ar`);
    await expect.poll(async () => (await page.context().cookies()).find((cookie) => cookie.name === 'JARIDA_LOCALE')?.value).toBe('ar');
    await page.goto(`${baseUrl}/`);
    expect(new URL(page.url()).pathname).toBe('/ar');
  });

  it('front page → article → Arabic twin → back, with RTL layout', async () => {
    const page = await newPage();
    const front = new FrontPage(page);
    const response = await front.goto(baseUrl);
    expect(response?.status()).toBe(200);
    expect(await front.documentLang()).toBe('fr');
    expect(await front.storyHeadings.count()).toBeGreaterThan(10);

    // The lead story of the demo content has an Arabic twin.
    const lead = front.leadStoryLink;
    const title = (await lead.textContent())?.trim();
    await lead.click();
    await page.waitForURL(/\/fr\/article\//);
    const french = new ArticlePage(page);
    expect((await french.title.textContent())?.trim()).toBe(title);
    expect(await french.relativeDates.count()).toBe(1);
    await expect(french.readMoreHeading.textContent()).resolves.toBe('Lire la suite');
    const frenchUrl = page.url();

    await french.languageSwitch.click();
    await page.waitForURL(/\/ar\/article\//);
    const arabic = new ArticlePage(page, 'ar');
    await arabic.waitForLang('ar');
    await page.waitForLoadState('networkidle');
    expect(await arabic.readMoreHeading.count()).toBe(1);
    expect(await arabic.documentDir()).toBe('rtl');
    expect(await arabic.documentLang()).toBe('ar');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await expect(arabic.readMoreHeading.textContent()).resolves.toBe('اقرأ المزيد');
    // The byline sits at the start edge: on the right in RTL.
    const box = await arabic.title.boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.x + box!.width).toBeGreaterThan(viewport.width / 2);

    await arabic.languageSwitch.click();
    await page.waitForURL(/\/fr\/article\//);
    expect(page.url()).toBe(frenchUrl);
  });

  it('section, latest, author and tag pages paginate and link back', async () => {
    const page = await newPage();
    const listing = new ListingPage(page);
    const article = new ArticlePage(page);
    await listing.goto(baseUrl, '/fr/dernieres-nouvelles');
    expect(await listing.heading.textContent()).toBe('Dernières nouvelles');
    expect(await listing.stories.count()).toBe(12);
    await listing.nextPage.click();
    await page.waitForURL(/\/fr\/dernieres-nouvelles\/page\/2$/);
    expect(await listing.stories.count()).toBeGreaterThan(0);

    await listing.goto(baseUrl, '/fr');
    await listing.sectionLinks.first().click();
    await page.waitForURL(/\/fr\/rubrique\//);
    expect(await listing.stories.count()).toBeGreaterThan(0);

    await listing.storyLinks.first().click();
    await page.waitForURL(/\/fr\/article\//);
    await article.authorLinks.first().click();
    await page.waitForURL(/\/fr\/auteur\//);
    expect(await listing.stories.count()).toBeGreaterThan(0);
    await page.goBack();
    await article.tagLinks.first().click();
    await page.waitForURL(/\/fr\/sujet\//);
    expect(await listing.stories.count()).toBeGreaterThan(0);
  });

  it('unknown slugs and out-of-range pages are localized 404s', async () => {
    const page = await newPage();
    const notFound = new SitePage(page);
    const cases: [string, string][] = [
      ['/fr/article/cet-article-n-existe-pas', 'Page introuvable'],
      ['/ar/article/%D8%BA%D9%8A%D8%B1-%D9%85%D9%88%D8%AC%D9%88%D8%AF', 'الصفحة غير موجودة'],
      ['/fr/rubrique/maroc/page/999', 'Page introuvable'],
      ['/fr/dernieres-nouvelles/page/abc', 'Page introuvable'],
      ['/fr/nimporte/quoi', 'Page introuvable'],
      ['/ar/qism/inexistant', 'الصفحة غير موجودة'],
    ];
    for (const [url, heading] of cases) {
      const response = await page.goto(`${baseUrl}${url}`);
      expect(response?.status(), url).toBe(404);
      expect((await notFound.heading.textContent())?.trim(), url).toBe(heading);
    }
  });

  it('an address that matches no route gets its 404 rendered on the server, in its language and direction', async () => {
    for (const [url, lang, dir, heading] of [
      ['/fr/nimporte/quoi', 'fr', 'ltr', 'Page introuvable'],
      ['/ar/safha/ghayr-mawjuda', 'ar', 'rtl', 'الصفحة غير موجودة'],
      ['/fr/rubrique/maroc/en-trop', 'fr', 'ltr', 'Page introuvable'],
    ]) {
      // Twice: the second answer comes from the page cache and must keep the 404.
      for (const attempt of [1, 2]) {
        const response = await fetch(`${baseUrl}${url}`);
        expect(response.status, `${url} #${attempt}`).toBe(404);
        const html = await response.text();
        expect(html, url).toContain(`<html lang="${lang}" dir="${dir}"`);
        expect(html, url).toContain(`<h1>${heading}</h1>`);
        expect(html, url).toContain('<meta name="robots" content="noindex, follow"/>');
      }
    }
  });

  it("an article carries its own masthead once: the not-found boundary Next embeds in every page has the slim one", async () => {
    const front = await (await fetch(`${baseUrl}/fr`)).text();
    const article = /href="(\/fr\/article\/[^"]+)"/.exec(front)?.[1];
    expect(article).toBeTruthy();
    const html = await (await fetch(`${baseUrl}${article}`)).text();
    // The markup and the flight data each name the page's own ticker and prayer slot once;
    // a full masthead in the not-found tree would add a third.
    expect(html.match(/data-testid(?:=|\\?":\\?")"?ticker/g)?.length).toBe(2);
    expect(html.match(/data-slot(?:=|\\?":\\?")"?prayer-times/g)?.length).toBe(2);
    expect(html).toMatch(/masthead masthead--slim/);
  });

  it('saves screenshots of the French and Arabic pages at phone and desktop widths', async () => {
    const sizes = { phone: { width: 390, height: 844 }, desktop: { width: 1366, height: 900 } };
    for (const locale of ['fr', 'ar'] as const) {
      for (const [name, size] of Object.entries(sizes)) {
        const page = await newPage({ locale: locale === 'fr' ? 'fr-FR' : 'ar-MA', ...size });
        const front = new FrontPage(page, locale);
        const consent = new ConsentBanner(page, locale);
        await front.goto(baseUrl);
        await page.screenshot({ path: path.join(screenshots, `${locale}-front-${name}-first-visit.png`) });
        // Readers who have chosen see the page without the banner.
        await consent.rejectAll.click();
        await consent.waitForClosed();
        await page.screenshot({ path: path.join(screenshots, `${locale}-front-${name}.png`), fullPage: name === 'desktop' });
        await front.leadStoryLink.click();
        await page.waitForURL(/\/article\//);
        await page.screenshot({ path: path.join(screenshots, `${locale}-article-${name}.png`), fullPage: name === 'desktop' });
      }
    }
    expect(fs.readdirSync(screenshots).filter((file) => file.endsWith('.png')).length).toBeGreaterThanOrEqual(12);
  });

  it('logged no console errors on any page visited', () => {
    // 404 responses log a resource error by design; anything else is a defect.
    expect(consoleErrors.filter((line) => !/status of 404/.test(line))).toEqual([]);
  });

  it('serves reader pages as static, cookie-free responses a shared cache can keep', async () => {
    const front = await (await fetch(`${baseUrl}/fr`)).text();
    const articlePath = /href="(\/fr\/article\/[^"]+)"/.exec(front)?.[1];
    expect(articlePath).toBeTruthy();
    for (const path of ['/fr', '/ar', '/fr/dernieres-nouvelles', articlePath!]) {
      const response = await fetch(`${baseUrl}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get('set-cookie'), path).toBeNull();
      // Not Next's `stale-while-revalidate` of the pages' 30-day lifetime (lib/http/reader-cache-control.ts).
      expect(response.headers.get('cache-control'), path).toBe(READER_CACHE_CONTROL);
      // An editor's view of the same page is kept by no cache.
      const signedIn = await fetch(`${baseUrl}${path}`, { headers: { cookie: `${sessionCookieName()}=x` } });
      expect(signedIn.headers.get('cache-control'), path).toBe(EDITOR_CACHE_CONTROL);
    }
  });

  it('never scrolls sideways on a phone, once the prayer strip and the consent banner are in', async () => {
    for (const [locale, path] of [['fr', '/fr'], ['ar', '/ar'], ['fr', '/fr/dernieres-nouvelles']] as const) {
      const page = await newPage({ locale: locale === 'fr' ? 'fr-FR' : 'ar-MA', width: 360, height: 740 });
      const site = new SitePage(page, locale);
      await page.goto(`${baseUrl}${path}`);
      await site.prayerStrip.waitFor();
      await site.consentBanner.waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(360);
    }
  });

  it('answers a localized 503 without a stack trace when the database is unreachable', async () => {
    const deadPort = await freePort();
    const server = await startNext({ DATABASE_URL: `postgres://postgres@127.0.0.1:${deadPort}/postgres` });
    try {
      // A tag that was not prerendered at build time needs the database.
      const url = `${server.url}/fr/sujet/un-sujet-jamais-rendu`;
      const first = await fetch(url);
      const firstBody = await first.text();
      expect([500, 503]).toContain(first.status);
      const second = await fetch(url);
      const secondBody = await second.text();
      expect(second.status).toBe(503);
      expect(second.headers.get('retry-after')).toBe('30');
      expect(secondBody).toContain('Service momentanément indisponible');
      const arabic = await fetch(`${server.url}/ar/qism/x`);
      expect(arabic.status).toBe(503);
      expect(await arabic.text()).toContain('الخدمة غير متاحة مؤقتا');
      // Front pages and articles skip the proxy: what the build cached is still served…
      const front = await fetch(`${server.url}/fr`);
      expect(front.status).toBe(200);
      expect(await front.text()).toContain('class="front-top__lead');
      // …and an article that must render fails with a 500 that the browser shows as the localized error page.
      const uncached = await fetch(`${server.url}/fr/article/une-page-jamais-rendue`);
      const uncachedBody = await uncached.text();
      expect(uncached.status).toBe(500);
      const page = await newPage({ locale: 'ar-MA' });
      const errorPage = new SitePage(page, 'ar');
      await page.goto(`${server.url}/ar/article/x`);
      await expect(errorPage.heading.textContent()).resolves.toBe('حدث خطأ ما');
      expect(await errorPage.documentDir()).toBe('rtl');
      for (const body of [firstBody, secondBody, uncachedBody]) {
        expect(body).not.toMatch(/ECONNREFUSED|at [\w.<>]+ \(|node_modules|\.tsx?:\d+/);
      }
      expect(server.output()).toMatch(/database unreachable/);
    } finally {
      await server.stop();
    }
  });
});
