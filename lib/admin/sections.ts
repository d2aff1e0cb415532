import 'server-only';
import { withDb } from '@/db';
import { EDITOR_EDIT, expire, tagsForSectionChange, tagsForSectionCreate } from '@/lib/data/cache-tags';
import type { Actor } from './actor';
import * as q from './sections-queries';

export { sectionSchema, type SectionDto, type SectionInput } from './sections-queries';

export function listSectionsWithCounts() {
  return withDb('admin.sections.list', (db) => q.listSectionsWithCounts(db));
}

export function getSectionById(id: number) {
  return withDb('admin.sections.get', (db) => q.getSectionById(db, id));
}

export async function createSection(actor: Actor, input: q.SectionInput): Promise<{ id: number }> {
  const { id } = await withDb('admin.sections.create', (db) => q.createSection(db, actor, input));
  expire(tagsForSectionCreate(id), EDITOR_EDIT);
  return { id };
}

export async function updateSection(actor: Actor, id: number, input: q.SectionInput): Promise<void> {
  const { articleIds } = await withDb('admin.sections.update', (db) => q.updateSection(db, actor, id, input));
  expire(tagsForSectionChange({ id, articleIds }), EDITOR_EDIT);
}

export async function deleteSection(actor: Actor, id: number): Promise<void> {
  await withDb('admin.sections.delete', (db) => q.deleteSection(db, actor, id));
  // Refused while it has articles, so only the navigation and the front pages change.
  expire(tagsForSectionChange({ id, articleIds: [] }), EDITOR_EDIT);
}
