import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articles, houseAds, media, sections, settings, tickerItems } from '@/db/schema';
import { parseSiteName } from '@/lib/admin/settings-queries';
import { SETTING_KEYS } from '@/lib/admin/settings-schema';
import type { AppLocale } from '@/lib/i18n/routing';
import { AD_SLOT_KINDS, parseAdNetworkTag, pickHouseAd, type AdNetworkTag, type AdSlotKind, type HouseAdCandidate, type HouseAdDto } from './ads-queries';
import { parseHijriOffset, toSection, type SectionRow } from './reader-queries';
import { TICKER_LIMIT, toTickerItem, type TickerItemDto, type TickerRow } from './ticker-queries';
import type { SectionDto } from './types';

/** Everything around a reader page's content: masthead, section menu, ticker, footer, ad slots. */
export interface SiteChromeDto {
  sections: SectionDto[];
  siteName: string;
  hijriOffset: number;
  adNetworkTag: AdNetworkTag | null;
  ticker: TickerItemDto[];
  /** The house ad each slot kind shows at the time of the read, or null when none is running. */
  houseAds: Record<AdSlotKind, HouseAdDto | null>;
}

interface ChromeRow extends Record<string, unknown> {
  sections: SectionRow[];
  settings: Record<string, unknown>;
  ticker: TickerRow[];
  house_ads: HouseAdCandidate[];
}

/**
 * The chrome of a page in `locale` at `now`, in one statement: these reads come together on every
 * cold page, so they cost one round trip instead of one each. Each part goes through the shared
 * mappers (toSection, parseSiteName, parseHijriOffset, parseAdNetworkTag, toTickerItem,
 * pickHouseAd); tests/integration/chrome-oracle.ts spells the same filters as plain queries.
 */
export async function getSiteChrome(db: Database, locale: AppLocale, now: Date): Promise<SiteChromeDto> {
  const at = now.toISOString();
  const keys = [SETTING_KEYS.siteName, SETTING_KEYS.hijriOffset, SETTING_KEYS.adNetworkTag];
  const { rows } = await db.execute<ChromeRow>(sql`
    select
      coalesce((
        select json_agg(json_build_object(
                 'id', s.id, 'slugFr', s.slug_fr, 'slugAr', s.slug_ar, 'nameFr', s.name_fr, 'nameAr', s.name_ar,
                 'descriptionFr', s.description_fr, 'descriptionAr', s.description_ar)
               order by s.position, s.id)
        from ${sections} s
        -- The menu names only sections a reader can open: those with a published article in
        -- this language (the same rule as getSectionBySlug); the first publish in one expires it.
        where exists (select 1 from ${articles} x where x.section_id = s.id and x.locale = ${locale} and x.status = 'published')), '[]'::json) as sections,
      coalesce((
        select json_object_agg(st.key, st.value)
        from ${settings} st
        where st.key in (${sql.join(keys.map((key) => sql`${key}`), sql`, `)})), '{}'::json) as settings,
      coalesce((
        select json_agg(json_build_object('id', t.id, 'text', t.text, 'href', t.href, 'publishedAt', t.published_at, 'expiresAt', t.expires_at)
               order by t.published_at desc, t.id desc)
        from (
          select ti.id, ti.text, ti.href, ti.published_at, ti.expires_at
          from ${tickerItems} ti
          where ti.locale = ${locale} and ti.published_at <= ${at}::timestamptz
            and (ti.expires_at is null or ti.expires_at > ${at}::timestamptz)
          order by ti.published_at desc, ti.id desc
          limit ${TICKER_LIMIT}
        ) t), '[]'::json) as ticker,
      coalesce((
        select json_agg(json_build_object('id', h.id, 'kind', h.kind, 'href', h.href, 'alt', h.alt,
                                          'storageKey', m.storage_key, 'width', m.width, 'height', m.height, 'variants', m.variants,
                                          'mobileStorageKey', mm.storage_key, 'mobileWidth', mm.width, 'mobileHeight', mm.height,
                                          'mobileVariants', mm.variants)
               order by h.id)
        from ${houseAds} h
        join ${media} m on m.id = h.image_id
        left join ${media} mm on mm.id = h.mobile_image_id
        where (h.locale is null or h.locale = ${locale})
          and (h.starts_at is null or h.starts_at <= ${at}::timestamptz)
          and (h.ends_at is null or h.ends_at > ${at}::timestamptz)), '[]'::json) as house_ads`);
  const row = rows[0]!;
  return {
    sections: row.sections.map((section) => toSection(section, locale)),
    siteName: parseSiteName(row.settings[SETTING_KEYS.siteName])[locale],
    hijriOffset: parseHijriOffset(row.settings[SETTING_KEYS.hijriOffset]),
    adNetworkTag: parseAdNetworkTag(row.settings[SETTING_KEYS.adNetworkTag]),
    ticker: row.ticker.map(toTickerItem),
    houseAds: Object.fromEntries(AD_SLOT_KINDS.map((kind) => [kind, pickHouseAd(row.house_ads, kind, now)])) as Record<AdSlotKind, HouseAdDto | null>,
  };
}
