import fs from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let browser: Browser;

interface AxeResult {
  violations: { id: string; impact: string | null; nodes: { target: string[] }[] }[];
}

/** WCAG 2 A/AA violations on the page as loaded, one line each, labelled. */
async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const result = await page.evaluate(
    () =>
      (window as unknown as { axe: { run: (o: object) => Promise<AxeResult> } }).axe.run({
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      }) as Promise<AxeResult>,
  );
  return result.violations.map((violation) => `${label}: ${violation.id} (${violation.impact}) at ${violation.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
}

describe.skipIf(!baseUrl)('accessibility (axe-core, WCAG 2 A/AA)', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`front page, article, listing and prayer page pass in both languages (${scheme} mode)`, async () => {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      const failures: string[] = [];
      for (const locale of ['fr', 'ar'] as const) {
        await page.goto(`${baseUrl}/${locale}`);
        const article = await page.locator('.front-top__lead .card__title a').first().getAttribute('href');
        const paths = [`/${locale}`, article!, `/${locale}/${locale === 'fr' ? 'dernieres-nouvelles' : 'akhir-al-akhbar'}`, `/${locale}/${locale === 'fr' ? 'horaires-priere/rabat' : 'mawaqit-assalat/الرباط'}`];
        for (const path of paths) {
          await page.goto(`${baseUrl}${path}`);
          await page.getByTestId('prayer-strip').waitFor();
          failures.push(...(await axeViolations(page, path)));
        }
      }
      await context.close();
      expect(failures).toEqual([]);
    });
  }

  it('the 404 passes in both languages, with a skip link, landmarks, one h1 and the slim masthead', async () => {
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const context = await browser.newContext({ colorScheme: scheme });
      const page = await context.newPage();
      for (const path of ['/fr/article/cet-article-n-existe-pas', '/ar/qism/inexistant']) {
        const response = await page.goto(`${baseUrl}${path}`);
        expect(response?.status(), path).toBe(404);
        // The 404's HTML arrives with an empty body; React renders it from the payload.
        await page.locator('main#main h1').waitFor();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), path).toBe('#main');
        expect(await page.locator('header.masthead--slim').count(), path).toBe(1);
        expect(await page.locator('main#main h1').count(), path).toBe(1);
        expect(await page.locator('h1').count(), path).toBe(1);
        expect(await page.locator('header a.brand').getAttribute('href'), path).toBe(path.slice(0, 3));
        expect(await page.locator('nav.section-nav[aria-label] a').count(), path).toBeGreaterThan(0);
        // Nothing of the full masthead that changes by the minute or carries ads.
        for (const selector of ['[data-testid="ticker"]', '[data-slot="prayer-times"]', '.topbar__date', '.ad-slot']) {
          expect(await page.locator(selector).count(), `${path} ${selector}`).toBe(0);
        }
        failures.push(...(await axeViolations(page, `${path} (${scheme})`)));
      }
      await context.close();
    }
    expect(failures).toEqual([]);
  });

  it('has a skip link, landmarks and one h1 per page', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/fr/dernieres-nouvelles`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await page.locator('header.masthead').count()).toBe(1);
    expect(await page.locator('main#main').count()).toBe(1);
    expect(await page.locator('footer.site-footer').count()).toBe(1);
    expect(await page.locator('nav[aria-label]').count()).toBeGreaterThanOrEqual(2);
    expect(await page.locator('h1').count()).toBe(1);
    await page.close();
  });
});
