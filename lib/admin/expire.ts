import 'server-only';
import { refresh, updateTag } from 'next/cache';

/**
 * From a server action: expires the reader caches a write affects, so the editor's next reader
 * page load waits for fresh data (read-your-writes), and re-renders the admin page with what was
 * stored — also when no reader cache was concerned (e.g. a picture no article uses yet).
 */
export function expireReaderTags(tags: readonly string[]): void {
  for (const tag of tags) updateTag(tag);
  refresh();
}
