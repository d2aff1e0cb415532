import 'server-only';
import { withDb } from '@/db';
import { audit } from '@/lib/audit';
import { attemptLogin, verifySecondFactor } from './login';
import { revokeSession, validateSession } from './sessions';

/*
 * The sign-in routes' database work, each owning its connection (withDb, labelled auth.*), so
 * route handlers never hold a database handle. The plain (db, …) functions stay in login.ts and
 * sessions.ts, where the tests call them.
 */

export function signIn(input: Parameters<typeof attemptLogin>[1]) {
  return withDb('auth.login', (db) => attemptLogin(db, input));
}

export function passSecondFactor(input: Parameters<typeof verifySecondFactor>[1]) {
  return withDb('auth.secondFactor', (db) => verifySecondFactor(db, input));
}

export function readSession(token: string) {
  return withDb('auth.session', (db) => validateSession(db, token));
}

/** Ends one session (its token); `audited` records the sign-out in the audit log. */
export function endSession(token: string, options: { audited: boolean }): Promise<void> {
  return withDb('auth.logout', async (db) => {
    const userId = await revokeSession(db, token);
    if (options.audited && userId !== null) await audit(db, { userId, action: 'session.logout', entityType: 'user', entityId: userId });
  });
}
