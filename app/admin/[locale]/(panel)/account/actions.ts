'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { withDb } from '@/db';
import { changeOwnPassword, confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, setOwnLocale, startTotpEnrolment } from '@/lib/admin/account';
import { formAction } from '@/lib/admin/action';
import { echoableValues, formValues } from '@/lib/admin/form-state';
import { knownError } from '@/lib/admin/known-errors';
import { fields } from '@/lib/admin/validation';
import { sessionCookieName, sessionCookieOptions } from '@/lib/auth/cookie';
import { getAdminSession } from '@/lib/auth/current-user';
import { clientAddress } from '@/lib/http/client-address';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import type { AppLocale } from '@/lib/i18n/routing';
import type { RecoveryCodesState } from './recovery-codes-form';

/*
 * The account page's actions need no permission (every role manages its own account) and work
 * while compulsory two-factor is pending, since they are how a user gets enrolled.
 */
const own = { allowUnenrolled: true } as const;

const passwordSchema = z
  .object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'passwordMismatch' });

const codeSchema = z.object({ code: z.string().trim().regex(/^\d{3} ?\d{3}$/) });
// Where a recovery code may stand in for the app's code (the second factor, not enrolment).
const codeOrRecoverySchema = z.object({ code: z.string().trim().min(6).max(40) });

const ACCOUNT_ERRORS = {
  currentPasswordWrong: 'currentPassword',
  passwordUnchanged: 'newPassword',
  invalidCode: 'code',
  twoFactorAlreadyOn: null,
  twoFactorAlreadyOff: null,
  twoFactorNotStarted: null,
  twoFactorCompulsory: null,
} as const;

async function accountErrors(locale: AppLocale) {
  const t = await getTranslations({ locale, namespace: 'Admin.account.errors' });
  return (key: string) => t(key as keyof typeof ACCOUNT_ERRORS);
}

async function requestContext() {
  const list = await headers();
  return { ip: clientAddress(list), userAgent: list.get('user-agent') ?? '' };
}

export const changePasswordAction = formAction({ schema: passwordSchema, ...own }, async (input, user, { locale, formData }) => {
  let session: { token: string; expiresAt: Date };
  try {
    session = await withDb('changePassword', async (db) =>
      changeOwnPassword(db, user, { currentPassword: input.currentPassword, newPassword: input.newPassword, ...(await requestContext()) }),
    );
  } catch (error) {
    return knownError(error, ACCOUNT_ERRORS, await accountErrors(locale), echoableValues(formValues(formData)));
  }
  // Every older session, this browser's included, ended with the change: hand this browser the new one.
  (await cookies()).set(sessionCookieName(), session.token, sessionCookieOptions(session.expiresAt));
  const t = await getTranslations({ locale, namespace: 'Admin.account' });
  return { status: 'ok', message: t('passwordDone') };
});

export const changeLocaleAction = formAction({ schema: z.object({ locale: fields.locale() }), ...own }, async (input, user) => {
  await withDb('setOwnLocale', (db) => setOwnLocale(db, user, input.locale));
  redirect(`/admin/${input.locale}/account?done=locale`);
});

export const startTotpAction = formAction({ schema: z.object({}), ...own }, async (_input, user, { locale }) => {
  try {
    await withDb('startTotp', (db) => startTotpEnrolment(db, user));
  } catch (error) {
    return knownError(error, ACCOUNT_ERRORS, await accountErrors(locale));
  }
  redirect(`/admin/${locale}/account?done=scan#two-factor`);
});

export const confirmTotpAction = formAction({ schema: codeSchema, ...own }, async ({ code }, user, { locale }) => {
  const session = await getAdminSession();
  let recoveryCodes: string[];
  try {
    ({ recoveryCodes } = await withDb('confirmTotp', async (db) =>
      confirmTotpEnrolment(db, user, { code, keepSessionId: session?.sessionId, ip: (await requestContext()).ip }),
    ));
  } catch (error) {
    return knownError(error, ACCOUNT_ERRORS, await accountErrors(locale));
  }
  // No redirect: the codes exist in plain text only in this answer, which shows them once.
  const t = await getTranslations({ locale, namespace: 'Admin.account' });
  return { status: 'ok', message: t('enabledDone'), recoveryCodes } satisfies RecoveryCodesState;
});

export const regenerateRecoveryCodesAction = formAction({ schema: codeOrRecoverySchema, ...own }, async ({ code }, user, { locale }) => {
  let recoveryCodes: string[];
  try {
    ({ recoveryCodes } = await withDb('recoveryCodes', async (db) => regenerateRecoveryCodes(db, user, { code, ip: (await requestContext()).ip })));
  } catch (error) {
    return knownError(error, ACCOUNT_ERRORS, await accountErrors(locale));
  }
  return { status: 'ok', recoveryCodes } satisfies RecoveryCodesState;
});

export const disableTotpAction = formAction({ schema: codeOrRecoverySchema, ...own }, async ({ code }, user, { locale }) => {
  try {
    await withDb('disableTotp', async (db) => disableTotp(db, user, { code, ip: (await requestContext()).ip }));
  } catch (error) {
    return knownError(error, ACCOUNT_ERRORS, await accountErrors(locale));
  }
  redirect(`/admin/${locale}/account?done=2fa-off#two-factor`);
});
