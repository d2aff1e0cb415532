import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { sessionCookieName } from '@/lib/auth/cookie';
import { EDITOR_CACHE_CONTROL, READER_CACHE_CONTROL } from '@/lib/http/reader-cache-control';
import { CHROMIUM_ARGS } from './chromium';
import { freePort, startNext } from './server';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const screenshots = path.resolve('test-results/screenshots');

let browser: Browser;
const consoleErrors: string[] = [];

async function newPage(options: { locale?: string; width?: number; height?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    locale: options.locale ?? 'fr-FR',
    viewport: { width: options.width ?? 1366, height: options.height ?? 900 },
  });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  return page;
}

describe.skipIf(!baseUrl)('reader site in Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
    fs.mkdirSync(screenshots, { recursive: true });
  });

  afterAll(async () => {
    await browser?.close();
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
    await page.context().close();
  });

  it('front page → article → Arabic twin → back, with RTL layout', async () => {
    const page = await newPage();
    const response = await page.goto(`${baseUrl}/fr`);
    expect(response?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe('fr');
    expect(await page.locator('main h2, main h3').count()).toBeGreaterThan(10);

    // The lead story of the demo content has an Arabic twin.
    const lead = page.locator('.front-top__lead .card__title a').first();
    const title = (await lead.textContent())?.trim();
    await lead.click();
    await page.waitForURL(/\/fr\/article\//);
    expect((await page.locator('h1.article__title').textContent())?.trim()).toBe(title);
    expect(await page.locator('.article__dates time[data-relative]').count()).toBe(1);
    await expect(page.locator('#read-more-heading').textContent()).resolves.toBe('Lire la suite');
    const frenchUrl = page.url();

    await page.click('[data-testid="language-switch"]');
    await page.waitForURL(/\/ar\/article\//);
    await page.waitForSelector('html[lang="ar"]');
    await page.waitForLoadState('networkidle');
    expect(await page.locator('#read-more-heading').count()).toBe(1);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.evaluate(() => getComputedStyle(document.body).direction)).toBe('rtl');
    await expect(page.locator('#read-more-heading').textContent()).resolves.toBe('اقرأ المزيد');
    // The byline sits at the start edge: on the right in RTL.
    const box = await page.locator('h1').boundingBox();
    const viewport = page.viewportSize()!;
    expect(box!.x + box!.width).toBeGreaterThan(viewport.width / 2);

    await page.click('[data-testid="language-switch"]');
    await page.waitForURL(/\/fr\/article\//);
    expect(page.url()).toBe(frenchUrl);
    await page.context().close();
  });

  it('section, latest, author and tag pages paginate and link back', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr/dernieres-nouvelles`);
    expect(await page.locator('h1').textContent()).toBe('Dernières nouvelles');
    expect(await page.locator('.card-list article').count()).toBe(12);
    await page.click('a[rel="next"]');
    await page.waitForURL(/\/fr\/dernieres-nouvelles\/page\/2$/);
    expect(await page.locator('.card-list article').count()).toBeGreaterThan(0);

    await page.goto(`${baseUrl}/fr`);
    await page.locator('.section-nav a').first().click();
    await page.waitForURL(/\/fr\/rubrique\//);
    expect(await page.locator('.card-list article').count()).toBeGreaterThan(0);

    await page.locator('.card-list .card__title a').first().click();
    await page.waitForURL(/\/fr\/article\//);
    await page.locator('a[rel="author"]').first().click();
    await page.waitForURL(/\/fr\/auteur\//);
    expect(await page.locator('.card-list article').count()).toBeGreaterThan(0);
    await page.goBack();
    await page.locator('.tag').first().click();
    await page.waitForURL(/\/fr\/sujet\//);
    expect(await page.locator('.card-list article').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('unknown slugs and out-of-range pages are localized 404s', async () => {
    const page = await newPage();
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
      expect((await page.locator('h1').textContent())?.trim(), url).toBe(heading);
    }
    await page.context().close();
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
        await page.goto(`${baseUrl}/${locale}`);
        await page.screenshot({ path: path.join(screenshots, `${locale}-front-${name}-first-visit.png`) });
        // Readers who have chosen see the page without the banner.
        await page.locator('[data-testid="consent-banner"] button[value="reject-all"]').click();
        await page.getByTestId('consent-banner').waitFor({ state: 'detached' });
        await page.screenshot({ path: path.join(screenshots, `${locale}-front-${name}.png`), fullPage: name === 'desktop' });
        await page.locator('.front-top__lead .card__title a').first().click();
        await page.waitForURL(/\/article\//);
        await page.screenshot({ path: path.join(screenshots, `${locale}-article-${name}.png`), fullPage: name === 'desktop' });
        await page.context().close();
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
      await page.goto(`${baseUrl}${path}`);
      await page.getByTestId('prayer-strip').waitFor();
      await page.getByTestId('consent-banner').waitFor();
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBe(360);
      await page.context().close();
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
      await page.goto(`${server.url}/ar/article/x`);
      await expect(page.locator('h1').textContent()).resolves.toBe('حدث خطأ ما');
      expect(await page.getAttribute('html', 'dir')).toBe('rtl');
      await page.context().close();
      for (const body of [firstBody, secondBody, uncachedBody]) {
        expect(body).not.toMatch(/ECONNREFUSED|at [\w.<>]+ \(|node_modules|\.tsx?:\d+/);
      }
      expect(server.output()).toMatch(/database unreachable/);
    } finally {
      await server.stop();
    }
  });
});
