import 'server-only';
import { withDb } from '@/db';
import { EDITOR_EDIT, expire, tagsForMediaCropChange, tagsForMediaTextChange } from '@/lib/data/cache-tags';
import type { Actor } from './actor';
import * as q from './media-queries';

export { focalSchema, MEDIA_PAGE_SIZE, mediaTextSchema, type FocalInput, type MediaItemDto, type MediaRowDto, type MediaTextInput, type MediaUsage } from './media-queries';

export function listMedia(input: Parameters<typeof q.listMedia>[1]) {
  return withDb('admin.media.list', (db) => q.listMedia(db, input));
}

export function getMedia(id: number) {
  return withDb('admin.media.get', (db) => q.getMedia(db, id));
}

export function mediaUsage(id: number) {
  return withDb('admin.media.usage', (db) => q.mediaUsage(db, id));
}

/** Choices for "pick a picture" selects: the most recent ones, plus the current one if older. */
export function mediaOptions(options?: Parameters<typeof q.mediaOptions>[1]) {
  return withDb('admin.media.options', (db) => q.mediaOptions(db, options));
}

export function uploadMedia(actor: Actor, input: Parameters<typeof q.uploadMedia>[2]) {
  return withDb('admin.media.upload', (db) => q.uploadMedia(db, actor, input));
}

export async function updateMediaText(actor: Actor, id: number, input: q.MediaTextInput): Promise<void> {
  const { coverArticleIds } = await withDb('admin.media.update', (db) => q.updateMediaText(db, actor, id, input));
  // The admin page shows what was stored even when no article uses the picture.
  expire(tagsForMediaTextChange({ coverArticleIds }), EDITOR_EDIT);
}

/** A new focal point: its crops are remade, then every reader page showing them expires. */
export async function updateMediaFocal(actor: Actor, id: number, input: q.FocalInput): Promise<void> {
  const use = await withDb('admin.media.focal', (db) => q.updateMediaFocal(db, actor, id, input));
  expire(tagsForMediaCropChange(use), EDITOR_EDIT);
}

/** Refused while anything uses the picture, so no reader page shows it: nothing to expire. */
export function deleteMedia(actor: Actor, id: number): Promise<void> {
  return withDb('admin.media.delete', (db) => q.deleteMedia(db, actor, id));
}
