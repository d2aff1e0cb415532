import { describe, expect, inject, it } from 'vitest';
import { PrayerStrip, PrayerTimesPage } from './pages/prayer';
import { SitePage } from './pages/site-page';
import { useBrowser } from './support/browser';

const baseUrl = inject('baseUrl');

describe.skipIf(!baseUrl)('prayer times', () => {
  const browser = useBrowser();

  it('the header strip shows six times and the next prayer, in French and Arabic', async () => {
    const expected = {
      fr: ['Fajr', 'Lever du soleil', 'Dhuhr', 'Asr', 'Maghrib', 'Isha'],
      ar: ['الفجر', 'الشروق', 'الظهر', 'العصر', 'المغرب', 'العشاء'],
    };
    for (const locale of ['fr', 'ar'] as const) {
      const page = await browser.newPage();
      await page.goto(`${baseUrl}/${locale}/dernieres-nouvelles`);
      const strip = new PrayerStrip(page, locale);
      await strip.root.waitFor();
      expect(await strip.prayerNames.allTextContents()).toEqual(expected[locale]);
      for (const time of await strip.clocks.allTextContents()) expect(time).toMatch(/^\d{2}:\d{2}$/);
      expect(await strip.next.count()).toBe(1);
      expect(await strip.timeLeft.textContent()).toMatch(locale === 'fr' ? /^ dans \d/ : /^ بعد /);
      expect(await strip.cityName.textContent()).toBe(locale === 'fr' ? 'Casablanca' : 'الدار البيضاء');
    }
  });

  it('with JavaScript, the city form in the strip switches city and stays on the page', async () => {
    const context = await browser.newContext({ locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/fr/dernieres-nouvelles`);
    const strip = new PrayerStrip(page);
    await strip.chooseCityNamed('fes');
    await page.waitForURL(/\/fr\/dernieres-nouvelles$/);
    await expect(strip.cityName.textContent()).resolves.toBe('Fès');
    const cookie = (await context.cookies()).find((c) => c.name === 'jarida_city');
    expect(cookie).toMatchObject({ value: 'fes', httpOnly: true, sameSite: 'Lax' });
  });

  it('without JavaScript, readers see the strip and choose their city with a plain form', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, locale: 'fr-FR' });
    const page = await context.newPage();
    await page.goto(`${baseUrl}/fr/dernieres-nouvelles`);
    const framed = new PrayerStrip(new SitePage(page).prayerStripFrame);
    expect(await framed.prayerNames.count()).toBe(6);
    expect(await framed.cityName.textContent()).toBe('Casablanca');
    await framed.cityLink.click();
    await page.waitForURL(/\/fr\/horaires-priere\/casablanca$/);
    const cityPage = new PrayerTimesPage(page);
    await cityPage.chooseCity('rabat');
    await page.waitForURL(/\/fr\/horaires-priere\/rabat$/);
    expect(await cityPage.heading.textContent()).toBe('Horaires de prière à Rabat');
    await page.goto(`${baseUrl}/ar`);
    expect(await new PrayerStrip(new SitePage(page, 'ar').prayerStripFrame, 'ar').cityName.textContent()).toBe('الرباط');
  });

  it('each city has a page with today and the month, in both languages', async () => {
    const page = await browser.newPage();
    const city = new PrayerTimesPage(page);
    const response = await page.goto(`${baseUrl}/fr/horaires-priere/casablanca`);
    expect(response?.status()).toBe(200);
    expect(await city.heading.textContent()).toBe('Horaires de prière à Casablanca');
    expect(await page.title()).toContain('Horaires de prière à Casablanca');
    expect(await city.todayTimes.count()).toBe(6);
    const rows = await city.dayRows.count();
    expect(rows).toBeGreaterThanOrEqual(28);
    expect(await city.todayRow.count()).toBe(1);
    expect(await city.otherCities.count()).toBe(21);

    await city.languageSwitch.click();
    await page.waitForURL(/\/ar\/mawaqit-assalat\//);
    const arabic = new PrayerTimesPage(page, 'ar');
    expect(await arabic.documentDir()).toBe('rtl');
    expect(await arabic.heading.textContent()).toBe('مواقيت الصلاة في الدار البيضاء');
    expect(await arabic.dayRows.count()).toBe(rows);
    expect((await page.goto(`${baseUrl}/fr/horaires-priere/atlantis`))?.status()).toBe(404);
  });

  it('serves a cacheable JSON API with clear 400s', async () => {
    // Dates of this year: the API answers the current Moroccan year and one either side.
    const year = new Date().getUTCFullYear();
    const ok = await fetch(`${baseUrl}/api/prayer-times?city=rabat&date=${year}-11-23`);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('cache-control')).toMatch(/max-age=\d+/);
    const body = (await ok.json()) as { date: string; times: Record<string, string> };
    expect(body.date).toBe(`${year}-11-23`);
    expect(Object.keys(body.times)).toEqual(['fajr', 'sunrise', 'dhuhr', 'asr', 'maghrib', 'isha']);
    const month = (await (await fetch(`${baseUrl}/api/prayer-times?city=fes&month=${year}-04`)).json()) as { days: unknown[] };
    expect(month.days).toHaveLength(30);
    for (const query of ['city=atlantis', 'city=rabat&date=2026-13-45', 'city=rabat&date=23/11/2026', 'city=rabat&month=2026-1', 'city=rabat&date=1999-11-23', `city=rabat&month=${year + 5}-01`, '']) {
      const bad = await fetch(`${baseUrl}/api/prayer-times?${query}`);
      expect(bad.status, query).toBe(400);
      expect(((await bad.json()) as { error: string }).error.length, query).toBeGreaterThan(5);
    }
  });

  it("answers the header strip for the reader's city, never for a shared cache", async () => {
    const strip = await fetch(`${baseUrl}/api/prayer-times/strip?locale=ar`, { headers: { cookie: 'jarida_city=fes' } });
    expect(strip.status).toBe(200);
    expect(strip.headers.get('cache-control')).toBe('private, no-cache');
    expect(strip.headers.get('vary')).toMatch(/cookie/i);
    const body = (await strip.json()) as { citySlug: string; cityName: string; today: { clocks: Record<string, string> }; validUntil: string };
    expect(body).toMatchObject({ citySlug: 'fes', cityName: 'فاس' });
    expect(Object.values(body.today.clocks)).toHaveLength(6);
    expect(Date.parse(body.validUntil)).toBeGreaterThan(Date.now());
    const fallback = (await (await fetch(`${baseUrl}/api/prayer-times/strip?locale=fr`)).json()) as { citySlug: string };
    expect(fallback.citySlug).toBe('casablanca');
    const bad = await fetch(`${baseUrl}/api/prayer-times/strip?locale=en`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toMatch(/locale/);
  });

  it('refuses a city choice posted from another site', async () => {
    const response = await fetch(`${baseUrl}/api/preferences/city`, {
      method: 'POST',
      headers: { origin: 'https://evil.example', 'content-type': 'application/x-www-form-urlencoded' },
      body: 'city=rabat',
      redirect: 'manual',
    });
    expect(response.status).toBe(403);
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe.skipIf(!baseUrl)('client bundles', () => {
  it('never include the prayer-time library (it runs on the server only)', async () => {
    const fs = await import('node:fs');
    const path = await import('node:path');
    const files = fs.readdirSync('.next/static', { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.js'));
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) {
      expect(fs.readFileSync(path.join('.next/static', file), 'utf8'), file).not.toMatch(/MoonsightingCommittee|adhan/);
    }
  });
});
