import 'server-only';
import { readerPathsForChange } from '@/lib/cache/warm-paths';
import { warmReaderPages } from '@/lib/cache/warm';
import { invalidateTags } from '@/lib/data/invalidate';
import { cacheTagsForChange, type ArticleChange } from './articles';

/**
 * What every article write owes readers, from the editor's actions and the scheduler alike:
 * expire the cached reads it changed, then render the pages they feed again in the background,
 * so the first reader after a publish gets a cached page.
 */
export function afterArticleChange(change: ArticleChange, options: { readYourWrites: boolean }): void {
  invalidateTags(cacheTagsForChange(change.before, change.after), options);
  warmReaderPages(readerPathsForChange(change.before, change.after));
}
