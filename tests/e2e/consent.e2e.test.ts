import type { BrowserContext, Page } from 'playwright-core';
import pg from 'pg';
import { describe, expect, inject, it } from 'vitest';
import { ALL_CONSENT, CONSENT_REVISION, serializeConsent } from '@/lib/consent/consent';
import { ConsentBanner } from './pages/consent-banner';
import { ListingPage } from './pages/listing-page';
import { SitePage } from './pages/site-page';
import { useBrowser } from './support/browser';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('e2eDatabaseUrl');

const LABELS = {
  fr: { accept: 'Tout accepter', reject: 'Tout refuser', customize: 'Personnaliser', latest: '/fr/dernieres-nouvelles' },
  ar: { accept: 'قبول الكل', reject: 'رفض الكل', customize: 'تخصيص', latest: '/ar/akhir-al-akhbar' },
} as const;

/** Every request the page makes, so tests can prove what did not happen. */
function track(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (request) => urls.push(request.url()));
  return urls;
}

function thirdParty(urls: string[]): string[] {
  const origin = new URL(baseUrl).origin;
  return urls.filter((url) => !url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:'));
}

async function cookieNames(context: BrowserContext): Promise<string[]> {
  return (await context.cookies()).map((cookie) => cookie.name).sort();
}

async function consentRecords(): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from consent_records');
    return rows[0]!.n;
  } finally {
    await client.end();
  }
}

describe.skipIf(!baseUrl)('cookie consent and advertising', () => {
  const browser = useBrowser();

  for (const locale of ['fr', 'ar'] as const) {
    const label = LABELS[locale];

    it(`${locale}: nothing optional before a choice, then "${label.reject}" keeps it that way`, async () => {
      const context = await browser.newContext({ locale: locale === 'fr' ? 'fr-FR' : 'ar-MA' });
      const page = await context.newPage();
      const site = new SitePage(page, locale);
      const requests = track(page);
      await page.goto(`${baseUrl}/${locale}`);
      const consent = new ConsentBanner(page, locale);
      const banner = consent.root;
      await banner.waitFor();
      const buttons = consent.firstChoices;
      expect(await buttons.allTextContents()).toEqual([label.accept, label.reject, label.customize]);
      const sizes = await Promise.all((await buttons.all()).map((button) => button.boundingBox()));
      expect(new Set(sizes.map((box) => `${Math.round(box!.width)}x${Math.round(box!.height)}`)).size).toBe(1);

      await page.waitForLoadState('networkidle');
      expect(await cookieNames(context)).toEqual([]);
      expect(thirdParty(requests)).toEqual([]);
      expect(requests.filter((url) => url.includes('/api/ad-network/'))).toEqual([]);
      expect(await site.adSlot('leaderboard').getByRole('link').getByRole('img').count()).toBe(1);

      const before = await consentRecords();
      await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
      await consent.rejectAll.click();
      await consent.waitForClosed();
      // No reload: the marker set on this document is still there.
      expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
      expect(await cookieNames(context)).toEqual(['jarida_consent']);
      expect(await consentRecords()).toBe(before + 1);

      await page.goto(`${baseUrl}${label.latest}`);
      await page.waitForLoadState('networkidle');
      expect(await site.consentBanner.count()).toBe(0);
      expect(await site.adSlot('rectangle').getByRole('link').getByRole('img').count()).toBe(1);
      expect(await cookieNames(context)).toEqual(['jarida_consent']);
      expect(thirdParty(requests)).toEqual([]);
      expect(requests.filter((url) => url.includes('/api/ad-network/'))).toEqual([]);
    });

    it(`${locale}: "${label.accept}" loads the network ad; withdrawing removes it on the next page`, async () => {
      const context = await browser.newContext({ locale: locale === 'fr' ? 'fr-FR' : 'ar-MA' });
      const page = await context.newPage();
      const site = new SitePage(page, locale);
      const consent = new ConsentBanner(page, locale);
      const requests = track(page);
      await page.goto(`${baseUrl}/${locale}`);
      await consent.acceptAll.click();
      await consent.waitForClosed();

      await page.goto(`${baseUrl}${label.latest}`);
      await site.filledNetworkSlots.first().waitFor();
      expect(requests.some((url) => url.includes('/api/ad-network/tag'))).toBe(true);
      expect(await cookieNames(context)).toEqual(['adnet_uid', 'jarida_consent']);

      // "Gérer mes cookies" reopens the choices; refusing advertising takes effect on the next page.
      const here = page.url();
      await site.manageCookies.click();
      await consent.root.waitFor();
      // Reopened in place, not by navigating to the cookies page.
      expect(page.url()).toBe(here);
      await consent.advertising.uncheck();
      await consent.save.click();
      await consent.waitForClosed();
      expect(await cookieNames(context)).toEqual(['jarida_consent']);

      const seen = requests.length;
      await page.goto(`${baseUrl}/${locale}`);
      await page.waitForLoadState('networkidle');
      expect(requests.slice(seen).filter((url) => url.includes('/api/ad-network/'))).toEqual([]);
      expect(await site.networkSlots.count()).toBe(0);
      expect(await site.adSlot('leaderboard').getByRole('link').getByRole('img').count()).toBe(1);
    });
  }

  it('asks again when the choice is older than six months or the policy revision changed', async () => {
    const host = new URL(baseUrl).hostname;
    const cases = [
      { at: new Date(Date.now() - 200 * 86_400_000).toISOString(), rev: CONSENT_REVISION, banner: 1 },
      { at: new Date().toISOString(), rev: CONSENT_REVISION + 1, banner: 1 },
      { at: new Date().toISOString(), rev: CONSENT_REVISION, banner: 0 },
    ];
    for (const { at, rev, banner } of cases) {
      const context = await browser.newContext();
      await context.addCookies([
        { name: 'jarida_consent', value: serializeConsent({ id: crypto.randomUUID(), rev, at, c: ALL_CONSENT }), domain: host, path: '/' },
      ]);
      const page = await context.newPage();
      const consent = new ConsentBanner(page);
      await page.goto(`${baseUrl}/fr/dernieres-nouvelles`);
      if (banner) await consent.root.waitFor();
      else await page.waitForLoadState('networkidle');
      expect(await consent.root.count(), `${at} rev ${rev}`).toBe(banner);
    }
  });

  it('works without JavaScript: a plain form that sends the reader back to the same page', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/fr/dernieres-nouvelles`);
    // The banner is part of the static page, so it is there (and works) without scripts.
    await new ConsentBanner(page).rejectAll.click();
    await page.waitForURL(/\/fr\/dernieres-nouvelles$/);
    expect(await cookieNames(context)).toEqual(['jarida_consent']);
  });

  it('never shows a half-parsed layer: it appears whole, with its buttons, or not yet', async () => {
    // The layer is last in the document, and browsers paint while they parse: a page that paints
    // after the layer's first lines and before its buttons must show none of it (no layout shift
    // when the rest arrives). The same page, cut just before the buttons, stands for that moment.
    const url = `${baseUrl}/fr/dernieres-nouvelles`;
    const html = await (await fetch(url)).text();
    const cut = html.indexOf('<div class="consent__actions"');
    expect(cut, 'the layer\'s row of buttons').toBeGreaterThan(html.indexOf('data-testid="consent-banner"'));
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    const consent = new ConsentBanner(page);
    for (const [body, shown] of [[html.slice(0, cut), false], [html, true]] as const) {
      await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body }));
      await page.goto(url);
      expect(await consent.root.count()).toBe(1);
      expect(await consent.root.isVisible(), shown ? 'the whole layer' : 'the layer without its buttons').toBe(shown);
      await page.unroute(url);
    }
    await context.close();
  });

  it('shows a click-to-load placeholder for video embeds until the reader agrees', async () => {
    const page = await browser.newPage({ locale: 'fr-FR' });
    const section = new ListingPage(page);
    const requests = track(page);
    await section.goto(baseUrl, '/fr/rubrique/culture');
    await section.storyLinks.filter({ hasText: 'Figuig' }).first().click();
    await page.waitForURL(/\/fr\/article\//);
    await section.embedPlaceholder.waitFor();
    await page.waitForLoadState('networkidle');
    expect(requests.filter((url) => /youtube|twitter|x\.com/.test(url))).toEqual([]);
    expect(await section.youtubeFrames.count()).toBe(0);
  });

  it('refuses consent posted from another site and malformed bodies', async () => {
    const foreign = await fetch(`${baseUrl}/api/consent`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'accept-all' }),
    });
    expect(foreign.status).toBe(403);
    const bad = await fetch(`${baseUrl}/api/consent`, {
      method: 'POST',
      headers: { origin: new URL(baseUrl).origin, 'content-type': 'application/json' },
      body: JSON.stringify({ action: 'everything' }),
    });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/action/);
  });
});
