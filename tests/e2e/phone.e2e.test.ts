import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { CHROMIUM_ARGS } from './chromium';

/*
 * Every reader page type on a phone, in both languages: nothing wider than the screen, the six
 * prayer times all on screen, a consent layer that leaves most of the page visible, and the
 * pieces a reader looks for (sharing, feeds, a 404 that says what it is).
 */

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];
const LOCALES = ['fr', 'ar'] as const;
const PATHS = {
  fr: { search: '/fr/recherche?q=economie', latest: '/fr/dernieres-nouvelles', prayer: '/fr/horaires-priere/rabat', cookies: '/fr/cookies', missing: '/fr/cette-page-n-existe-pas' },
  ar: { search: `/ar/bahth?q=${encodeURIComponent('المغرب')}`, latest: '/ar/akhir-al-akhbar', prayer: `/ar/mawaqit-assalat/${encodeURIComponent('الرباط')}`, cookies: '/ar/cookies', missing: '/ar/safha-ghayr-mawjuda' },
};
let browser: Browser;

function phone(viewport: { width: number; height: number }): Promise<BrowserContext> {
  return browser.newContext({ viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
}

/** The first link on the page whose address starts with one of `prefixes` (the page's own links, as a reader would follow them). */
async function firstLink(page: Page, prefixes: string[]): Promise<string> {
  const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((candidate) => prefixes.some((prefix) => decodeURIComponent(candidate).startsWith(prefix)));
  expect(href, `a link starting with ${prefixes.join(' or ')}`).toBeDefined();
  return href!;
}

/** The reader page types of one language, found the way a reader would: from the front page and an article. */
async function pageTypes(page: Page, locale: 'fr' | 'ar') {
  await page.goto(`${baseUrl}/${locale}`);
  const section = await firstLink(page, [locale === 'fr' ? '/fr/rubrique/' : '/ar/qism/']);
  const article = await firstLink(page, [`/${locale}/article/`]);
  await page.goto(`${baseUrl}${article}`);
  const author = await firstLink(page, [locale === 'fr' ? '/fr/auteur/' : '/ar/katib/']);
  const tag = await firstLink(page, [locale === 'fr' ? '/fr/sujet/' : '/ar/mawdu/']);
  return { front: `/${locale}`, section, article, author, tag, ...PATHS[locale] };
}

describe.skipIf(!baseUrl)('reader pages on a phone', () => {
  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  for (const locale of LOCALES) {
    for (const viewport of PHONES) {
      // Eleven pages, most of them rendered cold: well over the default minute on a loaded machine.
      it(`${locale}, ${viewport.width} px: every page type fits the screen, with the six prayer times in view`, { timeout: 240_000 }, async () => {
        const failures: string[] = [];
        const context = await phone(viewport);
        const page = await context.newPage();
        const paths = await pageTypes(page, locale);
        for (const [kind, path] of Object.entries(paths)) {
          const response = await page.goto(`${baseUrl}${path}`);
          expect(response?.status(), `${kind} ${path}`).toBe(kind === 'missing' ? 404 : 200);
          const label = `${kind} ${decodeURIComponent(path)}`;
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width !== viewport.width) failures.push(`${label}: ${width} px wide`);
          if (kind === 'missing') continue;
          const strip = page.getByTestId('prayer-strip');
          await strip.waitFor();
          const times = strip.getByRole('listitem');
          expect(await times.count(), label).toBe(6);
          for (const box of await Promise.all((await times.all()).map((time) => time.boundingBox()))) {
            if (!box || box.x < 0 || box.x + box.width > viewport.width + 0.5) failures.push(`${label}: a prayer time is off screen (${JSON.stringify(box)})`);
          }
        }
        await context.close();
        expect(failures).toEqual([]);
      });
    }

    it(`${locale}: the consent layer covers at most a third of a phone screen, accept and refuse side by side`, { timeout: 120_000 }, async () => {
      for (const viewport of PHONES) {
        const context = await phone(viewport);
        const page = await context.newPage();
        await page.goto(`${baseUrl}/${locale}`);
        const banner = page.getByTestId('consent-banner');
        await banner.waitFor();
        const box = (await banner.boundingBox())!;
        expect(box.height / viewport.height, `${viewport.width}px`).toBeLessThanOrEqual(1 / 3);
        const [accept, refuse] = await Promise.all(
          [/^(Tout accepter|قبول الكل)$/, /^(Tout refuser|رفض الكل)$/].map((name) => banner.getByRole('button', { name }).boundingBox()),
        );
        expect(Math.round(accept!.width)).toBe(Math.round(refuse!.width));
        expect(Math.round(accept!.height)).toBe(Math.round(refuse!.height));
        expect(Math.round(accept!.y)).toBe(Math.round(refuse!.y));
        // The rest of the text is one tap away.
        await banner.getByText(locale === 'fr' ? 'En savoir plus' : 'اعرف المزيد').click();
        await expect.poll(() => banner.getByText(locale === 'fr' ? /Gérer mes cookies/ : /إدارة ملفات تعريف الارتباط/).isVisible()).toBe(true);
        await context.close();
      }
    });
  }

  it('after "Tout accepter" the top slot keeps the house ad until the partner ad has rendered', { timeout: 120_000 }, async () => {
    const context = await phone(PHONES[1]!);
    const page = await context.newPage();
    await page.goto(`${baseUrl}/fr`);
    await page.getByTestId('consent-banner').getByRole('button', { name: 'Tout accepter' }).click();
    await page.getByTestId('consent-banner').waitFor({ state: 'detached' });
    await page.goto(`${baseUrl}${PATHS.fr.latest}`);
    // Sampled in the page until the partner's creative is in: a visible picture in the slot every time.
    const samples = await page.evaluate(async () => {
      const seen: number[] = [];
      const deadline = performance.now() + 20_000;
      while (performance.now() < deadline) {
        const slot = document.querySelector('[data-ad-slot="leaderboard"]');
        const pictures = [...(slot?.querySelectorAll('img') ?? [])].filter((img) => img.complete && img.naturalWidth > 0 && img.getBoundingClientRect().height > 0);
        seen.push(pictures.length);
        if (slot?.querySelector('[data-ad-network-filled="true"] img') && !slot.querySelector('.ad-network-placeholder')) break;
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
      return seen;
    });
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.filter((count) => count === 0)).toEqual([]);
    await context.close();
  });

  it('the 404 names itself in the tab, in both languages', async () => {
    const context = await phone(PHONES[1]!);
    const page = await context.newPage();
    await page.goto(`${baseUrl}${PATHS.fr.missing}`);
    await expect.poll(() => page.title()).toMatch(/^Page introuvable · /);
    await page.goto(`${baseUrl}${PATHS.ar.missing}`);
    await expect.poll(() => page.title()).toMatch(/^الصفحة غير موجودة · /);
    await context.close();
  });

  it('articles offer sharing without third-party code, section and author pages their feed', { timeout: 120_000 }, async () => {
    const context = await phone(PHONES[1]!);
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const paths = await pageTypes(page, 'fr');
    await page.goto(`${baseUrl}${paths.article}`);
    const share = page.getByRole('group', { name: 'Partager cet article' });
    // Headless Chromium on Linux has no share sheet: the plain links show.
    for (const name of ['WhatsApp', 'Facebook', 'X', 'E-mail']) {
      const href = await share.getByRole('link', { name: new RegExp(`^${name}`) }).getAttribute('href');
      expect(href, name).toContain(encodeURIComponent(paths.article.split('/').pop()!));
    }
    expect(requested.filter((url) => !url.startsWith(baseUrl))).toEqual([]);

    for (const [kind, feedPath] of [['section', '/rss'], ['author', '/rss']] as const) {
      await page.goto(`${baseUrl}${paths[kind]}`);
      const feed = page.getByRole('link', { name: /par RSS$/ });
      expect(await feed.getAttribute('href')).toBe(`${new URL(page.url()).pathname}${feedPath}`);
      expect((await fetch(`${baseUrl}${await feed.getAttribute('href')}`)).headers.get('content-type')).toContain('xml');
    }
    await page.goto(`${baseUrl}/fr`);
    expect(await page.getByRole('contentinfo').getByRole('link', { name: 'Flux RSS' }).getAttribute('href')).toBe('/fr/rss');
    await context.close();
  });
});
