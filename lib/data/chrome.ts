import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cache } from 'react';
import { withReaderDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { cacheTags } from './cache-tags';
import * as q from './chrome-queries';

/**
 * The chrome of a reader page in one cached read (sections, settings, ticker, house ads), which the
 * narrower readers in reader.ts, ads.ts and ticker.ts select from. Short-lived (`masthead`, five
 * minutes) so a ticker line's end shows within five minutes even if nobody expires the `ticker`
 * tag; house ads' dates and daily turns are checked against the time of the read, so they follow
 * as quickly.
 */
async function readSiteChrome(locale: AppLocale) {
  'use cache';
  cacheLife('masthead');
  cacheTag(cacheTags.all, cacheTags.sections, cacheTags.settings, cacheTags.ticker, cacheTags.houseAds);
  return withReaderDb('site chrome', (db) => q.getSiteChrome(db, locale, new Date()));
}

/*
 * Once per render: a page reads its chrome a dozen times (menu, site name, ticker, three ad
 * slots, the not-found boundary, metadata), and every 'use cache' call decodes its stored entry
 * again, on both render passes of a cold page.
 */
export const getSiteChrome = cache(readSiteChrome);
