'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { formAction } from '@/lib/admin/action';
import { createUser, disableUser, enableUser, newUserSchema, passwordSchema, resetPassword, updateUser, updateUserSchema } from '@/lib/admin/users';
import { fields } from '@/lib/admin/validation';

const idSchema = z.object({ id: fields.id() });

export const createUserAction = formAction({ permission: 'users.manage', schema: newUserSchema }, async (input, user, { locale }) => {
  const { id } = await createUser(user, input);
  redirect(`/admin/${locale}/users/${id}?done=created`);
});

export const updateUserAction = formAction({ permission: 'users.manage', schema: updateUserSchema.extend(idSchema.shape) }, async ({ id, ...input }, user, { locale, t }) => {
  await updateUser(user, id, input);
  // Changing one's own role signs oneself out like anyone else, so the new rights apply at once.
  if (id === user.id && input.role !== user.role) redirect(`/admin/${locale}/login`);
  return { status: 'ok', message: t('users.updated') };
});

export const disableUserAction = formAction({ permission: 'users.manage', schema: idSchema }, async ({ id }, user, { locale }) => {
  await disableUser(user, id);
  redirect(`/admin/${locale}/users/${id}?done=disabled`);
});

export const enableUserAction = formAction({ permission: 'users.manage', schema: idSchema }, async ({ id }, user, { locale }) => {
  await enableUser(user, id);
  redirect(`/admin/${locale}/users/${id}?done=enabled`);
});

export const resetPasswordAction = formAction({ permission: 'users.manage', schema: idSchema.extend({ password: passwordSchema }) }, async ({ id, password }, user, { locale, t }) => {
  await resetPassword(user, id, password);
  // Resetting one's own password here ends one's own session too; the next page asks to sign in.
  if (id === user.id) redirect(`/admin/${locale}/login`);
  return { status: 'ok', message: t('users.resetDone') };
});
