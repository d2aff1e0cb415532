'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { contentAction } from '@/lib/admin/content-action';
import { tagsForSectionChange, tagsForSectionCreate } from '@/lib/admin/content-tags';
import { expireReaderTags } from '@/lib/admin/expire';
import { createSection, deleteSection, sectionSchema, updateSection } from '@/lib/admin/sections';
import { fields } from '@/lib/admin/validation';

export const createSectionAction = contentAction({ permission: 'taxonomy.manage', schema: sectionSchema }, async (input, user, { locale }) => {
  const { id } = await withDb('create section', (db) => createSection(db, user, input));
  expireReaderTags(tagsForSectionCreate(id));
  redirect(`/admin/${locale}/sections/${id}?created=1`);
});

export const updateSectionAction = contentAction(
  { permission: 'taxonomy.manage', schema: sectionSchema.extend({ id: fields.id() }) },
  async ({ id, ...input }, user) => {
    const { articleIds } = await withDb('update section', (db) => updateSection(db, user, id, input));
    expireReaderTags(tagsForSectionChange({ id, articleIds }));
  },
);

export const deleteSectionAction = contentAction({ permission: 'taxonomy.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await withDb('delete section', (db) => deleteSection(db, user, id));
  // Refused while it has articles, so only the navigation and the front pages change.
  expireReaderTags(tagsForSectionChange({ id, articleIds: [] }));
  redirect(`/admin/${locale}/sections?deleted=1`);
});
