import type { AppLocale } from '@/lib/i18n/routing';

/** Every cache tag the reader site uses, so invalidation and reads cannot drift apart. */
export const cacheTags = {
  all: 'content',
  sections: 'sections',
  settings: 'settings',
  front: (locale: AppLocale) => `front:${locale}`,
  latest: (locale: AppLocale) => `latest:${locale}`,
  // Sitemaps, feeds and the news sitemap of one language: any article change there expires them.
  feeds: (locale: AppLocale) => `feeds:${locale}`,
  article: (id: number) => `article:${id}`,
  articleSlug: (locale: AppLocale, slug: string) => `article:${locale}:${slug}`,
  section: (id: number) => `section:${id}`,
  author: (id: number) => `author:${id}`,
  tag: (id: number) => `tag:${id}`,
  // Breaking-news lines: the admin expires this tag when it adds, edits or removes one.
  ticker: 'ticker',
  search: (locale: AppLocale) => `search:${locale}`,
  // A read that found nothing (an unknown slug, a page past the end): never kept by the 'use cache'
  // store (lib/data/cache-handlers/use-cache.mjs), so made-up addresses cannot fill memory and a
  // story published later under that slug shows at once.
  miss: 'reader:miss',
  mostRead: (locale: AppLocale) => `most-read:${locale}`,
};

/** The tags a change to one article invalidates: the article, its twin, and every list it appears in. */
export function tagsForArticleChange(article: {
  id: number;
  locale: AppLocale;
  slug: string;
  previousSlug?: string;
  sectionId: number;
  authorIds: number[];
  tagIds: number[];
  translationId?: number | null;
}): string[] {
  const result = new Set<string>([
    cacheTags.article(article.id),
    cacheTags.articleSlug(article.locale, article.slug),
    cacheTags.front(article.locale),
    cacheTags.latest(article.locale),
    cacheTags.feeds(article.locale),
    cacheTags.section(article.sectionId),
    // Cached search results may now miss, or still show, this article.
    cacheTags.search(article.locale),
    ...article.authorIds.map(cacheTags.author),
    ...article.tagIds.map(cacheTags.tag),
  ]);
  if (article.previousSlug) result.add(cacheTags.articleSlug(article.locale, article.previousSlug));
  if (article.translationId) result.add(cacheTags.article(article.translationId));
  return [...result];
}

/**
 * The tags of the cached lookup of an old slug: the slug itself (freed or taken by a rename), and
 * the article it leads to, so that unpublishing or deleting that article expires every one of its
 * old addresses at once, whichever write renamed them. A lookup that found nothing is a miss.
 */
export function tagsForSlugRedirect(locale: AppLocale, slug: string, target: { id: number } | null): string[] {
  return [cacheTags.all, cacheTags.articleSlug(locale, slug), target ? cacheTags.article(target.id) : cacheTags.miss];
}
