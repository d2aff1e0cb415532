import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cache } from 'react';
import { withReaderDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { cacheTags, tagsForSlugRedirect } from './cache-tags';
import { renderClock } from '@/lib/time/render-clock';
import { getSiteChrome } from './chrome';
import type { ArticleDetailDto } from './types';
import * as q from './reader-queries';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('build');

/*
 * Cached reads for reader pages. Each function tags what it read so that a publish can
 * invalidate exactly the pages concerned (see cache-tags.ts).
 */

export { PAGE_SIZE } from './reader-queries';

/** Tags a lookup that found nothing, so that it is not kept (cacheTags.miss). */
function found<T>(value: T | null, tags: (value: T) => string[]): T | null {
  if (value === null) cacheTag(cacheTags.miss);
  else cacheTag(...tags(value));
  return value;
}

/** A page past the end is a 404: like an unknown slug, not worth keeping. */
function pageFound<T extends { items: unknown[]; page: number }>(result: T): T {
  if (result.items.length === 0 && result.page > 1) cacheTag(cacheTags.miss);
  return result;
}

/*
 * A page and its metadata both look up their subject (article, section, author, tag): each
 * lookup is wrapped in React's cache so it runs once per render, because every 'use cache' call
 * decodes its stored entry again (an article's body included), on both passes of a cold render.
 */

// The menu, the site name and the Hijri offset select from one cached read of the page chrome.
export async function getSections(locale: AppLocale) {
  return (await getSiteChrome(locale)).sections;
}

async function readSection(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.sections);
  // The section's tag: publishing its first article in this language, or withdrawing its last, changes the answer.
  return found(await withReaderDb('section', (db) => q.getSectionBySlug(db, locale, slug)), (section) => [cacheTags.section(section.id)]);
}
export const getSection = cache(readSection);

export async function getFrontPage(locale: AppLocale) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.front(locale));
  return withReaderDb('front page', (db) => q.getFrontPage(db, locale));
}

/**
 * An article with the instant it was read: its page computes relative times from that instant,
 * which stays the same for as long as the read is cached (the page is cached no longer).
 */
export type ArticleRead = ArticleDetailDto & { readAt: number };

async function readArticle(locale: AppLocale, slug: string): Promise<ArticleRead | null> {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.articleSlug(locale, slug));
  const article = await withReaderDb('article', (db) => q.getArticleBySlug(db, locale, slug));
  return found(article && { ...article, readAt: renderClock() }, (read) => [cacheTags.article(read.id)]);
}
export const getArticle = cache(readArticle);

/** The current slug of a published story that used to live at `slug`, or null. */
export async function getRedirectedSlug(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  const target = await withReaderDb('slugRedirect', (db) => q.findSlugRedirectTarget(db, locale, slug));
  cacheTag(...tagsForSlugRedirect(locale, slug, target));
  return target?.slug ?? null;
}

export async function getRelated(locale: AppLocale, articleId: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.article(articleId), cacheTags.latest(locale));
  return withReaderDb('related', (db) => q.getRelatedArticles(db, { id: articleId, locale }));
}

export async function getLatest(locale: AppLocale, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.latest(locale));
  return pageFound(await withReaderDb('latest', (db) => q.listLatest(db, locale, page)));
}

export async function getSectionArticles(locale: AppLocale, sectionId: number, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.section(sectionId));
  return pageFound(await withReaderDb('section articles', (db) => q.listSectionArticles(db, locale, sectionId, page)));
}

async function readAuthor(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all);
  return found(await withReaderDb('author', (db) => q.getAuthorBySlug(db, locale, slug)), (author) => [cacheTags.author(author.id)]);
}
export const getAuthor = cache(readAuthor);

export async function getAuthorArticles(locale: AppLocale, authorId: number, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.author(authorId));
  return pageFound(await withReaderDb('author articles', (db) => q.listAuthorArticles(db, locale, authorId, page)));
}

async function readTag(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all);
  return found(await withReaderDb('tag', (db) => q.getTagBySlug(db, locale, slug)), (tag) => [cacheTags.tag(tag.id)]);
}
export const getTag = cache(readTag);

export async function getTagArticles(locale: AppLocale, tagId: number, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.tag(tagId));
  return pageFound(await withReaderDb('tag articles', (db) => q.listTagArticles(db, locale, tagId, page)));
}

// Build-time sample params: best effort, so a build against an empty database still succeeds.
// Only addresses that exist: a sample that 404s would make Next stream unknown pages with a 200.
export async function getStaticSlugs(kind: 'article' | 'author' | 'tag' | 'section', locale: AppLocale, limit = 10): Promise<string[]> {
  try {
    return await withReaderDb('static params', (db) => {
      switch (kind) {
        case 'article':
          return q.listRecentSlugs(db, locale, limit);
        case 'author':
          return q.listAuthorSlugs(db, locale, limit);
        case 'tag':
          return q.listTagSlugs(db, locale, limit);
        case 'section':
          return q.listSectionSlugs(db, locale);
      }
    });
  } catch (error) {
    log.warn({ err: error, kind, locale }, 'no params at build time');
    return [];
  }
}

/** The site's name in one language, as an admin set it (Settings), or the default. */
export async function getSiteName(locale: AppLocale): Promise<string> {
  return (await getSiteChrome(locale)).siteName;
}

/** The Hijri date's offset in days (Settings); read with the rest of a `locale` page's chrome. */
export async function getHijriOffset(locale: AppLocale): Promise<number> {
  return (await getSiteChrome(locale)).hijriOffset;
}
