import { cacheTags } from '@/lib/data/cache-tags';
import { HOUSE_ADS_TAG } from '@/lib/data/ads-queries';

/*
 * Which reader caches each newsroom write expires. Pure functions of what the write touched, so
 * tests can pin them down; lib/admin/expire.ts applies them with updateTag.
 */

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
  return unique([cacheTags.sections, cacheTags.section(change.id), ...bothFronts(), ...bothLatest(), ...articlePageTags(change.articleIds)]);
}

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
  return unique([cacheTags.tag(change.id), ...articlePageTags(change.articleIds)]);
}

/** Every house-ad read carries one tag. */
export function tagsForHouseAdChange(): string[] {
  return [HOUSE_ADS_TAG];
}

export function tagsForTickerChange(): string[] {
  return [cacheTags.ticker];
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

function unique(tags: string[]): string[] {
  return [...new Set(tags)];
}
