import 'server-only';
import { revalidateTag, updateTag } from 'next/cache';
import { noteWrite } from '@/db';

/**
 * Expires cached reader reads at once. From a server action (an editor publishing),
 * `readYourWrites` also refreshes the editor's own next navigation; elsewhere (the scheduler's
 * route handler) the tags are expired immediately too (expire: 0), so the next reader request
 * renders fresh rather than getting the stale page while it revalidates.
 */
export function invalidateTags(tags: string[], options: { readYourWrites: boolean }): string[] {
  // The renders these expiries cause must not read a replica that has not replayed the write yet.
  noteWrite();
  for (const tag of tags) {
    if (options.readYourWrites) updateTag(tag);
    else revalidateTag(tag, { expire: 0 });
  }
  return tags;
}
