import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const databaseUrl = inject('e2eDatabaseUrl');
let browser: Browser;
const consoleErrors: string[] = [];
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Headless Chromium says "HeadlessChrome" and is rightly not counted as a reader; this is what
// a desktop Chrome sends.
const READER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

async function newPage(options: { javaScript?: boolean; userAgent?: string; locale?: string; forwardedFor?: string } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    userAgent: options.userAgent,
    // As nginx sends it: the views limiter counts one view per address and article per hour.
    extraHTTPHeaders: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : undefined,
    locale: options.locale ?? 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => consoleErrors.push(`${page.url()}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${page.url()}: ${message.text()}`);
  });
  return page;
}

async function marked(page: Page): Promise<string[]> {
  return page.locator('.search-hit mark').allTextContents();
}

async function viewsOf(articleId: number): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('select coalesce(sum(views), 0)::int as n from article_views_hourly where article_id = $1', [articleId]);
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

async function articleId(locale: string, slug: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: number }>('select id from articles where locale = $1 and slug = $2', [locale, slug]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

describe.skipIf(!baseUrl)('search, ticker and most read in Chromium', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('searches in French from the header box: accents folded, matches marked', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr`);
    await page.fill('#site-search-q', 'economie');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/fr\/recherche\?q=economie/);
    expect(await page.locator('h1').textContent()).toBe('Recherche : economie');
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    const marks = await marked(page);
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^économ/);
    // The highlights are real elements, not markup shown as text.
    expect(await page.locator('.search-hit').first().textContent()).not.toContain('<mark>');
    expect(await page.inputValue('#search-q')).toBe('economie');
    await page.context().close();
  });

  it('searches in Arabic through the search page, with or without harakat', async () => {
    const page = await newPage({ locale: 'ar-MA' });
    await page.goto(`${baseUrl}/ar/bahth`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.fill('#search-q', 'المَغْرِب');
    await page.click('.search-form__submit');
    await page.waitForURL(/\/ar\/bahth\?/);
    const withHarakat = await page.locator('.search-hit').count();
    expect(withHarakat).toBeGreaterThan(0);
    expect((await marked(page)).some((text) => text.includes('مغرب'))).toBe(true);

    const countFor = async (q: string) => {
      await page.goto(`${baseUrl}/ar/bahth?q=${encodeURIComponent(q)}`);
      return page.locator('.search-results__count').textContent();
    };
    expect(await countFor('المَغْرِبُ')).toBe(await countFor('المغرب'));
    await page.context().close();
  });

  it('works without JavaScript: form, results, filters, "did you mean" and the empty state', async () => {
    const page = await newPage({ javaScript: false });
    await page.goto(`${baseUrl}/fr`);
    await page.fill('#site-search-q', 'tramwya');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/recherche\?q=tramwya/);
    expect(await page.locator('.search-hit').count()).toBe(0);
    const suggestion = page.getByTestId('search-suggestion');
    expect(await suggestion.textContent()).toBe('tramway');
    await suggestion.click();
    await page.waitForURL(/q=tramway(&|$)/);
    expect(await page.locator('.search-hit').count()).toBeGreaterThan(0);
    expect(await marked(page)).toContain('tramway');

    // Filter by section with the plain form.
    await page.fill('#search-q', 'ans');
    await page.selectOption('#search-section', 'economie');
    await page.click('.search-form__submit');
    await page.waitForURL(/section=economie/);
    const kickers = await page.locator('.search-hit .kicker').allTextContents();
    expect(kickers.length).toBeGreaterThan(0);
    for (const kicker of kickers) expect(kicker).toBe('Économie');

    await page.goto(`${baseUrl}/fr/recherche?q=xqzwvkj`);
    expect(await page.locator('.empty-state').textContent()).toContain('Aucun article ne correspond à « xqzwvkj »');
    await page.goto(`${baseUrl}/fr/recherche?q=${'x'.repeat(300)}`);
    expect(await page.locator('[role="alert"]').textContent()).toContain('200 caractères');
    await page.context().close();
  });

  it('shows the other language’s stories for a query typed in its script, linked to their pages', async () => {
    const page = await newPage({ javaScript: false });
    await page.goto(`${baseUrl}/fr/recherche?q=${encodeURIComponent('اقتصاد')}`);
    const other = page.getByTestId('search-other-language');
    expect(await other.locator('h2').textContent()).toBe('Dans nos articles en arabe');
    expect(await other.locator('ol').getAttribute('lang')).toBe('ar');
    expect(await other.locator('ol').getAttribute('dir')).toBe('rtl');
    const hrefs = await other.locator('ol a').evaluateAll((links) => links.map((link) => link.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/ar\/article\//);
    expect(await other.locator('.search-other__all a').getAttribute('href')).toBe(`/ar/bahth?q=${encodeURIComponent('اقتصاد')}`);
    await page.goto(`${baseUrl}/ar/bahth?q=tramway`);
    expect(await page.getByTestId('search-other-language').locator('h2').textContent()).toBe('في مقالاتنا بالفرنسية');
    expect(await page.locator('[data-testid="search-other-language"] ol a').first().getAttribute('href')).toMatch(/^\/fr\/article\//);
    await page.context().close();
  });

  it('pages through results with plain links', async () => {
    const page = await newPage();
    // "ans" (years) is in many demo stories: more than one page of ten.
    await page.goto(`${baseUrl}/fr/recherche?q=ans`);
    const count = Number((await page.locator('.search-results__count').textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(10);
    const first = await page.locator('.search-hit__title').allTextContents();
    await page.click('.pagination a[rel="next"]');
    await page.waitForURL(/page=2/);
    const second = await page.locator('.search-hit__title').allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((title) => first.includes(title))).toEqual([]);
    await page.context().close();
  });

  it('the JSON API answers, and refuses bad parameters with a reason', async () => {
    const ok = await fetch(`${baseUrl}/api/search?q=economie&locale=fr`);
    expect(ok.status).toBe(200);
    const body = (await ok.json()) as { total: number; results: { url: string; titleHighlight: { text: string; match: boolean }[] }[] };
    expect(body.total).toBeGreaterThan(0);
    expect(body.results[0]!.url).toMatch(/^\/fr\/article\//);
    const tooLong = await fetch(`${baseUrl}/api/search?q=${'x'.repeat(10_000)}&locale=fr`);
    expect(tooLong.status).toBe(400);
    expect(((await tooLong.json()) as { error: string }).error).toContain('longer than 200');
    const hostile = await fetch(`${baseUrl}/api/search?q=${encodeURIComponent(`'; drop table articles; -- <script>&|!:*()`)}&locale=ar`);
    expect(hostile.status).toBe(200);
    expect((await fetch(`${baseUrl}/api/search?q=x&locale=en`)).status).toBe(400);
  });

  it('shows the ticker under the masthead in both languages, stacked when motion is reduced', async () => {
    for (const [locale, label] of [
      ['fr', 'Urgent'],
      ['ar', 'عاجل'],
    ] as const) {
      const page = await newPage();
      await page.goto(`${baseUrl}/${locale}`);
      const ticker = page.getByTestId('ticker');
      expect(await ticker.isVisible()).toBe(true);
      expect(await ticker.locator('h2').textContent()).toBe(label);
      const times = await ticker.locator('.ticker__item time').allTextContents();
      expect(times.length).toBeGreaterThanOrEqual(2);
      for (const time of times) expect(time).toMatch(/^\d{2}:\d{2}$/);
      expect(await ticker.getAttribute('aria-live')).toBeNull();
      const track = ticker.locator('.ticker__track');
      expect(await track.evaluate((element) => getComputedStyle(element).animationName)).toBe('ticker');
      // Right to left in French, left to right in Arabic.
      const shift = () => track.evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).m41);
      const before = await shift();
      await page.waitForTimeout(600);
      const after = await shift();
      if (locale === 'fr') expect(after).toBeLessThan(before);
      else expect(after).toBeGreaterThan(before);
      // The pause control works without script.
      await page.check('#ticker-pause', { force: true });
      expect(await track.evaluate((element) => getComputedStyle(element).animationPlayState)).toBe('paused');

      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await track.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
      expect(await track.evaluate((element) => getComputedStyle(element).flexDirection)).toBe('column');
      await page.context().close();
    }
  });

  it('renders "most read" on the front page and article pages', async () => {
    const page = await newPage();
    await page.goto(`${baseUrl}/fr`);
    const block = page.getByTestId('most-read');
    expect(await block.locator('h2').textContent()).toBe('Les plus lus');
    expect(await block.locator('li').count()).toBe(5);
    await page.goto(`${baseUrl}/ar`);
    expect(await page.getByTestId('most-read').locator('h2').textContent()).toBe('الأكثر قراءة');
    const href = await page.locator('.front-top__lead .card__title a').first().getAttribute('href');
    await page.goto(`${baseUrl}${href}`);
    expect(await page.locator('.sidebar [data-testid="most-read"] li').count()).toBe(5);
    await page.context().close();
  });

  it('counts a reader’s view once, without cookies, and ignores bots', async () => {
    // An address of its own: other suites' readers (all on 127.0.0.1) may have read this article in the last hour.
    const reader = await newPage({ userAgent: READER_UA, forwardedFor: '198.51.100.23' });
    await reader.goto(`${baseUrl}/fr`);
    const links = await reader.locator('.latest-rail__list .card__title a').evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
    const [readHref, botHref] = links as [string, string];
    const beacon = reader.waitForResponse((response) => response.url().endsWith('/api/views') && response.request().method() === 'POST');
    await reader.goto(`${baseUrl}${readHref}`);
    const response = await beacon;
    expect(response.status()).toBe(204);
    expect(await response.headerValue('set-cookie')).toBeNull();
    expect(response.request().postData()).toMatch(/^id=\d+$/);

    const bot = await newPage({ userAgent: 'Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)' });
    const botBeacon = bot.waitForResponse((r) => r.url().endsWith('/api/views'));
    await bot.goto(`${baseUrl}${botHref}`);
    expect((await botBeacon).status()).toBe(204);

    const slug = (href: string) => decodeURIComponent(href.split('/').pop()!);
    const [readId, botId] = await Promise.all([articleId('fr', slug(readHref)), articleId('fr', slug(botHref))]);
    // The server writes its counts every 10 seconds.
    const deadline = Date.now() + 25_000;
    while ((await viewsOf(readId)) === 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 500));
    expect(await viewsOf(readId)).toBe(1);
    expect(await viewsOf(botId)).toBe(0);
    await reader.context().close();
    await bot.context().close();
  });

  it('search pages pass axe-core (WCAG 2.1 A/AA) in light and dark mode', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme });
      const page = await context.newPage();
      for (const path of [
        '/fr/recherche?q=economie',
        `/ar/bahth?q=${encodeURIComponent('المغرب')}`,
        '/fr/recherche?q=tramwya&from=2026-13-01',
        // Results in the other language, in their own language and direction.
        `/fr/recherche?q=${encodeURIComponent('اقتصاد')}`,
        '/ar/bahth?q=football',
      ]) {
        await page.goto(`${baseUrl}${path}`);
        await page.addScriptTag({ content: axeSource });
        const result = await page.evaluate(
          () =>
            (
              window as unknown as {
                axe: { run: (o: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
              }
            ).axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }),
        );
        for (const violation of result.violations) {
          failures.push(`${colorScheme} ${path}: ${violation.id} at ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
        }
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('logged no console errors', () => {
    expect(consoleErrors.filter((line) => !/status of 404/.test(line))).toEqual([]);
  });
});
