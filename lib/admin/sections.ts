import 'server-only';
import { tagsForSectionChange, tagsForSectionCreate } from '@/lib/data/cache-tags';
import { domain } from './domain';
import * as q from './sections-queries';

export { sectionSchema, type SectionDto, type SectionInput } from './sections-queries';

const sections = domain('sections');

export const listSectionsWithCounts = sections.read('list', q.listSectionsWithCounts);
export const getSectionById = sections.read('get', q.getSectionById);
export const createSection = sections.write('create', q.createSection, ({ id }) => tagsForSectionCreate(id));
export const updateSection = sections.write('update', q.updateSection, ({ articleIds }, _actor, id) => tagsForSectionChange({ id, articleIds }));
// Refused while it has articles, so only the navigation and the front pages change.
export const deleteSection = sections.write('delete', q.deleteSection, (_none, _actor, id) => tagsForSectionChange({ id, articleIds: [] }));
