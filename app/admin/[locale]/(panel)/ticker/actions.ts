'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { contentAction } from '@/lib/admin/content-action';
import { tagsForTickerChange } from '@/lib/admin/content-tags';
import { expireReaderTags } from '@/lib/admin/expire';
import { createTickerItem, deleteTickerItem, tickerFormSchema, updateTickerItem } from '@/lib/admin/ticker';
import { fields } from '@/lib/admin/validation';

export const createTickerAction = contentAction({ permission: 'ticker.manage', schema: tickerFormSchema }, async (input, user, { locale }) => {
  await withDb('create ticker item', (db) => createTickerItem(db, user, input));
  expireReaderTags(tagsForTickerChange());
  redirect(`/admin/${locale}/ticker?created=1`);
});

export const updateTickerAction = contentAction(
  { permission: 'ticker.manage', schema: tickerFormSchema.extend({ id: fields.id() }) },
  async ({ id, ...input }, user) => {
    await withDb('update ticker item', (db) => updateTickerItem(db, user, id, input));
    expireReaderTags(tagsForTickerChange());
  },
);

export const deleteTickerAction = contentAction({ permission: 'ticker.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await withDb('delete ticker item', (db) => deleteTickerItem(db, user, id));
  expireReaderTags(tagsForTickerChange());
  redirect(`/admin/${locale}/ticker?deleted=1`);
});
