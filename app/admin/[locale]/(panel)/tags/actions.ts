'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/admin/action';
import { createTag, deleteTag, tagSchema, updateTagRow } from '@/lib/admin/tags';
import { fields } from '@/lib/admin/validation';

export const createTagAction = formAction({ permission: 'taxonomy.manage', schema: tagSchema }, async (input, user, { locale }) => {
  const { id } = await createTag(user, input);
  redirect(`/admin/${locale}/tags/${id}?created=1`);
});

export const updateTagAction = formAction({ permission: 'taxonomy.manage', schema: tagSchema.extend({ id: fields.id() }) }, async ({ id, ...input }, user) => {
  await updateTagRow(user, id, input);
});

export const deleteTagAction = formAction({ permission: 'taxonomy.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await deleteTag(user, id);
  redirect(`/admin/${locale}/tags?deleted=1`);
});
