'use server';

import { collections } from '@/lib/admin/collections';

export const createPageAction = collections.pages.create;
export const updatePageAction = collections.pages.update;
export const deletePageAction = collections.pages.remove;
