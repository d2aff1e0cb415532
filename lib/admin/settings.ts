import 'server-only';
import { withDb } from '@/db';
import { expire, tagsForSettingsChange } from '@/lib/data/cache-tags';
import type { Actor } from './actor';
import * as q from './settings-queries';

export { SETTING_KEYS, type SiteSettings } from './settings-queries';

export function getSettings(actor: Actor) {
  return withDb('admin.settings.get', (db) => q.getSettings(db, actor));
}

/** The site's name in each language, for any admin page (no permission needed). */
export function readSiteName() {
  return withDb('admin.settings.siteName', (db) => q.readSiteName(db));
}

/** Saves every setting at once; reader pages see a change at their next visit. */
export async function updateSettings(actor: Actor, input: q.SiteSettings): Promise<{ changed: string[] }> {
  const result = await withDb('admin.settings.update', (db) => q.updateSettings(db, actor, input));
  if (result.changed.length > 0) expire(tagsForSettingsChange(), { readYourWrites: true });
  return result;
}
