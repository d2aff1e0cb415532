import 'server-only';
import { tagsForAuthorChange } from '@/lib/data/cache-tags';
import { domain } from './domain';
import * as q from './authors-queries';

export { authorSchema, type AuthorDto, type AuthorInput, type AuthorListItem } from './authors-queries';

const authors = domain('authors');

export const listAuthors = authors.read('list', q.listAuthors);
export const getAuthorById = authors.read('get', q.getAuthorById);
export const createAuthor = authors.write('create', q.createAuthor, ({ id }) => tagsForAuthorChange({ id, articleIds: [] }));
// The author's articles carry the byline.
export const updateAuthor = authors.write('update', q.updateAuthor, ({ articleIds }, _actor, id) => tagsForAuthorChange({ id, articleIds }));
export const deleteAuthor = authors.write('delete', q.deleteAuthor, (_none, _actor, id) => tagsForAuthorChange({ id, articleIds: [] }));
