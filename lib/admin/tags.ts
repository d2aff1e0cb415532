import 'server-only';
import { withDb } from '@/db';
import { EDITOR_EDIT, expire, tagsForTagChange } from '@/lib/data/cache-tags';
import type { Actor } from './actor';
import * as q from './tags-queries';

export { tagSchema, TAG_PAGE_SIZE, type TagDto, type TagInput } from './tags-queries';

export function listTags(input: Parameters<typeof q.listTags>[1]) {
  return withDb('admin.tags.list', (db) => q.listTags(db, input));
}

export function getTagById(id: number) {
  return withDb('admin.tags.get', (db) => q.getTagById(db, id));
}

export async function createTag(actor: Actor, input: q.TagInput): Promise<{ id: number }> {
  const { id } = await withDb('admin.tags.create', (db) => q.createTag(db, actor, input));
  expire(tagsForTagChange({ id, articleIds: [] }), EDITOR_EDIT);
  return { id };
}

export async function updateTagRow(actor: Actor, id: number, input: q.TagInput): Promise<void> {
  const { articleIds } = await withDb('admin.tags.update', (db) => q.updateTagRow(db, actor, id, input));
  expire(tagsForTagChange({ id, articleIds }), EDITOR_EDIT);
}

export async function deleteTag(actor: Actor, id: number): Promise<void> {
  const { articleIds } = await withDb('admin.tags.delete', (db) => q.deleteTag(db, actor, id));
  expire(tagsForTagChange({ id, articleIds }), EDITOR_EDIT);
}
