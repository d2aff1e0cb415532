import 'server-only';
import { withDb } from '@/db';
import { EDITOR_EDIT, expire, tagsForAuthorChange } from '@/lib/data/cache-tags';
import type { Actor } from './actor';
import * as q from './authors-queries';

export { authorSchema, type AuthorDto, type AuthorInput, type AuthorListItem } from './authors-queries';

export function listAuthors() {
  return withDb('admin.authors.list', (db) => q.listAuthors(db));
}

export function getAuthorById(id: number) {
  return withDb('admin.authors.get', (db) => q.getAuthorById(db, id));
}

export async function createAuthor(actor: Actor, input: q.AuthorInput): Promise<{ id: number }> {
  const { id } = await withDb('admin.authors.create', (db) => q.createAuthor(db, actor, input));
  expire(tagsForAuthorChange({ id, articleIds: [] }), EDITOR_EDIT);
  return { id };
}

export async function updateAuthor(actor: Actor, id: number, input: q.AuthorInput): Promise<void> {
  const { articleIds } = await withDb('admin.authors.update', (db) => q.updateAuthor(db, actor, id, input));
  expire(tagsForAuthorChange({ id, articleIds }), EDITOR_EDIT);
}

export async function deleteAuthor(actor: Actor, id: number): Promise<void> {
  await withDb('admin.authors.delete', (db) => q.deleteAuthor(db, actor, id));
  expire(tagsForAuthorChange({ id, articleIds: [] }), EDITOR_EDIT);
}
