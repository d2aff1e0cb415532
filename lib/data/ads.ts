import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { withDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import * as q from './ads-queries';
import { cacheTags } from './cache-tags';

/*
 * Cached advertising reads for reader pages. A house ad's dates are checked against the time of the
 * cached read, so a campaign starts or ends within one `news` revalidation (five minutes).
 */

export { AD_SLOT_KINDS, AD_SLOT_SIZES, HOUSE_ADS_TAG } from './ads-queries';
export type { AdNetworkTag, AdSlotKind, HouseAdDto } from './ads-queries';

/** The house ad to show in a slot of `kind` on a page in `locale`, or null when none is running. */
export async function getHouseAd(locale: AppLocale, kind: q.AdSlotKind, now?: Date): Promise<q.HouseAdDto | null> {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, q.HOUSE_ADS_TAG);
  return withDb('house ad', (db) => q.getHouseAd(db, locale, kind, now ?? new Date()));
}

/** The ad network's script (setting `ad_network_tag`), or null when none is configured. */
export async function getAdNetworkTag(): Promise<q.AdNetworkTag | null> {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.settings);
  return withDb('ad network tag', (db) => q.getAdNetworkTag(db));
}
