import 'server-only';
import { refresh, revalidateTag, updateTag } from 'next/cache';
import { noteWrite } from '@/db';
import type { ArticleStatus } from '@/db/schema';
import type { AppLocale } from '@/lib/i18n/routing';

/*
 * The reader cache's tags in one place: every tag a cached read carries (`cacheTags`), which tags
 * each write expires (the pure `tagsFor…` functions, unit-tested), and `expire`, the one way
 * they are expired.
 */

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
  // Prayer times per city and day: computed, never edited, so no write expires them.
  prayer: 'prayer',
  // Every house-ad read.
  houseAds: 'house-ads',
  // The publisher's pages listed in the footer of every reader page.
  pages: 'pages',
  // One publisher page in both languages: each names its twin's address (hreflang, language switch).
  page: (kind: string) => `page:${kind}`,
  pageSlug: (locale: AppLocale, slug: string) => `page:${locale}:${slug}`,
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

/** What invalidation needs to know about an article before or after a change. */
export interface ArticleTagState {
  id: number;
  locale: AppLocale;
  slug: string;
  status: ArticleStatus;
  sectionId: number;
  authorIds: number[];
  tagIds: number[];
  translationId: number | null;
  /** Published articles of its section in its language at that moment, this one included if published. */
  sectionPublished: number;
}

/**
 * Whether a change adds a section to its language's menu or takes one out: the menu lists only
 * sections with a published article (lib/data/chrome-queries.ts), so the first publish in a
 * section and the withdrawal of its last article change every page's chrome. Any other publish
 * leaves it alone, so the chrome under every page is not re-rendered for each story.
 */
function changesSectionMenu(before: ArticleTagState | null, after: ArticleTagState | null): boolean {
  const place = (state: ArticleTagState | null) => (state?.status === 'published' ? `${state.locale}:${state.sectionId}` : null);
  if (place(before) === place(after)) return false;
  return (place(after) !== null && after!.sectionPublished === 1) || (place(before) !== null && before!.sectionPublished === 1);
}

/**
 * Reader cache tags an article write touches: those of the old and the new state, when either was
 * visible to readers (a draft edit touches nothing on the reader site).
 */
export function tagsForArticleWrite(before: ArticleTagState | null, after: ArticleTagState | null): string[] {
  const visible = (state: ArticleTagState | null): state is ArticleTagState =>
    state !== null && (state.status === 'published' || state.status === 'unpublished');
  const result = new Set<string>();
  for (const state of [before, after]) {
    if (!visible(state)) continue;
    for (const tag of tagsForArticleChange({ ...state, previousSlug: before && before.slug !== state.slug ? before.slug : undefined })) result.add(tag);
  }
  if (changesSectionMenu(before, after)) result.add(cacheTags.sections);
  // A slug freed or taken by a publish must also drop a cached 404 for it.
  if (after && before && (visible(after) || visible(before))) {
    for (const tag of tagsForArticleChange({ ...after, previousSlug: before.slug })) result.add(tag);
  }
  return [...result];
}

/**
 * Past this many articles, expiring each article page costs more than it saves: fall back to
 * the tag every reader read carries. Callers look up at most this many ids plus one.
 */
export const ARTICLE_TAG_LIMIT = 200;

/** Article pages to expire, or everything when there are too many to name. */
export function articlePageTags(articleIds: readonly number[], limit = ARTICLE_TAG_LIMIT): string[] {
  if (articleIds.length > limit) return [cacheTags.all];
  return [...new Set(articleIds)].map(cacheTags.article);
}

const bothFronts = () => [cacheTags.front('fr'), cacheTags.front('ar')];
const bothLatest = () => [cacheTags.latest('fr'), cacheTags.latest('ar')];

/**
 * A section's names and slugs appear in the navigation (`sections`), on its own pages, on both
 * front pages, as the kicker on cards in the latest lists, and on the pages of its articles.
 */
export function tagsForSectionChange(change: { id: number; articleIds: readonly number[] }): string[] {
  return unique([cacheTags.sections, cacheTags.section(change.id), ...bothFronts(), ...bothLatest(), ...articlePageTags(change.articleIds), ...bothSearches()]);
}

// Search ranks articles by their section's and tags' names (search_terms): renaming or removing
// one changes which articles a cached result lists, in either language (other-language results).
const bothSearches = () => [cacheTags.search('fr'), cacheTags.search('ar')];

/** A new section has no articles yet; it only joins the navigation and the front pages' order. */
export function tagsForSectionCreate(id: number): string[] {
  return unique([cacheTags.sections, cacheTags.section(id), ...bothFronts()]);
}

/** An author's page and list, and the bylines on the pages of their articles. */
export function tagsForAuthorChange(change: { id: number; articleIds: readonly number[] }): string[] {
  return unique([cacheTags.author(change.id), ...articlePageTags(change.articleIds)]);
}

/** A tag's page and list, and the tag links on the pages of the articles that carry it. */
export function tagsForTagChange(change: { id: number; articleIds: readonly number[] }): string[] {
  return unique([cacheTags.tag(change.id), ...articlePageTags(change.articleIds), ...bothSearches()]);
}

/** Every house-ad read carries one tag. */
export function tagsForHouseAdChange(): string[] {
  return [cacheTags.houseAds];
}

export function tagsForTickerChange(): string[] {
  return [cacheTags.ticker];
}

/** What a publisher page's change needs to know about it, before or after. */
export interface PageTagState {
  kind: string;
  locale: AppLocale;
  slug: string;
  title: string;
  position: number;
}

/**
 * A publisher page's own address (old and new, so a cached 404 for a slug it takes goes too) and
 * its twin (which names it in hreflang). The footer under every reader page lists the pages'
 * titles and addresses: only a change to those (or a page added or removed) expires it.
 */
export function tagsForPageChange(before: PageTagState | null, after: PageTagState | null): string[] {
  const result = new Set<string>();
  for (const state of [before, after]) {
    if (!state) continue;
    result.add(cacheTags.page(state.kind));
    result.add(cacheTags.pageSlug(state.locale, state.slug));
  }
  const listed = (state: PageTagState | null) => (state ? `${state.kind}|${state.locale}|${state.slug}|${state.title}|${state.position}` : null);
  if (listed(before) !== listed(after)) result.add(cacheTags.pages);
  return [...result];
}

/** Reader pages cache the Hijri offset, the site name and the ad network tag under one tag. */
export function tagsForSettingsChange(): string[] {
  return [cacheTags.settings];
}

/**
 * A picture's alt text and credit belong to the pages of the articles using it as their cover.
 * (The reader reads the article's own cover_alt/cover_credit first today; expiring these pages
 * keeps them right once it falls back to the library's texts. Author avatars and house ads carry
 * their own alt text, so they are not concerned.)
 */
export function tagsForMediaTextChange(change: { coverArticleIds: readonly number[] }): string[] {
  return articlePageTags(change.coverArticleIds);
}

/**
 * A picture's crops changed (a new focal point). As a cover it is on cards in any list (front pages,
 * sections, tags, authors, related stories, search, most read), so a cover in use expires all reader
 * content, as a mass change does; a rare edit. As an author's photo, the author's page; as a house
 * ad, every house-ad read. An unused picture expires nothing.
 */
export function tagsForMediaCropChange(use: { coverArticleIds: readonly number[]; authorIds: readonly number[]; ads: number }): string[] {
  return unique([
    ...(use.coverArticleIds.length ? [cacheTags.all] : []),
    ...use.authorIds.map(cacheTags.author),
    ...(use.ads ? [cacheTags.houseAds] : []),
  ]);
}

function unique(tags: string[]): string[] {
  return [...new Set(tags)];
}

export interface ExpireOptions {
  readYourWrites: boolean;
  refresh?: boolean;
}

/** A newsroom edit from a server action: read-your-writes, and the admin page shows what was stored. */
export const EDITOR_EDIT: ExpireOptions = { readYourWrites: true, refresh: true };

/**
 * Expires cached reader reads at once; the one way any write does so.
 * - `readYourWrites` (a server action: an editor's change): `updateTag`, so the editor's own next
 *   reader page waits for fresh data. `refresh` also re-renders the admin page with what was
 *   stored, also when no reader cache was concerned (e.g. a picture no article uses yet).
 * - otherwise (the scheduler's route handler): `revalidateTag` with `expire: 0`, so the next
 *   reader request renders fresh rather than getting the stale page while it revalidates.
 */
export function expire(tags: readonly string[], options: ExpireOptions): void {
  // The renders these expiries cause must not read a replica that has not replayed the write yet.
  noteWrite();
  for (const tag of tags) {
    if (options.readYourWrites) updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  if (options.refresh) refresh();
}
