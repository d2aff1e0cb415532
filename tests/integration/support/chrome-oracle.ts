import { and, asc, desc, eq, gt, inArray, isNull, lte, or } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '@/db/client';
import { articles, houseAds, media, sections, settings, tickerItems } from '@/db/schema';
import { readSiteName, SETTING_KEYS } from '@/lib/admin/settings-queries';
import { AD_SLOT_KINDS, parseAdNetworkTag, pickHouseAd, type AdSlotKind, type HouseAdDto } from '@/lib/data/ads-queries';
import type { SiteChromeDto } from '@/lib/data/chrome-queries';
import { parseHijriOffset, toSection } from '@/lib/data/reader-queries';
import { TICKER_LIMIT, toTickerItem } from '@/lib/data/ticker-queries';
import type { AppLocale } from '@/lib/i18n/routing';

/*
 * The page chrome read the plain way, one Drizzle query per part, through the same mappers as
 * getSiteChrome. The app reads it in one SQL statement; this second, independent spelling of each
 * filter is what tests/integration/site-chrome.test.ts compares it with.
 */

const mobileMedia = alias(media, 'mobile_media');

async function houseAdOf(db: Database, locale: AppLocale, kind: AdSlotKind, now: Date): Promise<HouseAdDto | null> {
  const rows = await db
    .select({
      id: houseAds.id,
      kind: houseAds.kind,
      href: houseAds.href,
      alt: houseAds.alt,
      storageKey: media.storageKey,
      width: media.width,
      height: media.height,
      variants: media.variants,
      mobileStorageKey: mobileMedia.storageKey,
      mobileWidth: mobileMedia.width,
      mobileHeight: mobileMedia.height,
      mobileVariants: mobileMedia.variants,
    })
    .from(houseAds)
    .innerJoin(media, eq(media.id, houseAds.imageId))
    .leftJoin(mobileMedia, eq(mobileMedia.id, houseAds.mobileImageId))
    .where(
      and(
        eq(houseAds.kind, kind),
        or(isNull(houseAds.locale), eq(houseAds.locale, locale)),
        or(isNull(houseAds.startsAt), lte(houseAds.startsAt, now)),
        or(isNull(houseAds.endsAt), gt(houseAds.endsAt, now)),
      ),
    )
    .orderBy(asc(houseAds.id));
  return pickHouseAd(rows, kind, now);
}

async function settingOf(db: Database, key: string): Promise<unknown> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, key)).limit(1);
  return row?.value;
}

export async function chromeOracle(db: Database, locale: AppLocale, now: Date): Promise<SiteChromeDto> {
  const ticker = await db
    .select({ id: tickerItems.id, text: tickerItems.text, href: tickerItems.href, publishedAt: tickerItems.publishedAt, expiresAt: tickerItems.expiresAt })
    .from(tickerItems)
    .where(and(eq(tickerItems.locale, locale), lte(tickerItems.publishedAt, now), or(isNull(tickerItems.expiresAt), gt(tickerItems.expiresAt, now))))
    .orderBy(desc(tickerItems.publishedAt), desc(tickerItems.id))
    .limit(TICKER_LIMIT);
  const houseAdsByKind = {} as Record<AdSlotKind, HouseAdDto | null>;
  for (const kind of AD_SLOT_KINDS) houseAdsByKind[kind] = await houseAdOf(db, locale, kind, now);
  return {
    sections: (
      await db
        .select()
        .from(sections)
        .where(
          inArray(
            sections.id,
            db.selectDistinct({ id: articles.sectionId }).from(articles).where(and(eq(articles.locale, locale), eq(articles.status, 'published'))),
          ),
        )
        .orderBy(asc(sections.position), asc(sections.id))
    ).map((row) => toSection(row, locale)),
    siteName: (await readSiteName(db))[locale],
    hijriOffset: parseHijriOffset(await settingOf(db, SETTING_KEYS.hijriOffset)),
    adNetworkTag: parseAdNetworkTag(await settingOf(db, SETTING_KEYS.adNetworkTag)),
    ticker: ticker.map(toTickerItem),
    houseAds: houseAdsByKind,
  };
}
