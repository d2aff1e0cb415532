'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { contentAction } from '@/lib/admin/content-action';
import { tagsForHouseAdChange } from '@/lib/admin/content-tags';
import { expireReaderTags } from '@/lib/admin/expire';
import { createHouseAd, deleteHouseAd, houseAdFormSchema, updateHouseAd } from '@/lib/admin/house-ads';
import { fields } from '@/lib/admin/validation';

export const createHouseAdAction = contentAction({ permission: 'ads.manage', schema: houseAdFormSchema }, async (input, user, { locale }) => {
  const { id } = await withDb('create house ad', (db) => createHouseAd(db, user, input));
  expireReaderTags(tagsForHouseAdChange());
  redirect(`/admin/${locale}/ads/${id}?created=1`);
});

export const updateHouseAdAction = contentAction(
  { permission: 'ads.manage', schema: houseAdFormSchema.extend({ id: fields.id() }) },
  async ({ id, ...input }, user) => {
    await withDb('update house ad', (db) => updateHouseAd(db, user, id, input));
    expireReaderTags(tagsForHouseAdChange());
  },
);

export const deleteHouseAdAction = contentAction({ permission: 'ads.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await withDb('delete house ad', (db) => deleteHouseAd(db, user, id));
  expireReaderTags(tagsForHouseAdChange());
  redirect(`/admin/${locale}/ads?deleted=1`);
});
