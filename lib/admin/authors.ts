import 'server-only';
import { withDb } from '@/db';
import { expire, tagsForAuthorChange } from '@/lib/data/cache-tags';
import type { Actor } from './actor';
import * as q from './authors-queries';

export { authorSchema, type AuthorDto, type AuthorInput, type AuthorListItem } from './authors-queries';

// An editor's change: read-your-writes, and the admin page shows what was stored.
const fromEditor = { readYourWrites: true, refresh: true };

export function listAuthors() {
  return withDb('admin.authors.list', (db) => q.listAuthors(db));
}

export function getAuthorById(id: number) {
  return withDb('admin.authors.get', (db) => q.getAuthorById(db, id));
}

export async function createAuthor(actor: Actor, input: q.AuthorInput): Promise<{ id: number }> {
  const { id } = await withDb('admin.authors.create', (db) => q.createAuthor(db, actor, input));
  expire(tagsForAuthorChange({ id, articleIds: [] }), fromEditor);
  return { id };
}

export async function updateAuthor(actor: Actor, id: number, input: q.AuthorInput): Promise<void> {
  const { articleIds } = await withDb('admin.authors.update', (db) => q.updateAuthor(db, actor, id, input));
  expire(tagsForAuthorChange({ id, articleIds }), fromEditor);
}

export async function deleteAuthor(actor: Actor, id: number): Promise<void> {
  await withDb('admin.authors.delete', (db) => q.deleteAuthor(db, actor, id));
  expire(tagsForAuthorChange({ id, articleIds: [] }), fromEditor);
}
