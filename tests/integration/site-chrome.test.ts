import { eq, inArray, like, sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { instrument } from '@/bench/front-queries';
import type { Database } from '@/db/client';
import { houseAds, media, settings, tickerItems } from '@/db/schema';
import { seed } from '@/demo/seed';
import { SETTING_KEYS } from '@/lib/admin/settings-queries';
import { AD_SLOT_KINDS } from '@/lib/data/ads-queries';
import { getSiteChrome } from '@/lib/data/chrome-queries';
import { chromeOracle } from './support/chrome-oracle';
import { testDb } from './support/db';

const handle = testDb();
const db = handle.db;
const now = new Date('2026-11-23T15:00:00Z');
const DAY = 86_400_000;
const MARK = '[it-chrome]';
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

beforeAll(async () => {
  await seed(db, { now, log: () => undefined });
});
afterAll(async () => {
  await db.delete(tickerItems).where(like(tickerItems.text, `${MARK}%`));
  await db.delete(houseAds).where(like(houseAds.name, `${MARK}%`));
  await handle.close();
});

async function expectSameAsPlainQueries(at: Date) {
  for (const locale of ['fr', 'ar'] as const) {
    expect(await getSiteChrome(db, locale, at), `${locale} at ${at.toISOString()}`).toEqual(await chromeOracle(db, locale, at));
  }
}

/** Runs `run` with the settings rows it changes put back afterwards. */
async function withSettingsRestored(run: () => Promise<void>) {
  const keys = [SETTING_KEYS.siteName, SETTING_KEYS.hijriOffset, SETTING_KEYS.adNetworkTag];
  const before = await db.select().from(settings).where(inArray(settings.key, keys));
  try {
    await run();
  } finally {
    await db.delete(settings).where(inArray(settings.key, keys));
    if (before.length) await db.insert(settings).values(before);
  }
}

async function store(key: string, value: unknown) {
  await db
    .insert(settings)
    .values({ key, value })
    .onConflictDoUpdate({ target: settings.key, set: { value: sql`excluded.value` } });
}

describe(`site chrome (${inject('databaseKind')})`, () => {
  it('is one query', async () => {
    const probe = instrument(handle.pool);
    try {
      const statements = await probe.record(() => getSiteChrome(db, 'fr', now));
      expect(statements).toHaveLength(1);
    } finally {
      probe.restore();
    }
  });

  it('equals the plain per-part queries on the demo content, in both languages', async () => {
    const chrome = await getSiteChrome(db, 'ar', now);
    expect(chrome.sections.length).toBeGreaterThanOrEqual(6);
    expect(chrome.ticker.length).toBeGreaterThanOrEqual(2);
    for (const kind of AD_SLOT_KINDS) expect(chrome.houseAds[kind], kind).not.toBeNull();
    await expectSameAsPlainQueries(now);
  });

  it('reads the settings as the plain queries do, malformed or out-of-range values included', async () => {
    await withSettingsRestored(async () => {
      await store(SETTING_KEYS.siteName, { fr: 'Le Quotidien', ar: 'اليومية' });
      await store(SETTING_KEYS.hijriOffset, -1);
      await store(SETTING_KEYS.adNetworkTag, { src: 'https://ads.example/tag.js', google: true });
      expect(await getSiteChrome(db, 'ar', now)).toMatchObject({
        siteName: 'اليومية',
        hijriOffset: -1,
        adNetworkTag: { src: 'https://ads.example/tag.js', google: true },
      });
      await expectSameAsPlainQueries(now);

      await store(SETTING_KEYS.siteName, { fr: '' });
      await store(SETTING_KEYS.hijriOffset, 5);
      await store(SETTING_KEYS.adNetworkTag, { src: 'javascript:alert(1)' });
      expect(await getSiteChrome(db, 'fr', now)).toMatchObject({ siteName: 'Jarida', hijriOffset: 0, adNetworkTag: null });
      await expectSameAsPlainQueries(now);

      await db.delete(settings).where(inArray(settings.key, [SETTING_KEYS.siteName, SETTING_KEYS.hijriOffset, SETTING_KEYS.adNetworkTag]));
      expect(await getSiteChrome(db, 'ar', now)).toMatchObject({ siteName: 'جريدة', hijriOffset: 0, adNetworkTag: null });
      await expectSameAsPlainQueries(now);
    });
  });

  it('shows the same ticker lines: current ones only, safe links, newest first, eight at most', async () => {
    // All newer than the demo lines (12 minutes and more), so they fill the eight places.
    await db.insert(tickerItems).values([
      ...Array.from({ length: 9 }, (_, i) => ({ locale: 'fr' as const, text: `${MARK} en cours ${i}`, publishedAt: minutes(-2 - i / 2), expiresAt: minutes(60) })),
      // Same time as "en cours 0": the id decides.
      { locale: 'fr', text: `${MARK} même heure`, publishedAt: minutes(-2) },
      { locale: 'fr', text: `${MARK} expirée`, publishedAt: minutes(-120), expiresAt: minutes(-1) },
      { locale: 'fr', text: `${MARK} expire maintenant`, publishedAt: minutes(-1.5), expiresAt: now },
      { locale: 'fr', text: `${MARK} programmée`, publishedAt: minutes(5) },
      { locale: 'fr', text: `${MARK} lien douteux`, publishedAt: minutes(-0.5), href: 'javascript:alert(1)' },
      { locale: 'fr', text: `${MARK} lien sûr`, publishedAt: minutes(-1), href: '/fr/rubrique/maroc' },
      { locale: 'ar', text: `${MARK} عاجل`, publishedAt: minutes(-1) },
    ]);
    // Microseconds, as now() stores them: the json text and the driver's Date must agree.
    await db.execute(sql`update ${tickerItems} set published_at = published_at - interval '0.000789 second' where text = ${`${MARK} lien sûr`}`);

    const chrome = await getSiteChrome(db, 'fr', now);
    expect(chrome.ticker.map((item) => item.text.slice(MARK.length + 1))).toEqual([
      'lien douteux',
      'lien sûr',
      'même heure',
      'en cours 0',
      'en cours 1',
      'en cours 2',
      'en cours 3',
      'en cours 4',
    ]);
    expect(chrome.ticker[0]!.href).toBeNull();
    expect(chrome.ticker[1]!.href).toBe('/fr/rubrique/maroc');
    expect((await getSiteChrome(db, 'ar', now)).ticker[0]!.text).toBe(`${MARK} عاجل`);
    await expectSameAsPlainQueries(now);
    // Later, the expiring lines are gone and the scheduled one is in.
    await expectSameAsPlainQueries(minutes(61));
    expect((await getSiteChrome(db, 'fr', minutes(61))).ticker.map((item) => item.text)).toContain(`${MARK} programmée`);
  });

  it('picks the same house ad per slot: dates, language and the daily turns', async () => {
    const [image] = await db.select({ id: media.id }).from(media).where(eq(media.storageKey, 'demo/ads/latest-leaderboard-fr.webp'));
    await db.insert(houseAds).values([
      { name: `${MARK} both languages`, kind: 'leaderboard', locale: null, imageId: image!.id, alt: 'Jarida', href: '/' },
      { name: `${MARK} arabic`, kind: 'leaderboard', locale: 'ar', imageId: image!.id, alt: 'جريدة', href: '/ar' },
      { name: `${MARK} starts later`, kind: 'rectangle', locale: 'fr', imageId: image!.id, alt: 'Bientôt', href: '/fr', startsAt: new Date(now.getTime() + 2 * DAY) },
      { name: `${MARK} ended`, kind: 'in-article', locale: null, imageId: image!.id, alt: 'Fini', href: '/fr', endsAt: new Date(now.getTime() - DAY) },
    ]);
    const leaderboards = new Set<number>();
    for (let day = 0; day < 7; day++) {
      const at = new Date(now.getTime() + day * DAY);
      await expectSameAsPlainQueries(at);
      leaderboards.add((await getSiteChrome(db, 'ar', at)).houseAds.leaderboard!.id);
    }
    // The Arabic leaderboard slot took turns between several ads over the week.
    expect(leaderboards.size).toBeGreaterThan(1);
    // During a seeded campaign that has ended since.
    for (let day = 0; day < 4; day++) await expectSameAsPlainQueries(new Date(Date.parse('2026-03-01T12:00:00Z') + day * DAY));
  });

  it('has no house ad for a kind with none running', async () => {
    await db
      .transaction(async (tx) => {
        await tx.delete(houseAds).where(eq(houseAds.kind, 'in-article'));
        const chrome = await getSiteChrome(tx as unknown as Database, 'fr', now);
        expect(chrome.houseAds['in-article']).toBeNull();
        expect(chrome.houseAds.rectangle).not.toBeNull();
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
  });
});
