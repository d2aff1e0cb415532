/**
 * `npm run screenshots -- [BASE_URL] [--out DIR]`: phone screenshots (360×740 CSS pixels at device
 * scale 2, the first two screens) of every reader page type in both languages
 * (bench/reader-pages.ts), against a running production server: BASE_URL, else SCREENSHOTS_BASE_URL,
 * else http://localhost:3000. Into DIR (default test-results/screenshots, git-ignored) as
 * `<page>-<lang>.png`, plus `front-<lang>-consent.png`, the front page as a first-time reader sees
 * it, with the consent layer; the other shots are taken once the reader has refused (the layer
 * closed, the house ads in their slots). A page that does not answer as it should is skipped with
 * a warning. Env: CHROMIUM_PATH.
 */
import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { availableReaderPages, READER_LOCALES } from '../bench/reader-pages';

const PHONE = { width: 360, height: 740 };
const SCREENS = 2;
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];
const REJECT_ALL = {
  fr: JSON.parse(fs.readFileSync('messages/fr.json', 'utf8')).Consent.rejectAll as string,
  ar: JSON.parse(fs.readFileSync('messages/ar.json', 'utf8')).Consent.rejectAll as string,
};

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index !== -1 ? process.argv[index + 1] : undefined;
}

function chromiumPath(): string {
  for (const candidate of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']) if (candidate && fs.existsSync(candidate)) return candidate;
  throw new Error('No Chromium found (install it with `apt-get install -y chromium` or set CHROMIUM_PATH)');
}

/** Waits until the page is settled: loaded, its h1 rendered (a 404 renders from the payload), its images decoded. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
  await page.getByRole('heading', { level: 1 }).first().waitFor({ timeout: 15_000 });
  // Lazy images below the first screen load as the page scrolls: bring the two screens into view.
  await page.evaluate(async (height) => {
    window.scrollTo(0, height);
    await new Promise((resolve) => setTimeout(resolve, 300));
    window.scrollTo(0, 0);
    const pending = [...document.images].filter((img) => !img.complete);
    await Promise.all(
      pending.map(
        (img) =>
          new Promise((resolve) => {
            img.addEventListener('load', resolve, { once: true });
            img.addEventListener('error', resolve, { once: true });
            setTimeout(resolve, 3_000);
          }),
      ),
    );
  }, PHONE.height);
  await page.waitForLoadState('networkidle', { timeout: 5_000 }).catch(() => undefined);
}

async function shoot(page: Page, file: string) {
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  await page.screenshot({ path: file, fullPage: true, clip: { x: 0, y: 0, width: PHONE.width, height: Math.min(height, PHONE.height * SCREENS) } });
}

async function main() {
  const positional = process.argv.slice(2).filter((value, i, all) => !value.startsWith('--') && all[i - 1] !== '--out');
  const baseUrl = (positional[0] ?? process.env.SCREENSHOTS_BASE_URL ?? 'http://localhost:3000').replace(/\/$/, '');
  const out = path.resolve(argument('out') ?? 'test-results/screenshots');
  fs.mkdirSync(out, { recursive: true });
  const pages = await availableReaderPages(baseUrl, (message) => console.warn(`[screenshots] ${message}`));
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const written: string[] = [];
  try {
    for (const locale of READER_LOCALES) {
      const context = await browser.newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
      const page = await context.newPage();
      await page.goto(`${baseUrl}/${locale}`);
      await settle(page);
      const consent = path.join(out, `front-${locale}-consent.png`);
      await shoot(page, consent);
      written.push(consent);
      const banner = page.getByTestId('consent-banner');
      await banner.getByRole('button', { name: REJECT_ALL[locale], exact: true }).click();
      await banner.waitFor({ state: 'detached' });
      for (const target of pages.filter((p) => p.locale === locale)) {
        const response = await page.goto(target.url);
        if (response?.status() !== target.status) throw new Error(`${target.url} answered ${response?.status()}, not ${target.status}`);
        await settle(page);
        const file = path.join(out, `${target.type}-${locale}.png`);
        await shoot(page, file);
        written.push(file);
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  console.log(`[screenshots] ${written.length} screenshots (${PHONE.width}×${PHONE.height} at 2x, first ${SCREENS} screens) in ${out}`);
}

main().catch((error: unknown) => {
  console.error('[screenshots] failed:', error);
  process.exit(1);
});
