'use server';

import { collections } from '@/lib/admin/collections';

export const createAuthorAction = collections.authors.create;
export const updateAuthorAction = collections.authors.update;
export const deleteAuthorAction = collections.authors.remove;
