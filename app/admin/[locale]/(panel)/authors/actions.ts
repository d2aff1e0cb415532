'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { authorSchema, createAuthor, deleteAuthor, updateAuthor } from '@/lib/admin/authors';
import { contentAction } from '@/lib/admin/content-action';
import { tagsForAuthorChange } from '@/lib/admin/content-tags';
import { expireReaderTags } from '@/lib/admin/expire';
import { fields } from '@/lib/admin/validation';

export const createAuthorAction = contentAction({ permission: 'taxonomy.manage', schema: authorSchema }, async (input, user, { locale }) => {
  const { id } = await withDb('create author', (db) => createAuthor(db, user, input));
  expireReaderTags(tagsForAuthorChange({ id, articleIds: [] }));
  redirect(`/admin/${locale}/authors/${id}?created=1`);
});

export const updateAuthorAction = contentAction(
  { permission: 'taxonomy.manage', schema: authorSchema.extend({ id: fields.id() }) },
  async ({ id, ...input }, user) => {
    const { articleIds } = await withDb('update author', (db) => updateAuthor(db, user, id, input));
    expireReaderTags(tagsForAuthorChange({ id, articleIds }));
  },
);

export const deleteAuthorAction = contentAction({ permission: 'taxonomy.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await withDb('delete author', (db) => deleteAuthor(db, user, id));
  expireReaderTags(tagsForAuthorChange({ id, articleIds: [] }));
  redirect(`/admin/${locale}/authors?deleted=1`);
});
