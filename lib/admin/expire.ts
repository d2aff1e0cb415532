import 'server-only';
import { updateTag } from 'next/cache';

/** From a server action: the editor's next reader page load waits for fresh data (read-your-writes). */
export function expireReaderTags(tags: readonly string[]): void {
  for (const tag of tags) updateTag(tag);
}
