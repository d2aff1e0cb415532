import 'server-only';
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { withDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { AppError } from '@/lib/errors';
import { admission } from './admission';
import { sessionCookieName } from './cookie';
import { can, type Permission } from './permissions';
import { validateSession, type ValidSession } from './sessions';
import { isTwoFactorRequired } from './settings';

export type AdminUser = ValidSession['user'];

/** The signed-in session for this request (validated once per request), or null. */
export const getAdminSession = cache(async (): Promise<ValidSession | null> => {
  const token = (await cookies()).get(sessionCookieName())?.value;
  if (!token) return null;
  return withDb('validateSession', (db) => validateSession(db, token));
});

async function admissionOf(session: ValidSession | null, options: { allowUnenrolled?: boolean }) {
  // The setting is only read when it can change the answer.
  const required = session?.mfaVerified && !session.user.totpEnabledAt && !options.allowUnenrolled ? await isTwoFactorRequired() : false;
  return admission(session, required, options);
}

/**
 * For admin pages: the user, or a redirect to sign-in (or to the second step / 2FA enrolment
 * when those are pending). A missing permission sends the user to the dashboard with a notice.
 * `allowUnenrolled` is for the account page (and the panel's chrome around it), which is where
 * a user caught by compulsory two-factor enrols; every other page refuses that user.
 */
export async function requireAdminPage(
  locale: AppLocale,
  permission?: Permission,
  options: { allowUnenrolled?: boolean } = {},
): Promise<AdminUser> {
  const session = await getAdminSession();
  const verdict = await admissionOf(session, options);
  if (verdict === 'sign_in') redirect(`/admin/${locale}/login`);
  if (verdict === 'second_step') redirect(`/admin/${locale}/login/two-factor`);
  if (verdict === 'enrol') redirect(`/admin/${locale}/account?enrol=1`);
  const user = session!.user;
  if (permission && !can(user.role, permission)) redirect(`/admin/${locale}?denied=1`);
  return user;
}

/**
 * For server actions and route handlers: the user, or a typed error. Actions never trust that
 * the page that rendered them checked anything. `allowUnenrolled` is for the account page's own
 * actions, which are how a user caught by compulsory two-factor gets enrolled.
 */
export async function requireAdminUser(permission?: Permission, options: { allowUnenrolled?: boolean } = {}): Promise<AdminUser> {
  const session = await getAdminSession();
  const verdict = await admissionOf(session, options);
  if (verdict === 'sign_in' || verdict === 'second_step') throw new AppError('unauthorized', 'Not signed in');
  if (verdict === 'enrol') throw new AppError('forbidden', 'Two-factor enrolment required');
  const user = session!.user;
  if (permission && !can(user.role, permission)) throw new AppError('forbidden', `Missing permission ${permission}`);
  return user;
}

/**
 * A session that may read what the newsroom reads (drafts in preview): the same rule as
 * requireAdminPage, without the redirects. Null for anyone else, who gets the ordinary 404.
 */
export async function getFullAdminSession(): Promise<ValidSession | null> {
  const session = await getAdminSession();
  return (await admissionOf(session, {})) === 'ok' ? session : null;
}
