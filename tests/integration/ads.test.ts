import fs from 'node:fs/promises';
import { count, eq, inArray, TransactionRollbackError } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { houseAds, media, settings } from '@/db/schema';
import { seed } from '@/demo/seed';
import { HOUSE_ADS } from '@/demo/seed-data/house-ads';
import * as q from '@/lib/data/ads-queries';
import { getSiteChrome } from '@/lib/data/chrome-queries';
import { resolveMediaPath } from '@/lib/storage/media-root';
import { seededTestDb } from './support/db';

const now = new Date('2026-11-23T15:00:00Z');
const { db } = seededTestDb(now);
const DAY = 86_400_000;

/** The house ad a slot of `kind` shows on a `locale` page at `at`, as the page chrome reads it. */
async function houseAd(tx: typeof db, locale: 'fr' | 'ar', kind: q.AdSlotKind, at: Date) {
  return (await getSiteChrome(tx, locale, at)).houseAds[kind];
}

async function adNetworkTag() {
  return (await getSiteChrome(db, 'fr', now)).adNetworkTag;
}

async function adRow(id: number) {
  const [row] = await db.select().from(houseAds).where(eq(houseAds.id, id));
  return row!;
}

describe(`house ads (${inject('databaseKind')})`, () => {
  it('finds a house ad for every slot kind in both languages, with its creative at the slot size', async () => {
    for (const locale of ['fr', 'ar'] as const) {
      for (const kind of q.AD_SLOT_KINDS) {
        const ad = await houseAd(db, locale, kind, now);
        expect(ad, `${locale} ${kind}`).not.toBeNull();
        expect(ad!.kind).toBe(kind);
        expect(ad!.href).toMatch(new RegExp(`^/${locale}(/|$)`));
        expect(ad!.alt.length).toBeGreaterThan(10);
        expect(ad!.image).toMatchObject(q.AD_SLOT_SIZES[kind]);
        expect(ad!.image.url).toMatch(/^\/media\/demo\/ads\/[a-z0-9-]+\.webp$/);

        const key = ad!.image.url.replace(/^\/media\//, '');
        const meta = await sharp(await fs.readFile(resolveMediaPath(key))).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['webp', ad!.image.width, ad!.image.height]);
      }
    }
  });

  it('gives each leaderboard its phone creative, the 320×100 mobile leaderboard drawn at 2x; the other kinds none', async () => {
    for (const locale of ['fr', 'ar'] as const) {
      for (const kind of q.AD_SLOT_KINDS) {
        const ad = (await houseAd(db, locale, kind, now))!;
        if (kind !== 'leaderboard') {
          expect(ad.mobileImage, `${locale} ${kind}`).toBeNull();
          continue;
        }
        const size = { width: q.MOBILE_LEADERBOARD_SIZE.width * 2, height: q.MOBILE_LEADERBOARD_SIZE.height * 2 };
        expect(ad.mobileImage).toMatchObject(size);
        expect(ad.mobileImage!.url).toBe(ad.image.url.replace(/\.webp$/, '-phone.webp'));
        const meta = await sharp(await fs.readFile(resolveMediaPath(ad.mobileImage!.url.replace(/^\/media\//, '')))).metadata();
        expect([meta.format, meta.width, meta.height]).toEqual(['webp', size.width, size.height]);
      }
    }
  });

  it('never returns an ad outside its dates', async () => {
    const expired = HOUSE_ADS.filter((ad) => ad.endsAt && new Date(ad.endsAt) < now);
    expect(expired.length).toBeGreaterThan(0);
    const rows = await db.select({ id: houseAds.id }).from(houseAds).where(inArray(houseAds.name, expired.map((ad) => ad.name)));
    const expiredIds = new Set(rows.map((row) => row.id));
    for (let day = 0; day < 7; day++) {
      for (const locale of ['fr', 'ar'] as const) {
        for (const kind of q.AD_SLOT_KINDS) {
          const ad = await houseAd(db, locale, kind, new Date(now.getTime() + day * DAY));
          expect(expiredIds.has(ad!.id)).toBe(false);
        }
      }
    }
    // …but it did run: during its campaign it is one of the French rectangles.
    const during = new Date('2026-03-01T12:00:00Z');
    const shown = new Set<number>();
    for (let day = 0; day < 4; day++) shown.add((await houseAd(db, 'fr', 'rectangle', new Date(during.getTime() + day * DAY)))!.id);
    expect([...shown].some((id) => expiredIds.has(id))).toBe(true);
  });

  it('never gives an Arabic page a French-only ad, nor a French page an Arabic one', async () => {
    for (let day = 0; day < 7; day++) {
      for (const kind of q.AD_SLOT_KINDS) {
        const at = new Date(now.getTime() + day * DAY);
        expect((await adRow((await houseAd(db, 'ar', kind, at))!.id)).locale).not.toBe('fr');
        expect((await adRow((await houseAd(db, 'fr', kind, at))!.id)).locale).not.toBe('ar');
      }
    }
  });

  it('shows an ad for both languages on both, taking turns day by day with the others', async () => {
    const [image] = await db.select({ id: media.id }).from(media).where(eq(media.storageKey, 'demo/ads/latest-leaderboard-fr.webp'));
    const [shared] = await db
      .insert(houseAds)
      .values({ name: 'test-shared-leaderboard', kind: 'leaderboard', locale: null, imageId: image!.id, alt: 'Jarida', href: '/' })
      .returning({ id: houseAds.id });
    try {
      for (const locale of ['fr', 'ar'] as const) {
        const ids = new Set<number>();
        for (let day = 0; day < 2; day++) ids.add((await houseAd(db, locale, 'leaderboard', new Date(now.getTime() + day * DAY)))!.id);
        expect(ids.size).toBe(2);
        expect(ids.has(shared!.id)).toBe(true);
      }
    } finally {
      await db.delete(houseAds).where(eq(houseAds.id, shared!.id));
    }
  });

  it('returns null when no ad of that kind runs', async () => {
    const rows = await db.select({ id: houseAds.id }).from(houseAds).where(eq(houseAds.kind, 'in-article'));
    // Deleted inside a transaction that is rolled back, so the seeded rows keep their ids.
    await db
      .transaction(async (tx) => {
        await tx.delete(houseAds).where(inArray(houseAds.id, rows.map((row) => row.id)));
        expect(await houseAd(tx as unknown as typeof db, 'fr', 'in-article', now)).toBeNull();
        tx.rollback();
      })
      .catch((error: unknown) => {
        if (!(error instanceof TransactionRollbackError)) throw error;
      });
    expect(await houseAd(db, 'fr', 'in-article', now)).not.toBeNull();
  });

  it('re-seeding keeps one row per seeded ad, with the same ids', async () => {
    const names = HOUSE_ADS.map((ad) => ad.name);
    const snapshot = () =>
      db.select({ id: houseAds.id, name: houseAds.name }).from(houseAds).where(inArray(houseAds.name, names)).orderBy(houseAds.id);
    const before = await snapshot();
    expect(before.map((row) => row.name)).toEqual(names);
    await seed(db, { now, log: () => undefined });
    expect(await snapshot()).toEqual(before);
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(media).where(inArray(media.storageKey, HOUSE_ADS.map((ad) => `demo/ads/${ad.name}.webp`)));
    expect(n).toBe(HOUSE_ADS.length);
  });
});

describe(`ad network setting (${inject('databaseKind')})`, () => {
  it('returns the seeded tag', async () => {
    expect(await adNetworkTag()).toEqual({ src: '/api/ad-network/tag.js', google: false });
  });

  it('keeps an editor’s value when re-seeding, and ignores a malformed one', async () => {
    const original = await adNetworkTag();
    try {
      await db.update(settings).set({ value: { src: 'https://ads.example/tag.js', google: true } }).where(eq(settings.key, q.AD_NETWORK_TAG_KEY));
      await seed(db, { now, log: () => undefined });
      expect(await adNetworkTag()).toEqual({ src: 'https://ads.example/tag.js', google: true });
      await db.update(settings).set({ value: { src: 'javascript:alert(1)' } }).where(eq(settings.key, q.AD_NETWORK_TAG_KEY));
      expect(await adNetworkTag()).toBeNull();
      await db.update(settings).set({ value: { src: '//evil.example/tag.js', google: false } }).where(eq(settings.key, q.AD_NETWORK_TAG_KEY));
      expect(await adNetworkTag()).toBeNull();
    } finally {
      await db.update(settings).set({ value: original }).where(eq(settings.key, q.AD_NETWORK_TAG_KEY));
    }
  });
});
