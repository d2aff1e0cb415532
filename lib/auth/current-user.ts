import 'server-only';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { cache } from 'react';
import { withDb } from '@/db';
import type { AppLocale } from '@/lib/i18n/routing';
import { AppError } from '@/lib/errors';
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

/**
 * For admin pages: the user, or a redirect to sign-in (or to the second step / 2FA enrolment
 * when those are pending). A missing permission sends the user to the dashboard with a notice.
 */
export async function requireAdminPage(locale: AppLocale, permission?: Permission): Promise<AdminUser> {
  const session = await getAdminSession();
  if (!session) redirect(`/admin/${locale}/login`);
  if (!session.mfaVerified) redirect(`/admin/${locale}/login/two-factor`);
  if (!session.user.totpEnabledAt && (await isTwoFactorRequired())) {
    const path = (await headers()).get('x-jarida-admin-path') ?? '';
    if (!path.includes('/account')) redirect(`/admin/${locale}/account?enrol=1`);
  }
  if (permission && !can(session.user.role, permission)) redirect(`/admin/${locale}?denied=1`);
  return session.user;
}

/**
 * For server actions and route handlers: the user, or a typed error. Actions never trust that
 * the page that rendered them checked anything. `allowUnenrolled` is for the account page's own
 * actions, which are how a user caught by compulsory two-factor gets enrolled.
 */
export async function requireAdminUser(permission?: Permission, options: { allowUnenrolled?: boolean } = {}): Promise<AdminUser> {
  const session = await getAdminSession();
  if (!session || !session.mfaVerified) throw new AppError('unauthorized', 'Not signed in');
  if (!options.allowUnenrolled && !session.user.totpEnabledAt && (await isTwoFactorRequired())) {
    throw new AppError('forbidden', 'Two-factor enrolment required');
  }
  if (permission && !can(session.user.role, permission)) throw new AppError('forbidden', `Missing permission ${permission}`);
  return session.user;
}
