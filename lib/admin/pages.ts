import 'server-only';
import { tagsForPageChange } from '@/lib/data/cache-tags';
import { domain } from './domain';
import * as q from './pages-queries';

export { PAGE_KINDS, pageSchema, type PageDto, type PageInput, type PageKind, type PageRowDto } from './pages-queries';

const pages = domain('pages');

export const listPages = pages.read('list', q.listPages);
export const getPageById = pages.read('get', q.getPageById);
export const createPage = pages.write('create', q.createPage, ({ before, after }) => tagsForPageChange(before, after));
export const updatePage = pages.write('update', q.updatePage, ({ before, after }) => tagsForPageChange(before, after));
export const deletePage = pages.write('delete', q.deletePage, ({ before, after }) => tagsForPageChange(before, after));
