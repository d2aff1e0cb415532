/*
 * JavaScript weight of reader pages, as a browser loads them.
 *
 *   tsx bench/js-weight.ts [--base http://localhost:3500] [--json out.json] [--html-scan]
 *
 * Loads the French front page, its lead article and that article's Arabic twin in Chromium,
 * collects every JavaScript response, gzips each body (zlib level 9) and tells which chunks hold
 * our own code (recognised by distinctive strings of our client components) and which hold
 * third-party libraries other than the Next/React runtime. With --html-scan it also fetches
 * every article in the sitemap and reports the heaviest HTML documents (gzipped).
 *
 * Budgets (issue 7): ≤ 140 KB gz of JS per article page, of which ≤ 15 KB gz ours; ≤ 35 KB gz HTML.
 */
import fs from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';

const args = process.argv.slice(2);
const option = (name: string) => {
  const index = args.indexOf(name);
  return index >= 0 ? args[index + 1] : undefined;
};
const base = (option('--base') ?? process.env.BASE_URL ?? 'http://localhost:3500').replace(/\/$/, '');
const jsonOut = option('--json');
const htmlScan = args.includes('--html-scan');

const BUDGET = { total: 140 * 1024, own: 15 * 1024, html: 35 * 1024 };

/** Distinctive strings of our client modules (survive minification: string literals, class names). */
const OWN_MARKERS: Record<string, string[]> = {
  'error boundary (app/[locale]/error.tsx)': ['error-page__digest', '[reader] render failed'],
  'consent banner': ['jarida:consent', 'consent__inner'],
  'consent form': ['data-consent-customize', 'consent__purposes', 'consent-form'],
  'lib/consent/consent': ['jarida_consent'],
  'embed gate': ['embed--placeholder', 'embed-placeholder'],
  'network ad': ['data-ad-network', 'jarida:ads-refresh'],
  'view beacon': ['/api/views', 'prerenderingchange'],
  'relative time refresher': ['time[data-relative]'],
  'lib/time/format (+ legal-time)': ['Africa/Casablanca', 'Intl.RelativeTimeFormat', 'RelativeTimeFormat'],
};
/** Libraries that are neither Next nor React: they count against our own budget. */
const LIB_MARKERS: Record<string, string[]> = {
  'next-intl / use-intl': ['No intl context found', 'IntlProvider', 'MISSING_MESSAGE', 'use-intl'],
  zod: ['ZodError', 'invalid_type'],
  tiptap: ['@tiptap', 'ProseMirror'],
};

interface Chunk {
  url: string;
  raw: number;
  gz: number;
  own: string[];
  libs: string[];
}

function classify(text: string) {
  const match = (table: Record<string, string[]>) =>
    Object.entries(table)
      .filter(([, needles]) => needles.some((needle) => text.includes(needle)))
      .map(([name]) => name);
  return { own: match(OWN_MARKERS), libs: match(LIB_MARKERS) };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const report: Record<string, { url: string; total: number; own: number; chunks: Chunk[] }> = {};
  try {
    const measure = async (label: string, url: string) => {
      const context = await browser.newContext();
      const page = await context.newPage();
      const pending: Promise<Chunk | null>[] = [];
      page.on('response', (response) => {
        const type = response.headers()['content-type'] ?? '';
        const isJs = response.request().resourceType() === 'script' || /javascript/.test(type);
        if (!isJs) return;
        pending.push(
          response
            .body()
            .then((body) => {
              const text = body.toString('utf8');
              return { url: response.url(), raw: body.length, gz: gzipSync(body, { level: 9 }).length, ...classify(text) };
            })
            .catch(() => null),
        );
      });
      await page.goto(url, { waitUntil: 'networkidle' });
      // Idle-time loads (prefetches of viewport links load RSC payloads, not JS, but be thorough).
      await page.waitForTimeout(1500);
      const chunks = (await Promise.all(pending)).filter((chunk): chunk is Chunk => chunk !== null);
      const seen = new Set<string>();
      const unique = chunks.filter((chunk) => !seen.has(chunk.url) && seen.add(chunk.url));
      const total = unique.reduce((sum, chunk) => sum + chunk.gz, 0);
      const own = unique.filter((chunk) => chunk.own.length || chunk.libs.length).reduce((sum, chunk) => sum + chunk.gz, 0);
      report[label] = { url, total, own, chunks: unique };
      await context.close();
      return page;
    };

    // Find the lead story of the front page.
    const context = await browser.newContext();
    const front = await context.newPage();
    await front.goto(`${base}/fr`, { waitUntil: 'domcontentloaded' });
    const leadHref = await front.getAttribute('.front-top__lead .card__title a', 'href');
    if (!leadHref) throw new Error('no lead story on /fr');
    const articleFr = new URL(leadHref, base).toString();
    await front.goto(articleFr, { waitUntil: 'domcontentloaded' });
    const twinHref = await front.getAttribute('link[rel="alternate"][hreflang="ar"]', 'href');
    await context.close();

    await measure('front page /fr', `${base}/fr`);
    await measure('article fr', articleFr);
    if (twinHref) {
      const twin = new URL(twinHref);
      await measure('article ar', `${base}${twin.pathname}`);
    } else {
      console.warn('lead article has no Arabic twin');
    }
  } finally {
    await browser.close();
  }

  for (const [label, { url, total, own, chunks }] of Object.entries(report)) {
    console.log(`\n== ${label}: ${url}`);
    for (const chunk of [...chunks].sort((a, b) => b.gz - a.gz)) {
      const tags = [...chunk.own, ...chunk.libs.map((lib) => `LIB ${lib}`)].join(', ');
      console.log(`  ${kb(chunk.gz).padStart(9)} gz ${kb(chunk.raw).padStart(9)} raw  ${new URL(chunk.url).pathname}${tags ? `  [${tags}]` : ''}`);
    }
    const flag = (value: number, budget: number) => (value <= budget ? 'ok' : `OVER by ${kb(value - budget)}`);
    console.log(`  total JS ${kb(total)} gz (${flag(total, BUDGET.total)}); own + non-framework libs ${kb(own)} gz (${flag(own, BUDGET.own)})`);
  }

  let html: { url: string; raw: number; gz: number }[] = [];
  if (htmlScan) html = await scanHtml();
  if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify({ base, at: new Date().toISOString(), report, html }, null, 2));
}

async function scanHtml() {
  const urls = new Set<string>();
  const queue = [`${base}/sitemap.xml`];
  while (queue.length) {
    const next = queue.shift()!;
    const response = await fetch(next);
    if (!response.ok) continue;
    const xml = await response.text();
    for (const [, loc] of xml.matchAll(/<loc>([^<]+)<\/loc>/g)) {
      const local = `${base}${new URL(loc!).pathname}`;
      if (/sitemap.*\.xml$|\/sitemaps\//.test(local)) queue.push(local);
      else if (/\/article\//.test(local)) urls.add(local);
    }
  }
  const sizes: { url: string; raw: number; gz: number }[] = [];
  for (const url of urls) {
    const body = Buffer.from(await (await fetch(url)).arrayBuffer());
    sizes.push({ url, raw: body.length, gz: gzipSync(body, { level: 9 }).length });
  }
  sizes.sort((a, b) => b.gz - a.gz);
  console.log(`\n== HTML of ${sizes.length} articles, heaviest first (budget ${kb(BUDGET.html)} gz)`);
  for (const size of sizes.slice(0, 5)) console.log(`  ${kb(size.gz).padStart(9)} gz ${kb(size.raw).padStart(9)} raw  ${new URL(size.url).pathname}`);
  return sizes;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
