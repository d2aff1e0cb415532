import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { withDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { cacheTags } from './cache-tags';
import { getSiteChrome } from './chrome';
import * as q from './reader-queries';

/*
 * Cached reads for reader pages. Each function tags what it read so that a publish can
 * invalidate exactly the pages concerned (see cache-tags.ts).
 */

export { PAGE_SIZE } from './reader-queries';

// The menu, the site name and the Hijri offset select from one cached read of the page chrome.
export async function getSections(locale: AppLocale) {
  return (await getSiteChrome(locale)).sections;
}

export async function getSection(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.sections);
  return withDb('section', (db) => q.getSectionBySlug(db, locale, slug));
}

export async function getFrontPage(locale: AppLocale) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.front(locale));
  return withDb('front page', (db) => q.getFrontPage(db, locale));
}

export async function getArticle(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.articleSlug(locale, slug));
  const article = await withDb('article', (db) => q.getArticleBySlug(db, locale, slug));
  if (article) cacheTag(cacheTags.article(article.id));
  return article;
}

/** The current slug of a published story that used to live at `slug`, or null. */
export async function getRedirectedSlug(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.articleSlug(locale, slug));
  return withDb('slugRedirect', (db) => q.findSlugRedirect(db, locale, slug));
}

export async function getRelated(locale: AppLocale, articleId: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.article(articleId), cacheTags.latest(locale));
  return withDb('related', (db) => q.getRelatedArticles(db, { id: articleId, locale }));
}

export async function getLatest(locale: AppLocale, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.latest(locale));
  return withDb('latest', (db) => q.listLatest(db, locale, page));
}

export async function getSectionArticles(locale: AppLocale, sectionId: number, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.section(sectionId));
  return withDb('section articles', (db) => q.listSectionArticles(db, locale, sectionId, page));
}

export async function getAuthor(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all);
  const author = await withDb('author', (db) => q.getAuthorBySlug(db, locale, slug));
  if (author) cacheTag(cacheTags.author(author.id));
  return author;
}

export async function getAuthorArticles(locale: AppLocale, authorId: number, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.author(authorId));
  return withDb('author articles', (db) => q.listAuthorArticles(db, locale, authorId, page));
}

export async function getTag(locale: AppLocale, slug: string) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all);
  const tag = await withDb('tag', (db) => q.getTagBySlug(db, locale, slug));
  if (tag) cacheTag(cacheTags.tag(tag.id));
  return tag;
}

export async function getTagArticles(locale: AppLocale, tagId: number, page: number) {
  'use cache';
  cacheLife('news');
  cacheTag(cacheTags.all, cacheTags.tag(tagId));
  return withDb('tag articles', (db) => q.listTagArticles(db, locale, tagId, page));
}

// Build-time sample params: best effort, so a build against an empty database still succeeds.
export async function getStaticSlugs(kind: 'article' | 'author' | 'tag', locale: AppLocale, limit = 10): Promise<string[]> {
  try {
    return await withDb('static params', (db) =>
      kind === 'article' ? q.listRecentSlugs(db, locale, limit) : kind === 'author' ? q.listAuthorSlugs(db) : q.listTagSlugs(db, locale, limit),
    );
  } catch (error) {
    console.warn(`[build] no ${kind} params for ${locale}: ${(error as Error).message}`);
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
