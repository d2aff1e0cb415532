'use server';

import { collections } from '@/lib/admin/collections';

export const createTagAction = collections.tags.create;
export const updateTagAction = collections.tags.update;
export const deleteTagAction = collections.tags.remove;
