import 'server-only';
import { refresh, updateTag } from 'next/cache';
import { noteWrite } from '@/db';

/**
 * From a server action: expires the reader caches a write affects, so the editor's next reader
 * page load waits for fresh data (read-your-writes), and re-renders the admin page with what was
 * stored — also when no reader cache was concerned (e.g. a picture no article uses yet).
 */
export function expireReaderTags(tags: readonly string[]): void {
  // The renders these expiries cause must not read a replica that has not replayed the write yet.
  noteWrite();
  for (const tag of tags) updateTag(tag);
  refresh();
}
