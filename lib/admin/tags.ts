import 'server-only';
import { tagsForTagChange } from '@/lib/data/cache-tags';
import { domain } from './domain';
import * as q from './tags-queries';

export { tagSchema, TAG_PAGE_SIZE, type TagDto, type TagInput } from './tags-queries';

const tags = domain('tags');

export const listTags = tags.read('list', q.listTags);
export const getTagById = tags.read('get', q.getTagById);
export const createTag = tags.write('create', q.createTag, ({ id }) => tagsForTagChange({ id, articleIds: [] }));
export const updateTagRow = tags.write('update', q.updateTagRow, ({ articleIds }, _actor, id) => tagsForTagChange({ id, articleIds }));
// Deleting unlinks the tag from its articles, so their pages change too.
export const deleteTag = tags.write('delete', q.deleteTag, ({ articleIds }, _actor, id) => tagsForTagChange({ id, articleIds }));
