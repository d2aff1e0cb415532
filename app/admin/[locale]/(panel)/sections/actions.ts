'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/admin/action';
import { createSection, deleteSection, sectionSchema, updateSection } from '@/lib/admin/sections';
import { fields } from '@/lib/admin/validation';

export const createSectionAction = formAction({ permission: 'taxonomy.manage', schema: sectionSchema }, async (input, user, { locale }) => {
  const { id } = await createSection(user, input);
  redirect(`/admin/${locale}/sections/${id}?created=1`);
});

export const updateSectionAction = formAction(
  { permission: 'taxonomy.manage', schema: sectionSchema.extend({ id: fields.id() }) },
  async ({ id, ...input }, user) => {
    await updateSection(user, id, input);
  },
);

export const deleteSectionAction = formAction({ permission: 'taxonomy.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await deleteSection(user, id);
  redirect(`/admin/${locale}/sections?deleted=1`);
});
