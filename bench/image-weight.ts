/**
 * Image bytes a phone downloads (390 CSS px wide, device pixel ratio 3, as Chromium emulates it)
 * on the front page and the longest demo article, in French and Arabic, in a fresh context (empty
 * cache): the first screen (loaded, not scrolled, network idle) and the whole page (scrolled to the
 * end, so lazy pictures load). Sizes are the bytes on the wire (Chromium's response body size).
 * Budgets: no picture above 150 KB; an article's first screen at most 200 KB of pictures.
 *
 * Part of `npm run bench` (bench/run.ts); alone, against any running server (e.g. another commit's
 * build, for a before/after):
 *   tsx --conditions=react-server bench/image-weight.ts --base-url http://localhost:3000 --database-url postgres://…
 */
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_FLAGS, longestArticles } from './browser';

export interface ImageWeight {
  page: 'front' | 'long-article';
  locale: 'fr' | 'ar';
  firstScreenKb: number;
  totalKb: number;
  largestKb: number;
  largest: string;
  images: number;
  /** Requests to Next's runtime optimizer (none expected). */
  optimizerRequests: number;
}

const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

// Requests in flight per page, for settle().
const inflight = new WeakMap<Page, Set<unknown>>();
function track(page: Page): void {
  const pending = new Set<unknown>();
  inflight.set(page, pending);
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
}

/**
 * Until no request has been in flight for 1 s. waitForLoadState('networkidle') alone resolves at once
 * once the page has been idle (after the first screen), so after the scroll it would not wait for the
 * lazy pictures the scroll started.
 */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  const pending = inflight.get(page)!;
  const deadline = Date.now() + 60_000;
  let quietSince = Date.now();
  while (Date.now() < deadline) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    if (pending.size > 0) quietSince = Date.now();
    else if (Date.now() - quietSince >= 1000) return;
  }
  throw new Error(`still ${pending.size} requests in flight after 60 s`);
}

async function measurePage(browser: Browser, url: string): Promise<Omit<ImageWeight, 'page' | 'locale'>> {
  const context = await browser.newContext(PHONE);
  try {
    const page = await context.newPage();
    track(page);
    const sizes = new Map<string, Promise<number>>();
    let optimizerRequests = 0;
    page.on('requestfinished', (request) => {
      const requested = new URL(request.url());
      if (requested.pathname.startsWith('/_next/image')) optimizerRequests++;
      // Keyed by the whole URL: every /_next/image?url=…&w=… is a picture of its own.
      const path = requested.pathname + requested.search;
      if (request.resourceType() !== 'image' || request.url().startsWith('data:')) return;
      // A request still finishing when the context closes has no size to give: it is not counted.
      sizes.set(path, request.sizes().then((size) => size.responseBodySize, () => 0));
    });
    await page.goto(url, { waitUntil: 'load' });
    await settle(page);
    const firstScreen = await Promise.all([...sizes.values()]);
    await page.evaluate(async () => {
      for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
        window.scrollTo(0, y);
        // Two frames and 200 ms a step: faster, a busy machine scrolls past lazy pictures before
        // Chromium's lazy-load observer sees them, and they never load.
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });
    await settle(page);
    const all = await Promise.all([...sizes.entries()].map(async ([path, size]) => [path, await size] as const));
    const largest = all.reduce<readonly [string, number]>((a, b) => (b[1] > a[1] ? b : a), ['', 0]);
    return {
      firstScreenKb: kb(firstScreen.reduce((sum, size) => sum + size, 0)),
      totalKb: kb(all.reduce((sum, [, size]) => sum + size, 0)),
      largestKb: kb(largest[1]),
      largest: largest[0],
      images: all.length,
      optimizerRequests,
    };
  } finally {
    await context.close();
  }
}

export async function measureImageWeight(options: { baseUrl: string; databaseUrl: string; chromiumPath: string | null }): Promise<ImageWeight[]> {
  if (!options.chromiumPath) throw new Error('No Chromium: image weight not measured');
  const long = await longestArticles(options.baseUrl, options.databaseUrl);
  const browser = await chromium.launch({ executablePath: options.chromiumPath, args: CHROMIUM_FLAGS.filter((flag) => !flag.startsWith('--headless')) });
  try {
    const results: ImageWeight[] = [];
    for (const locale of ['fr', 'ar'] as const) {
      results.push({ page: 'front', locale, ...(await measurePage(browser, `${options.baseUrl}/${locale}`)) });
      results.push({ page: 'long-article', locale, ...(await measurePage(browser, long[locale])) });
    }
    return results;
  } finally {
    await browser.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const arg = (name: string) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? undefined : process.argv[index + 1];
  };
  const baseUrl = arg('base-url');
  const databaseUrl = arg('database-url');
  if (!baseUrl || !databaseUrl) throw new Error('usage: bench/image-weight.ts --base-url <url> --database-url <url> [--chromium <path>]');
  measureImageWeight({ baseUrl, databaseUrl, chromiumPath: arg('chromium') ?? '/usr/bin/chromium' })
    .then((results) => console.table(results))
    .catch((error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    });
}
