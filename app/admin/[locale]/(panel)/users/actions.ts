'use server';

import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { withDb } from '@/db';
import { formAction } from '@/lib/admin/action';
import { echoableValues, formValues } from '@/lib/admin/form-state';
import { knownError } from '@/lib/admin/known-errors';
import { createUser, disableUser, enableUser, resetPassword, updateUser } from '@/lib/admin/users';
import { fields } from '@/lib/admin/validation';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';

const role = z.enum(['contributor', 'editor', 'admin']);
const password = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);

const createSchema = z.object({
  email: z.string().trim().max(320).pipe(z.email()),
  name: fields.requiredText(120),
  role,
  password,
  locale: fields.locale(),
  authorId: fields.optionalId(),
});

const updateSchema = z.object({ id: fields.id(), name: fields.requiredText(120), role, authorId: fields.optionalId() });
const idSchema = z.object({ id: fields.id() });
const resetSchema = z.object({ id: fields.id(), password });

const KNOWN = { emailTaken: 'email', lastAdmin: null } as const;

async function userErrors(locale: 'fr' | 'ar') {
  const t = await getTranslations({ locale, namespace: 'Admin.users.errors' });
  return (key: string) => t(key as keyof typeof KNOWN);
}

export const createUserAction = formAction({ permission: 'users.manage', schema: createSchema }, async (input, user, { locale, formData }) => {
  let id: number;
  try {
    ({ id } = await withDb('createUser', (db) => createUser(db, user, input)));
  } catch (error) {
    return knownError(error, KNOWN, await userErrors(locale), echoableValues(formValues(formData)));
  }
  redirect(`/admin/${locale}/users/${id}?done=created`);
});

export const updateUserAction = formAction({ permission: 'users.manage', schema: updateSchema }, async ({ id, ...input }, user, { locale, formData }) => {
  const t = await getTranslations({ locale, namespace: 'Admin.users' });
  try {
    await withDb('updateUser', (db) => updateUser(db, user, id, input));
  } catch (error) {
    return knownError(error, KNOWN, await userErrors(locale), echoableValues(formValues(formData)));
  }
  // Changing one's own role signs oneself out like anyone else, so the new rights apply at once.
  if (id === user.id && input.role !== user.role) redirect(`/admin/${locale}/login`);
  return { status: 'ok', message: t('updated') };
});

export const disableUserAction = formAction({ permission: 'users.manage', schema: idSchema }, async ({ id }, user, { locale }) => {
  try {
    await withDb('disableUser', (db) => disableUser(db, user, id));
  } catch (error) {
    return knownError(error, KNOWN, await userErrors(locale));
  }
  redirect(`/admin/${locale}/users/${id}?done=disabled`);
});

export const enableUserAction = formAction({ permission: 'users.manage', schema: idSchema }, async ({ id }, user, { locale }) => {
  await withDb('enableUser', (db) => enableUser(db, user, id));
  redirect(`/admin/${locale}/users/${id}?done=enabled`);
});

export const resetPasswordAction = formAction({ permission: 'users.manage', schema: resetSchema }, async ({ id, password }, user, { locale }) => {
  const t = await getTranslations({ locale, namespace: 'Admin.users' });
  await withDb('resetPassword', (db) => resetPassword(db, user, id, password));
  // Resetting one's own password here ends one's own session too; the next page asks to sign in.
  if (id === user.id) redirect(`/admin/${locale}/login`);
  return { status: 'ok', message: t('resetDone') };
});
