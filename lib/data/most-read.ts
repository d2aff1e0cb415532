import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { withReaderDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { cacheTags } from './cache-tags';
import { listMostRead } from './views-queries';

/** Top five of the last 24 hours, recomputed every few minutes at most, whatever the traffic. */
export async function getMostRead(locale: AppLocale) {
  'use cache';
  cacheLife('news');
  const items = await withReaderDb('most read', (db) => listMostRead(db, locale));
  // Unpublishing a listed story, or a new story while the list is topped up with the latest, expires it.
  cacheTag(cacheTags.all, cacheTags.mostRead(locale), cacheTags.latest(locale), ...items.map((item) => cacheTags.article(item.id)));
  return items;
}
