import 'server-only';
import type { AppLocale } from '@/lib/i18n/routing';
import type * as q from './ads-queries';
import { getSiteChrome } from './chrome';

/*
 * Advertising reads for reader pages, taken from the cached site chrome. A house ad's dates are
 * checked against the time of that read, so a campaign starts or ends within five minutes.
 */

export { AD_SLOT_KINDS, AD_SLOT_SIZES, MOBILE_LEADERBOARD_SIZE, PHONE_MAX_WIDTH } from './ads-queries';
export type { AdNetworkTag, AdSlotKind, HouseAdDto } from './ads-queries';

/** The house ad to show in a slot of `kind` on a page in `locale`, or null when none is running. */
export async function getHouseAd(locale: AppLocale, kind: q.AdSlotKind): Promise<q.HouseAdDto | null> {
  return (await getSiteChrome(locale)).houseAds[kind];
}

/** The ad network's script (setting `ad_network_tag`), or null when none is configured. */
export async function getAdNetworkTag(locale: AppLocale): Promise<q.AdNetworkTag | null> {
  return (await getSiteChrome(locale)).adNetworkTag;
}
