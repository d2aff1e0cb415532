'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/admin/action';
import { createTickerItem, deleteTickerItem, tickerFormSchema, updateTickerItem } from '@/lib/admin/ticker';
import { fields } from '@/lib/admin/validation';

export const createTickerAction = formAction({ permission: 'ticker.manage', schema: tickerFormSchema }, async (input, user, { locale }) => {
  await createTickerItem(user, input);
  redirect(`/admin/${locale}/ticker?created=1`);
});

export const updateTickerAction = formAction(
  { permission: 'ticker.manage', schema: tickerFormSchema.extend({ id: fields.id() }) },
  async ({ id, ...input }, user) => {
    await updateTickerItem(user, id, input);
  },
);

export const deleteTickerAction = formAction({ permission: 'ticker.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await deleteTickerItem(user, id);
  redirect(`/admin/${locale}/ticker?deleted=1`);
});
