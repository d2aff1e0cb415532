'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/admin/action';
import { authorSchema, createAuthor, deleteAuthor, updateAuthor } from '@/lib/admin/authors';
import { fields } from '@/lib/admin/validation';

export const createAuthorAction = formAction({ permission: 'taxonomy.manage', schema: authorSchema }, async (input, user, { locale }) => {
  const { id } = await createAuthor(user, input);
  redirect(`/admin/${locale}/authors/${id}?created=1`);
});

export const updateAuthorAction = formAction(
  { permission: 'taxonomy.manage', schema: authorSchema.extend({ id: fields.id() }) },
  async ({ id, ...input }, user) => {
    await updateAuthor(user, id, input);
  },
);

export const deleteAuthorAction = formAction({ permission: 'taxonomy.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await deleteAuthor(user, id);
  redirect(`/admin/${locale}/authors?deleted=1`);
});
