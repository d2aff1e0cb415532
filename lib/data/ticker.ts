import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { withDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { cacheTags } from './cache-tags';
import { listActiveTickerItems } from './ticker-queries';

/**
 * Breaking news under the masthead. Short-lived (like the date line beside it) so a line shows up
 * or expires within a minute even if nobody expires the `ticker` tag.
 */
export async function getTicker(locale: AppLocale) {
  'use cache';
  cacheLife('minutes');
  cacheTag(cacheTags.all, cacheTags.ticker);
  return withDb('ticker', (db) => listActiveTickerItems(db, locale));
}
