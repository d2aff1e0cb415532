import 'server-only';
import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { recoveryCodes, users, type Locale } from '@/db/schema';
import { audit } from '@/lib/audit';
import { admitAttempt, settleAttempt } from '@/lib/auth/login';
import { hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSession, revokeUserSessions } from '@/lib/auth/sessions';
import { readTwoFactorRequired } from '@/lib/auth/settings';
import {
  acceptSecondFactor,
  claimTotpCode,
  countRecoveryCodes,
  openTotpSecret,
  replaceRecoveryCodes,
  sealTotpSecret,
} from '@/lib/auth/second-factor';
import { generateTotpSecret } from '@/lib/auth/totp';
import { AppError } from '@/lib/errors';
import type { Actor } from './actor';
import { ExpectedError, parseInput } from './errors';
import { passwordSchema } from './users-queries';

/*
 * What every signed-in user may do to their own account, whatever their role: the actor is the
 * account, so there is no permission to check, only that the account still exists and is active.
 */

export interface OwnAccount {
  id: number;
  email: string;
  name: string;
  locale: Locale;
  twoFactorEnabledAt: Date | null;
  // Set while enrolment is started but not yet confirmed with a code (plain base32, for the QR code).
  pendingTotpSecret: string | null;
  // Unused recovery codes, while two-factor is on.
  recoveryCodesLeft: number;
}

async function activeAccount(db: Pick<Database, 'select'>, actor: Actor) {
  const [row] = await db.select().from(users).where(eq(users.id, actor.id));
  if (!row || row.disabledAt) throw new AppError('unauthorized', 'Account missing or disabled');
  return row;
}

export async function getOwnAccount(db: Database, actor: Actor): Promise<OwnAccount> {
  const row = await activeAccount(db, actor);
  return {
    id: row.id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    twoFactorEnabledAt: row.totpEnabledAt,
    pendingTotpSecret: !row.totpEnabledAt && row.totpSecret ? openTotpSecret(row.id, row.totpSecret) : null,
    recoveryCodesLeft: row.totpEnabledAt ? await countRecoveryCodes(db, row.id) : 0,
  };
}

/**
 * Changes the password after checking the current one (guesses count towards the sign-in
 * limit, like a wrong password at sign-in). Every session of the account ends, including the
 * one in use: sessions created before password_changed_at are invalid. The caller receives a
 * fresh session, created at the same instant as the change, to put in the browser's cookie.
 */
export async function changeOwnPassword(
  db: Database,
  actor: Actor,
  input: { currentPassword: string; newPassword: string; ip: string; userAgent?: string },
  now: Date = new Date(),
): Promise<{ token: string; expiresAt: Date }> {
  const newPassword = parseInput(passwordSchema, input.newPassword);
  const account = await activeAccount(db, actor);
  const admission = await admitAttempt(db, account.email, input.ip, now);
  if (admission.kind === 'throttled') throw new AppError('too_many_requests', `Retry in ${admission.retryAfterSeconds} s`);
  if (!(await verifyPassword(account.passwordHash, input.currentPassword))) throw new ExpectedError('bad_request', 'account.errors.currentPasswordWrong', { field: 'currentPassword' });
  await settleAttempt(db, admission.attemptId, 'void');
  if (input.currentPassword === newPassword) throw new ExpectedError('bad_request', 'account.errors.passwordUnchanged', { field: 'newPassword' });
  const hash = await hashPassword(newPassword);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ passwordHash: hash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, account.id));
    await revokeUserSessions(tx, account.id);
    // createdAt = password_changed_at exactly, which validateSession accepts (it rejects only older sessions).
    const session = await createSession(tx, account.id, { mfaVerified: true, userAgent: input.userAgent, now });
    await audit(tx, { userId: account.id, action: 'account.password_change', entityType: 'user', entityId: account.id, details: { ip: input.ip } });
    return session;
  });
}

export async function setOwnLocale(db: Database, actor: Actor, locale: Locale): Promise<void> {
  const account = await activeAccount(db, actor);
  if (account.locale === locale) return;
  await db.transaction(async (tx) => {
    await tx.update(users).set({ locale, updatedAt: new Date() }).where(eq(users.id, account.id));
    await audit(tx, { userId: account.id, action: 'account.locale', entityType: 'user', entityId: account.id, details: { from: account.locale, to: locale } });
  });
}

// Six digits are guessable in bulk: wrong codes here count towards the sign-in limit too. A code
// is accepted once, like at sign-in; `recovery` also takes an unused recovery code (and spends it).
async function checkCode(
  db: Database,
  account: { id: number; email: string; totpSecret: string },
  code: string,
  ip: string,
  now: Date,
  options: { recovery?: boolean } = {},
): Promise<void> {
  const admission = await admitAttempt(db, account.email, ip, now);
  if (admission.kind === 'throttled') throw new AppError('too_many_requests', `Retry in ${admission.retryAfterSeconds} s`);
  const ok = options.recovery ? (await acceptSecondFactor(db, account, code, now)) !== null : await claimTotpCode(db, account, code, now);
  if (!ok) throw new ExpectedError('bad_request', 'account.errors.invalidCode', { field: 'code' });
  await settleAttempt(db, admission.attemptId, 'void');
}

/**
 * Starts (or restarts) two-factor enrolment: a new secret is kept on the account, sealed, but
 * stays inactive (totp_enabled_at null, so sign-in ignores it) until a code from it is confirmed.
 */
export async function startTotpEnrolment(db: Database, actor: Actor): Promise<{ secret: string }> {
  const account = await activeAccount(db, actor);
  if (account.totpEnabledAt) throw new ExpectedError('conflict', 'account.errors.twoFactorAlreadyOn');
  const secret = generateTotpSecret();
  await db
    .update(users)
    .set({ totpSecret: sealTotpSecret(account.id, secret), totpLastStep: null, updatedAt: new Date() })
    .where(eq(users.id, account.id));
  return { secret };
}

/**
 * Turns two-factor on once the authenticator app proves it holds the secret, and returns the
 * account's recovery codes, to be shown this once. Other sessions, opened with the password
 * alone, end; the current one (keepSessionId) stays.
 */
export async function confirmTotpEnrolment(
  db: Database,
  actor: Actor,
  input: { code: string; ip: string; keepSessionId?: string },
  now: Date = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const account = await activeAccount(db, actor);
  if (account.totpEnabledAt) throw new ExpectedError('conflict', 'account.errors.twoFactorAlreadyOn');
  if (!account.totpSecret) throw new ExpectedError('bad_request', 'account.errors.twoFactorNotStarted');
  await checkCode(db, { ...account, totpSecret: account.totpSecret }, input.code, input.ip, now);
  return db.transaction(async (tx) => {
    await tx.update(users).set({ totpEnabledAt: now, updatedAt: now }).where(eq(users.id, account.id));
    const codes = await replaceRecoveryCodes(tx, account.id, now);
    await revokeUserSessions(tx, account.id, input.keepSessionId);
    await audit(tx, { userId: account.id, action: 'account.2fa_enable', entityType: 'user', entityId: account.id });
    return { recoveryCodes: codes };
  });
}

/**
 * New recovery codes, the old ones void: for an editor who used some or fears they were seen.
 * Takes a current code (or an unused recovery code), like turning two-factor off.
 */
export async function regenerateRecoveryCodes(
  db: Database,
  actor: Actor,
  input: { code: string; ip: string },
  now: Date = new Date(),
): Promise<{ recoveryCodes: string[] }> {
  const account = await activeAccount(db, actor);
  if (!account.totpEnabledAt || !account.totpSecret) throw new ExpectedError('conflict', 'account.errors.twoFactorAlreadyOff');
  await checkCode(db, { ...account, totpSecret: account.totpSecret }, input.code, input.ip, now, { recovery: true });
  return db.transaction(async (tx) => {
    const codes = await replaceRecoveryCodes(tx, account.id, now);
    await audit(tx, { userId: account.id, action: 'account.recovery_codes', entityType: 'user', entityId: account.id });
    return { recoveryCodes: codes };
  });
}

/** Turning two-factor off takes a current code (or a recovery code), and is refused while an admin makes it compulsory. */
export async function disableTotp(db: Database, actor: Actor, input: { code: string; ip: string }, now: Date = new Date()): Promise<void> {
  const account = await activeAccount(db, actor);
  if (!account.totpEnabledAt || !account.totpSecret) throw new ExpectedError('conflict', 'account.errors.twoFactorAlreadyOff');
  if (await readTwoFactorRequired(db)) throw new ExpectedError('conflict', 'account.errors.twoFactorCompulsory');
  await checkCode(db, { ...account, totpSecret: account.totpSecret }, input.code, input.ip, now, { recovery: true });
  await db.transaction(async (tx) => {
    await tx.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null, updatedAt: now }).where(eq(users.id, account.id));
    await tx.delete(recoveryCodes).where(eq(recoveryCodes.userId, account.id));
    await audit(tx, { userId: account.id, action: 'account.2fa_disable', entityType: 'user', entityId: account.id });
  });
}
