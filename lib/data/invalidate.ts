import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { tagsForArticleChange } from './cache-tags';

type ArticleChange = Parameters<typeof tagsForArticleChange>[0];

/**
 * Expires exactly the cached reads a change to one article affects. From a server action
 * (an editor publishing), `readYourWrites` expires them at once so the next request is fresh;
 * elsewhere (a scheduled publish) they are revalidated in the background.
 */
export function invalidateArticle(change: ArticleChange, options: { readYourWrites: boolean }): string[] {
  const tags = tagsForArticleChange(change);
  for (const tag of tags) {
    if (options.readYourWrites) updateTag(tag);
    else revalidateTag(tag, 'max');
  }
  return tags;
}
