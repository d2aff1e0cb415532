import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { ArticlePage } from './pages/article-page';
import { FrontPage } from './pages/front-page';
import { SearchPage } from './pages/search-page';
import { recordErrors, useBrowser, type BrowserFixture } from './support/browser';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('e2eDatabaseUrl');
let browser: BrowserFixture;
const consoleErrors: string[] = [];
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

// Headless Chromium says "HeadlessChrome" and is rightly not counted as a reader; this is what
// a desktop Chrome sends.
const READER_UA = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

async function newPage(options: { javaScript?: boolean; userAgent?: string; locale?: string; forwardedFor?: string } = {}): Promise<Page> {
  const page = await browser.newPage({
    javaScriptEnabled: options.javaScript ?? true,
    userAgent: options.userAgent,
    // As nginx sends it: the views limiter counts one view per address and article per hour.
    extraHTTPHeaders: options.forwardedFor ? { 'x-forwarded-for': options.forwardedFor } : undefined,
    locale: options.locale ?? 'fr-FR',
    viewport: { width: 1280, height: 900 },
  });
  recordErrors(page, consoleErrors);
  return page;
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
  browser = useBrowser();

  it('searches in French from the header box: accents folded, matches marked', async () => {
    const page = await newPage();
    const search = new SearchPage(page);
    await new FrontPage(page).goto(baseUrl);
    await search.search('economie');
    await page.waitForURL(/\/fr\/recherche\?q=economie/);
    expect(await search.heading.textContent()).toBe('Recherche : economie');
    expect(await search.hits.count()).toBeGreaterThan(0);
    const marks = await search.marks.allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^économ/);
    // The highlights are real elements, not markup shown as text.
    expect(await search.hits.first().textContent()).not.toContain('<mark>');
    expect(await search.query.inputValue()).toBe('economie');
  });

  it('searches in Arabic through the search page, with or without harakat', async () => {
    const page = await newPage({ locale: 'ar-MA' });
    const search = new SearchPage(page, 'ar');
    await page.goto(`${baseUrl}/ar/bahth`);
    expect(await search.documentDir()).toBe('rtl');
    await search.query.fill('المَغْرِب');
    await search.submit.click();
    await page.waitForURL(/\/ar\/bahth\?/);
    const withHarakat = await search.hits.count();
    expect(withHarakat).toBeGreaterThan(0);
    expect((await search.marks.allTextContents()).some((text) => text.includes('مغرب'))).toBe(true);

    const countFor = async (q: string) => {
      await page.goto(`${baseUrl}/ar/bahth?q=${encodeURIComponent(q)}`);
      return search.count.textContent();
    };
    expect(await countFor('المَغْرِبُ')).toBe(await countFor('المغرب'));
  });

  it('works without JavaScript: form, results, filters, "did you mean" and the empty state', async () => {
    const page = await newPage({ javaScript: false });
    const search = new SearchPage(page);
    await new FrontPage(page).goto(baseUrl);
    await search.search('tramwya');
    await page.waitForURL(/recherche\?q=tramwya/);
    expect(await search.hits.count()).toBe(0);
    const suggestion = search.suggestion;
    expect(await suggestion.textContent()).toBe('tramway');
    await suggestion.click();
    await page.waitForURL(/q=tramway(&|$)/);
    expect(await search.hits.count()).toBeGreaterThan(0);
    expect(await search.marks.allTextContents()).toContain('tramway');

    // Filter by section with the plain form.
    await search.query.fill('ans');
    await search.section.selectOption('economie');
    await search.submit.click();
    await page.waitForURL(/section=economie/);
    const kickers = await search.hitSections.allTextContents();
    expect(kickers.length).toBeGreaterThan(0);
    for (const kicker of kickers) expect(kicker).toBe('Économie');

    await page.goto(`${baseUrl}/fr/recherche?q=xqzwvkj`);
    expect(await search.results.textContent()).toContain('Aucun article ne correspond à « xqzwvkj »');
    await page.goto(`${baseUrl}/fr/recherche?q=${'x'.repeat(300)}`);
    expect(await search.alert.textContent()).toContain('200 caractères');
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
    const search = new SearchPage(page);
    // "ans" (years) is in many demo stories: more than one page of ten.
    await page.goto(`${baseUrl}/fr/recherche?q=ans`);
    const count = Number((await search.count.textContent())!.replace(/\D/g, ''));
    expect(count).toBeGreaterThan(10);
    const first = await search.hitTitles.allTextContents();
    await search.nextPage.click();
    await page.waitForURL(/page=2/);
    const second = await search.hitTitles.allTextContents();
    expect(second.length).toBeGreaterThan(0);
    expect(second.filter((title) => first.includes(title))).toEqual([]);
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
      const front = new FrontPage(page, locale);
      await front.goto(baseUrl);
      const ticker = front.ticker;
      expect(await ticker.isVisible()).toBe(true);
      expect(await ticker.getByRole('heading').textContent()).toBe(label);
      const times = await ticker.getByRole('listitem').getByRole('time').allTextContents();
      expect(times.length).toBeGreaterThanOrEqual(2);
      for (const time of times) expect(time).toMatch(/^\d{2}:\d{2}$/);
      expect(await ticker.getAttribute('aria-live')).toBeNull();
      // The moving track is the ticker's list of alerts.
      const track = ticker.getByRole('list');
      expect(await track.evaluate((element) => getComputedStyle(element).animationName)).toBe('ticker');
      // Right to left in French, left to right in Arabic.
      const shift = () => track.evaluate((element) => new DOMMatrix(getComputedStyle(element).transform).m41);
      const before = await shift();
      await page.waitForTimeout(600);
      const after = await shift();
      if (locale === 'fr') expect(after).toBeLessThan(before);
      else expect(after).toBeGreaterThan(before);
      // The pause control works without script.
      await ticker.getByRole('checkbox', { name: front.t.Ticker.pause, exact: true }).check({ force: true });
      expect(await track.evaluate((element) => getComputedStyle(element).animationPlayState)).toBe('paused');

      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await track.evaluate((element) => getComputedStyle(element).animationName)).toBe('none');
      expect(await track.evaluate((element) => getComputedStyle(element).flexDirection)).toBe('column');
    }
  });

  it('renders "most read" on the front page and article pages', async () => {
    const page = await newPage();
    const front = new FrontPage(page);
    await front.goto(baseUrl);
    const block = front.mostRead;
    expect(await block.getByRole('heading').textContent()).toBe('Les plus lus');
    expect(await block.getByRole('listitem').count()).toBe(5);
    const arabic = new FrontPage(page, 'ar');
    await arabic.goto(baseUrl);
    expect(await arabic.mostRead.getByRole('heading').textContent()).toBe('الأكثر قراءة');
    const href = await arabic.leadStoryLink.getAttribute('href');
    await page.goto(`${baseUrl}${href}`);
    expect(await new ArticlePage(page, 'ar').sidebarMostReadItems.count()).toBe(5);
  });

  it('counts a reader’s view once, without cookies, and ignores bots', async () => {
    // An address of its own: other suites' readers (all on 127.0.0.1) may have read this article in the last hour.
    const reader = await newPage({ userAgent: READER_UA, forwardedFor: '198.51.100.23' });
    await reader.goto(`${baseUrl}/fr`);
    const links = await new FrontPage(reader).latestHeadlineLinks.evaluateAll((anchors) => anchors.map((a) => a.getAttribute('href')!));
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
  });

  it('search pages pass axe-core (WCAG 2.1 A/AA) in light and dark mode', async () => {
    const failures: string[] = [];
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme });
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
    }
    expect(failures).toEqual([]);
  });

  it('logged no console errors', () => {
    expect(consoleErrors.filter((line) => !/status of 404/.test(line))).toEqual([]);
  });
});
