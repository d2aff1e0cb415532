'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/admin/action';
import { deleteMedia, focalSchema, mediaTextSchema, updateMediaFocal, updateMediaText } from '@/lib/admin/media';
import { fields } from '@/lib/admin/validation';

// Contributors may fix their own uploads; updateMediaText checks ownership with the row in hand.
export const updateMediaAction = formAction({ permission: 'media.upload', schema: mediaTextSchema.extend({ id: fields.id() }) }, async ({ id, ...input }, user) => {
  await updateMediaText(user, id, input);
});

// Same rule as the texts: updateMediaFocal checks ownership, remakes the crops and expires the pages showing them.
export const updateMediaFocalAction = formAction({ permission: 'media.upload', schema: focalSchema.extend({ id: fields.id() }) }, async ({ id, ...focal }, user) => {
  await updateMediaFocal(user, id, focal);
});

export const deleteMediaAction = formAction({ permission: 'media.manage', schema: z.object({ id: fields.id() }) }, async ({ id }, user, { locale }) => {
  await deleteMedia(user, id);
  redirect(`/admin/${locale}/media?deleted=1`);
});
