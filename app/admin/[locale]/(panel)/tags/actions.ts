'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { contentAction } from '@/lib/admin/content-action';
import { tagsForTagChange } from '@/lib/admin/content-tags';
import { expireReaderTags } from '@/lib/admin/expire';
import { createTag, deleteTag, tagSchema, updateTagRow } from '@/lib/admin/tags';
import { fields } from '@/lib/admin/validation';

export const createTagAction = contentAction({ permission: 'taxonomy.manage', schema: tagSchema }, async (input, user, { locale }) => {
  const { id } = await withDb('create tag', (db) => createTag(db, user, input));
  expireReaderTags(tagsForTagChange({ id, articleIds: [] }));
  redirect(`/admin/${locale}/tags/${id}?created=1`);
});

export const updateTagAction = contentAction({ permission: 'taxonomy.manage', schema: tagSchema.extend({ id: fields.id() }) }, async ({ id, ...input }, user) => {
  const { articleIds } = await withDb('update tag', (db) => updateTagRow(db, user, id, input));
  expireReaderTags(tagsForTagChange({ id, articleIds }));
});

export const deleteTagAction = contentAction({ permission: 'taxonomy.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  const { articleIds } = await withDb('delete tag', (db) => deleteTag(db, user, id));
  expireReaderTags(tagsForTagChange({ id, articleIds }));
  redirect(`/admin/${locale}/tags?deleted=1`);
});
