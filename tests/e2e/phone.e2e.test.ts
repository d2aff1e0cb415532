import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { ConsentBanner } from './pages/consent-banner';
import { readerText } from './pages/messages';
import { SitePage } from './pages/site-page';
import { useBrowser } from './support/browser';

/*
 * Every reader page type on a phone, in both languages: nothing wider than the screen, the six
 * prayer times all on screen, a consent layer that leaves most of the page visible, and the
 * pieces a reader looks for (sharing, feeds, a 404 that says what it is).
 */

const baseUrl = inject('baseUrl');
const PHONES = [
  { width: 360, height: 740 },
  { width: 390, height: 844 },
];
const LOCALES = ['fr', 'ar'] as const;
const PATHS = {
  fr: { search: '/fr/recherche?q=economie', latest: '/fr/dernieres-nouvelles', prayer: '/fr/horaires-priere/rabat', cookies: '/fr/cookies', info: '/fr/infos/a-propos', missing: '/fr/cette-page-n-existe-pas' },
  ar: { search: `/ar/bahth?q=${encodeURIComponent('المغرب')}`, latest: '/ar/akhir-al-akhbar', prayer: `/ar/mawaqit-assalat/${encodeURIComponent('الرباط')}`, cookies: '/ar/cookies', info: '/ar/maalumat/man-nahnu', missing: '/ar/safha-ghayr-mawjuda' },
};
const phoneOptions = (viewport: { width: number; height: number }) => ({ viewport, deviceScaleFactor: 2, isMobile: true, hasTouch: true });

/** The first link on the page whose address starts with one of `prefixes` (the page's own links, as a reader would follow them). */
async function firstLink(page: Page, prefixes: string[]): Promise<string> {
  const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((candidate) => prefixes.some((prefix) => decodeURIComponent(candidate).startsWith(prefix)));
  expect(href, `a link starting with ${prefixes.join(' or ')}`).toBeDefined();
  return href!;
}

/**
 * The fonts the page's text is set in: family, size, weight and style, as the first layout looks
 * each one up (on Linux a blocking round trip to the browser process). The type scale in
 * globals.css keeps an article to 15 of them; before it, an article took 27.
 */
const MAX_FONTS = 16;
async function textFonts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const fonts = new Set<string>();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || element.closest('script, style, noscript, template')) continue;
      const style = getComputedStyle(element);
      if (style.display === 'none') continue;
      fonts.add(`${style.fontFamily.split(',')[0]!.trim()} ${style.fontSize} ${style.fontWeight} ${style.fontStyle}`);
    }
    return [...fonts].sort();
  });
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
  const browser = useBrowser();

  for (const locale of LOCALES) {
    for (const viewport of PHONES) {
      // Twelve pages, most of them rendered cold: well over the default minute on a loaded machine.
      it(`${locale}, ${viewport.width} px: every page type fits the screen, in at most ${MAX_FONTS} fonts, with the six prayer times in view`, { timeout: 240_000 }, async () => {
        const failures: string[] = [];
        const page = await browser.newPage(phoneOptions(viewport));
        const paths = await pageTypes(page, locale);
        for (const [kind, path] of Object.entries(paths)) {
          const response = await page.goto(`${baseUrl}${path}`);
          expect(response?.status(), `${kind} ${path}`).toBe(kind === 'missing' ? 404 : 200);
          const label = `${kind} ${decodeURIComponent(path)}`;
          // Next sends a 404's HTML as an empty shell that React renders from the payload: measure it once rendered.
          await new SitePage(page, locale).heading.waitFor();
          const width = await page.evaluate(() => document.documentElement.scrollWidth);
          if (width !== viewport.width) failures.push(`${label}: ${width} px wide`);
          const fonts = await textFonts(page);
          if (fonts.length > MAX_FONTS) failures.push(`${label}: text in ${fonts.length} fonts (at most ${MAX_FONTS}): ${fonts.join(', ')}`);
          if (kind === 'missing') continue;
          const strip = new SitePage(page, locale).prayerStrip;
          await strip.waitFor();
          const times = strip.getByRole('listitem');
          expect(await times.count(), label).toBe(6);
          for (const box of await Promise.all((await times.all()).map((time) => time.boundingBox()))) {
            if (!box || box.x < 0 || box.x + box.width > viewport.width + 0.5) failures.push(`${label}: a prayer time is off screen (${JSON.stringify(box)})`);
          }
        }
        expect(failures).toEqual([]);
      });
    }

    it(`${locale}: the consent layer covers at most a third of a phone screen, accept and refuse side by side`, { timeout: 120_000 }, async () => {
      for (const viewport of PHONES) {
        const page = await browser.newPage(phoneOptions(viewport));
        await page.goto(`${baseUrl}/${locale}`);
        const banner = new ConsentBanner(page, locale);
        await banner.root.waitFor();
        const box = (await banner.root.boundingBox())!;
        expect(box.height / viewport.height, `${viewport.width}px`).toBeLessThanOrEqual(1 / 3);
        const [accept, refuse] = await Promise.all([banner.acceptAll.boundingBox(), banner.rejectAll.boundingBox()]);
        expect(Math.round(accept!.width)).toBe(Math.round(refuse!.width));
        expect(Math.round(accept!.height)).toBe(Math.round(refuse!.height));
        expect(Math.round(accept!.y)).toBe(Math.round(refuse!.y));
        // No label spills out of its button ("Personnaliser" did, on a 360 px screen).
        const spilling = await banner.firstChoices.evaluateAll((buttons) => buttons.filter((button) => button.scrollWidth > button.clientWidth).map((button) => button.textContent));
        expect(spilling, `${viewport.width}px`).toEqual([]);
        // The rest of the text is one tap away.
        const t = readerText[locale].Consent;
        await banner.root.getByText(t.introMore, { exact: true }).click();
        await expect.poll(() => banner.root.getByText(t.introDetails).isVisible()).toBe(true);
      }
    });
  }

  it('after "Tout accepter" the top slot keeps the house ad until the partner ad has rendered', { timeout: 120_000 }, async () => {
    const page = await browser.newPage(phoneOptions(PHONES[1]!));
    await page.goto(`${baseUrl}/fr`);
    const banner = new ConsentBanner(page, 'fr');
    await banner.acceptAll.click();
    await banner.waitForClosed();
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
  });

  for (const locale of LOCALES) {
    it(`${locale}: the leaderboard is the phone creative on a phone, legible, and the desktop one on a desktop`, { timeout: 120_000 }, async () => {
      const creative = (url: string) => decodeURIComponent(url).match(/demo\/ads\/([a-z0-9-]+?)(?:-w\d+)?\.(?:webp|avif)/)?.[1] ?? null;
      /** The leaderboard's image once loaded: which creative, its density-corrected natural width, its box. */
      const leaderboard = async (page: Page) => {
        const image = new SitePage(page, locale).adSlot('leaderboard').getByRole('img');
        await expect.poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
        const shown = await image.evaluate((img: HTMLImageElement) => {
          const box = img.getBoundingClientRect();
          return { src: img.currentSrc, naturalWidth: img.naturalWidth, width: box.width, height: box.height };
        });
        return { ...shown, creative: creative(shown.src) };
      };

      const phone = await browser.newPage(phoneOptions(PHONES[1]!));
      const downloaded: string[] = [];
      phone.on('request', (request) => downloaded.push(creative(request.url()) ?? ''));
      await phone.goto(`${baseUrl}/${locale}`);
      const small = await leaderboard(phone);
      expect(small.creative).toBe(`latest-leaderboard-${locale}-phone`);
      // Drawn for this size: the text is not shrunk more than twice (the 728 px creative was, 2.3 times).
      expect(small.naturalWidth).toBeLessThanOrEqual(2 * small.width);
      expect(small.width).toBeGreaterThanOrEqual(300);
      // Its own proportions (320×100), not the desktop's 728×90 letterboxed.
      expect(small.width / small.height).toBeCloseTo(3.2, 1);
      expect(downloaded.filter((name) => name.startsWith('latest-leaderboard'))).not.toContain(`latest-leaderboard-${locale}`);

      const desktop = await browser.newPage({ viewport: { width: 1280, height: 800 } });
      await desktop.goto(`${baseUrl}/${locale}`);
      const large = await leaderboard(desktop);
      expect(large.creative).toBe(`latest-leaderboard-${locale}`);
      expect(large.width / large.height).toBeCloseTo(728 / 90, 1);
    });
  }

  it('the 404 names itself in the tab, in both languages', async () => {
    const page = await browser.newPage(phoneOptions(PHONES[1]!));
    await page.goto(`${baseUrl}${PATHS.fr.missing}`);
    await expect.poll(() => page.title()).toMatch(/^Page introuvable · /);
    await page.goto(`${baseUrl}${PATHS.ar.missing}`);
    await expect.poll(() => page.title()).toMatch(/^الصفحة غير موجودة · /);
  });

  it('articles offer sharing without third-party code, section and author pages their feed', { timeout: 120_000 }, async () => {
    const page = await browser.newPage(phoneOptions(PHONES[1]!));
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
    expect(await new SitePage(page, 'fr').footer.getByRole('link', { name: 'Flux RSS' }).getAttribute('href')).toBe('/fr/rss');
  });
});
