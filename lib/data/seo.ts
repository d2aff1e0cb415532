import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { withReaderDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { cacheTags } from './cache-tags';
import * as q from './seo-queries';

/*
 * Cached reads for sitemaps and feeds. Every one carries the locale's feeds tag, which any
 * article change in that locale expires (tagsForArticleChange), so a publish reaches crawlers
 * and feed readers on the next request. The 'news' profile's timer only moves the 48-hour
 * window of the news sitemap along.
 */

export { NEWS_WINDOW_MS, SITEMAP_PAGE_SIZE } from './seo-queries';

export const FEED_SIZE = 30;

export async function getSitemapOverview(locale: AppLocale) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.feeds(locale));
  return withReaderDb('sitemap overview', (db) => q.getSitemapOverview(db, locale));
}

export async function getSitemapArticles(locale: AppLocale, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.feeds(locale));
  const articles = await withReaderDb('sitemap articles', (db) => q.listSitemapArticles(db, locale, page));
  // A file number past the end is a 404: not kept (cacheTags.miss).
  if (articles.length === 0 && page > 1) cacheTag(cacheTags.miss);
  return articles;
}

export async function getNewsSitemapArticles(locale: AppLocale) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.feeds(locale));
  return withReaderDb('news sitemap', (db) => q.listNewsSitemapArticles(db, locale, new Date()));
}

export async function getSitemapSections(locale: AppLocale) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.sections, cacheTags.feeds(locale));
  return withReaderDb('sitemap sections', (db) => q.listSitemapSections(db, locale));
}

export async function getSitemapAuthors(locale: AppLocale) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.feeds(locale));
  return withReaderDb('sitemap authors', (db) => q.listSitemapAuthors(db, locale));
}

export async function getFeedItems(locale: AppLocale, scope: q.FeedScope) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.sections, cacheTags.feeds(locale));
  if (scope.sectionId !== undefined) cacheTag(cacheTags.section(scope.sectionId));
  if (scope.authorId !== undefined) cacheTag(cacheTags.author(scope.authorId));
  return withReaderDb('feed', (db) => q.listFeedItems(db, locale, scope, FEED_SIZE));
}
