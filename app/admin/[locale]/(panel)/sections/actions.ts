'use server';

import { collections } from '@/lib/admin/collections';

export const createSectionAction = collections.sections.create;
export const updateSectionAction = collections.sections.update;
export const deleteSectionAction = collections.sections.remove;
