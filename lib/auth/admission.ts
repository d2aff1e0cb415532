import type { ValidSession } from './sessions';

export type Admission = 'ok' | 'sign_in' | 'second_step' | 'enrol';

/**
 * The one rule for what a session may reach, shared by pages, actions and the preview: a
 * password-only session waits for its second step, and while an admin makes two-factor
 * compulsory an account without it may only reach its own enrolment (`allowUnenrolled`, which
 * callers pass explicitly, never derived from anything in the request).
 */
export function admission(
  session: Pick<ValidSession, 'mfaVerified' | 'user'> | null,
  twoFactorRequired: boolean,
  options: { allowUnenrolled?: boolean } = {},
): Admission {
  if (!session) return 'sign_in';
  if (!session.mfaVerified) return 'second_step';
  if (!options.allowUnenrolled && twoFactorRequired && !session.user.totpEnabledAt) return 'enrol';
  return 'ok';
}
