'use server';

import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { changeOwnPassword, confirmTotpEnrolment, disableTotp, regenerateRecoveryCodes, setOwnLocale, startTotpEnrolment } from '@/lib/admin/account';
import { formAction } from '@/lib/admin/action';
import { passwordSchema } from '@/lib/admin/users';
import { fields } from '@/lib/admin/validation';
import { sessionCookieName, sessionCookieOptions } from '@/lib/auth/cookie';
import { getAdminSession } from '@/lib/auth/current-user';
import { PASSWORD_MAX_LENGTH } from '@/lib/auth/password';
import { clientAddress } from '@/lib/http/client-address';
import type { RecoveryCodesState } from './recovery-codes-form';

/*
 * The account page's actions need no permission (every role manages its own account) and work
 * while compulsory two-factor is pending, since they are how a user gets enrolled.
 */
const own = { allowUnenrolled: true } as const;

const changePasswordSchema = z
  .object({
    currentPassword: z.string().min(1).max(PASSWORD_MAX_LENGTH),
    newPassword: passwordSchema,
    confirmPassword: z.string(),
  })
  .refine((value) => value.newPassword === value.confirmPassword, { path: ['confirmPassword'], message: 'passwordMismatch' });

const codeSchema = z.object({ code: z.string().trim().regex(/^\d{3} ?\d{3}$/) });
// Where a recovery code may stand in for the app's code (the second factor, not enrolment).
const codeOrRecoverySchema = z.object({ code: z.string().trim().min(6).max(40) });

async function requestContext() {
  const list = await headers();
  return { ip: clientAddress(), userAgent: list.get('user-agent') ?? '' };
}

export const changePasswordAction = formAction({ schema: changePasswordSchema, ...own }, async (input, user, { t }) => {
  const session = await changeOwnPassword(user, { currentPassword: input.currentPassword, newPassword: input.newPassword, ...(await requestContext()) });
  // Every older session, this browser's included, ended with the change: hand this browser the new one.
  (await cookies()).set(sessionCookieName(), session.token, sessionCookieOptions(session.expiresAt));
  return { status: 'ok', message: t('account.passwordDone') };
});

export const changeLocaleAction = formAction({ schema: z.object({ locale: fields.locale() }), ...own }, async (input, user) => {
  await setOwnLocale(user, input.locale);
  redirect(`/admin/${input.locale}/account?done=locale`);
});

export const startTotpAction = formAction({ schema: z.object({}), ...own }, async (_input, user, { locale }) => {
  await startTotpEnrolment(user);
  redirect(`/admin/${locale}/account?done=scan#two-factor`);
});

export const confirmTotpAction = formAction({ schema: codeSchema, ...own }, async ({ code }, user, { t }) => {
  const session = await getAdminSession();
  const { recoveryCodes } = await confirmTotpEnrolment(user, { code, keepSessionId: session?.sessionId, ip: (await requestContext()).ip });
  // No redirect: the codes exist in plain text only in this answer, which shows them once.
  return { status: 'ok', message: t('account.enabledDone'), recoveryCodes } satisfies RecoveryCodesState;
});

export const regenerateRecoveryCodesAction = formAction({ schema: codeOrRecoverySchema, ...own }, async ({ code }, user) => {
  const { recoveryCodes } = await regenerateRecoveryCodes(user, { code, ip: (await requestContext()).ip });
  return { status: 'ok', recoveryCodes } satisfies RecoveryCodesState;
});

export const disableTotpAction = formAction({ schema: codeOrRecoverySchema, ...own }, async ({ code }, user, { locale }) => {
  await disableTotp(user, { code, ip: (await requestContext()).ip });
  redirect(`/admin/${locale}/account?done=2fa-off#two-factor`);
});
