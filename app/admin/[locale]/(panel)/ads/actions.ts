'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/admin/action';
import { createHouseAd, deleteHouseAd, houseAdFormSchema, updateHouseAd } from '@/lib/admin/house-ads';
import { fields } from '@/lib/admin/validation';

export const createHouseAdAction = formAction({ permission: 'ads.manage', schema: houseAdFormSchema }, async (input, user, { locale }) => {
  const { id } = await createHouseAd(user, input);
  redirect(`/admin/${locale}/ads/${id}?created=1`);
});

export const updateHouseAdAction = formAction(
  { permission: 'ads.manage', schema: houseAdFormSchema.extend({ id: fields.id() }) },
  async ({ id, ...input }, user) => {
    await updateHouseAd(user, id, input);
  },
);

export const deleteHouseAdAction = formAction({ permission: 'ads.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await deleteHouseAd(user, id);
  redirect(`/admin/${locale}/ads?deleted=1`);
});
