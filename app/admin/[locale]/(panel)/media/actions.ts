'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { contentAction } from '@/lib/admin/content-action';
import { tagsForMediaTextChange } from '@/lib/admin/content-tags';
import { expireReaderTags } from '@/lib/admin/expire';
import { deleteMedia, mediaTextSchema, updateMediaText } from '@/lib/admin/media';
import { fields } from '@/lib/admin/validation';

// Contributors may fix their own uploads; updateMediaText checks ownership with the row in hand.
export const updateMediaAction = contentAction({ permission: 'media.upload', schema: mediaTextSchema.extend({ id: fields.id() }) }, async ({ id, ...input }, user) => {
  const { coverArticleIds } = await withDb('update media', (db) => updateMediaText(db, user, id, input));
  expireReaderTags(tagsForMediaTextChange({ coverArticleIds }));
});

export const deleteMediaAction = contentAction({ permission: 'media.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  // Refused while anything uses the picture, so no reader page shows it: nothing to expire.
  await withDb('delete media', (db) => deleteMedia(db, user, id));
  redirect(`/admin/${locale}/media?deleted=1`);
});
