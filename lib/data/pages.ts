import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cache } from 'react';
import { withReaderDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { cacheTags } from './cache-tags';
import * as q from './pages-queries';

export type { PageLinkDto, PublisherPageDto } from './pages-queries';

/** The publisher's pages of one language, in footer order. */
export async function getPageLinks(locale: AppLocale) {
  'use cache';
  cacheLife('masthead');
  cacheTag(cacheTags.all, cacheTags.pages);
  return withReaderDb('page links', (db) => q.listPageLinks(db, locale));
}

// The page and its metadata both look it up: once per render (see lib/data/reader.ts).
async function readPage(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.pageSlug(locale, slug));
  const page = await withReaderDb('page', (db) => q.getPageBySlug(db, locale, slug));
  // The kind's tag: its twin's change (a new slug) changes this page's hreflang and language switch.
  cacheTag(page ? cacheTags.page(page.kind) : cacheTags.miss);
  return page;
}
export const getPublisherPage = cache(readPage);
