import fs from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { FrontPage } from './pages/front-page';
import { NotFoundPage } from './pages/not-found-page';
import { SitePage } from './pages/site-page';
import { useBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

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
  const browser = useBrowser();

  for (const scheme of ['light', 'dark'] as const) {
    // Ten pages, some rendered cold: more than the default minute on a loaded machine.
    it(`front page, article, listing, prayer and publisher pages pass in both languages (${scheme} mode)`, { timeout: 180_000 }, async () => {
      const page = await browser.newPage({ colorScheme: scheme });
      const failures: string[] = [];
      for (const locale of ['fr', 'ar'] as const) {
        const front = new FrontPage(page, locale);
        await front.goto(baseUrl);
        const article = await front.leadStoryLink.getAttribute('href');
        const paths = [
          `/${locale}`,
          article!,
          `/${locale}/${locale === 'fr' ? 'dernieres-nouvelles' : 'akhir-al-akhbar'}`,
          `/${locale}/${locale === 'fr' ? 'horaires-priere/rabat' : 'mawaqit-assalat/الرباط'}`,
          `/${locale}/${locale === 'fr' ? 'infos/a-propos' : 'maalumat/man-nahnu'}`,
        ];
        for (const path of paths) {
          await page.goto(`${baseUrl}${path}`);
          await front.prayerStrip.waitFor();
          failures.push(...(await axeViolations(page, path)));
        }
      }
      expect(failures).toEqual([]);
    });
  }

  it('the 404 passes in both languages, with a skip link, landmarks, one h1 and the slim masthead', async () => {
    const failures: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ colorScheme: scheme });
      for (const path of ['/fr/article/cet-article-n-existe-pas', '/ar/qism/inexistant']) {
        const notFound = new NotFoundPage(page, path.startsWith('/ar') ? 'ar' : 'fr');
        const response = await page.goto(`${baseUrl}${path}`);
        expect(response?.status(), path).toBe(404);
        // The 404's HTML arrives with an empty body; React renders it from the payload.
        await notFound.title.waitFor();
        await page.keyboard.press('Tab');
        expect(await page.evaluate(() => document.activeElement?.getAttribute('href')), path).toBe('#main');
        expect(await notFound.slimMasthead.count(), path).toBe(1);
        expect(await notFound.title.count(), path).toBe(1);
        expect(await notFound.heading.count(), path).toBe(1);
        expect(await notFound.homeLink.getAttribute('href'), path).toBe(path.slice(0, 3));
        expect(await notFound.sectionLinks.count(), path).toBeGreaterThan(0);
        // Nothing of the full masthead that changes by the minute or carries ads.
        for (const [part, locator] of Object.entries(notFound.volatileParts)) {
          expect(await locator.count(), `${path} ${part}`).toBe(0);
        }
        failures.push(...(await axeViolations(page, `${path} (${scheme})`)));
      }
    }
    expect(failures).toEqual([]);
  });

  it('has a skip link, landmarks and one h1 per page', async () => {
    const page = await browser.newPage();
    const latest = new SitePage(page);
    await page.goto(`${baseUrl}/fr/dernieres-nouvelles`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('href'))).toBe('#main');
    expect(await latest.banner.count()).toBe(1);
    expect(await latest.main.count()).toBe(1);
    expect(await latest.footer.count()).toBe(1);
    expect(await latest.namedNavigations.count()).toBeGreaterThanOrEqual(2);
    expect(await latest.heading.count()).toBe(1);
  });
});
