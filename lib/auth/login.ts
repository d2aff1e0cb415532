import { and, desc, eq, gt, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { loginAttempts, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { dummyVerify, verifyPassword } from './password';
import { createSession } from './sessions';
import { acceptSecondFactor } from './second-factor';

/** Five failures (per account or per address) in this window, and the next attempt is refused. */
export const MAX_FAILURES = 5;
export const FAILURE_WINDOW_MS = 15 * 60 * 1000;
const BASE_DELAY_S = 30;
const MAX_DELAY_S = 15 * 60;

export type LoginResult =
  | { kind: 'ok'; token: string; expiresAt: Date; userId: number }
  | { kind: 'mfa_required'; token: string; expiresAt: Date; userId: number }
  | { kind: 'invalid' }
  | { kind: 'throttled'; retryAfterSeconds: number };

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

type Db = Pick<Database, 'select'>;

/**
 * How long a key (an account or an address) must wait. Failures since its last success count;
 * from the fifth on, each one doubles the wait: 30 s, 1 min, 2 min … up to 15 min.
 */
async function throttleSeconds(db: Db, column: 'email' | 'ip', key: string, now: Date): Promise<number> {
  const since = new Date(now.getTime() - FAILURE_WINDOW_MS);
  const field = column === 'email' ? loginAttempts.email : loginAttempts.ip;
  const recent = await db
    .select({ succeeded: loginAttempts.succeeded, createdAt: loginAttempts.createdAt })
    .from(loginAttempts)
    .where(and(eq(field, key), gt(loginAttempts.createdAt, since)))
    // Attempts made at the same instant are read in the order they were let through.
    .orderBy(desc(loginAttempts.createdAt), desc(loginAttempts.id))
    .limit(50);
  let failures = 0;
  for (const attempt of recent) {
    if (attempt.succeeded) break;
    failures += 1;
  }
  if (failures < MAX_FAILURES) return 0;
  const delay = Math.min(BASE_DELAY_S * 2 ** (failures - MAX_FAILURES), MAX_DELAY_S);
  // Counted from the latest failure; once it has passed, one more try is allowed (and a failure doubles the wait).
  const remainingMs = recent[0]!.createdAt.getTime() + delay * 1000 - now.getTime();
  return remainingMs > 0 ? Math.ceil(remainingMs / 1000) : 0;
}

async function loginThrottle(db: Db, email: string, ip: string, now: Date): Promise<number> {
  // One after the other: inside a transaction both run on its one connection anyway.
  const byAccount = await throttleSeconds(db, 'email', email, now);
  const byAddress = await throttleSeconds(db, 'ip', ip, now);
  return Math.max(byAccount, byAddress);
}

export type AttemptAdmission = { kind: 'throttled'; retryAfterSeconds: number } | { kind: 'admitted'; attemptId: number };

/**
 * Lets one attempt (a password, a code) through the limit, or not. The check and the attempt's
 * row are one transaction under a lock per key, and the row is written as a failure before the
 * caller checks anything: of concurrent attempts, on any number of instances, no more get
 * through than the limit allows, whatever they turn out to be. The caller then settles it.
 */
export async function admitAttempt(db: Database, email: string, ip: string, now: Date = new Date()): Promise<AttemptAdmission> {
  const account = normaliseEmail(email).slice(0, 320);
  const address = ip.slice(0, 64);
  return db.transaction(async (tx) => {
    // Always in the same order (account, then address) so that two attempts sharing both keys
    // cannot each hold the lock the other waits for.
    for (const key of [`login:email:${account}`, `login:ip:${address}`]) {
      await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${key}, 0))`);
    }
    const wait = await loginThrottle(tx, account, address, now);
    if (wait > 0) return { kind: 'throttled', retryAfterSeconds: wait };
    const [row] = await tx.insert(loginAttempts).values({ email: account, ip: address, succeeded: false, createdAt: now }).returning({ id: loginAttempts.id });
    return { kind: 'admitted', attemptId: row!.id };
  });
}

/**
 * An admitted attempt stays a failure unless settled: `succeeded` for a sign-in (it resets the
 * counters), `void` for a check that passed outside sign-in (the counters stay as they were).
 */
export async function settleAttempt(db: Database, attemptId: number, outcome: 'succeeded' | 'void'): Promise<void> {
  if (outcome === 'succeeded') await db.update(loginAttempts).set({ succeeded: true }).where(eq(loginAttempts.id, attemptId));
  else await db.delete(loginAttempts).where(eq(loginAttempts.id, attemptId));
}

/**
 * The password step. Unknown accounts, wrong passwords and disabled accounts all answer
 * `invalid` after the same argon2 work, and all count towards the limit, so the answer never
 * tells whether an account exists.
 */
export async function attemptLogin(
  db: Database,
  input: { email: string; password: string; ip: string; userAgent?: string; now?: Date },
): Promise<LoginResult> {
  const now = input.now ?? new Date();
  const email = normaliseEmail(input.email);
  const admission = await admitAttempt(db, email, input.ip, now);
  if (admission.kind === 'throttled') return admission;

  const [user] = await db
    .select({ id: users.id, passwordHash: users.passwordHash, totpEnabledAt: users.totpEnabledAt, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.email, email));
  const ok = user ? await verifyPassword(user.passwordHash, input.password) : await dummyVerify(input.password);
  if (!user || !ok || user.disabledAt) {
    // The address typed is kept so an admin can spot guessing; the password never is. No user
    // id either, so the trail reads the same whether or not the account exists.
    await audit(db, { userId: null, action: 'session.login_failed', entityType: 'session', details: { email: email.slice(0, 320), ip: input.ip, step: 'password' } });
    return { kind: 'invalid' };
  }
  await settleAttempt(db, admission.attemptId, 'succeeded');
  const mfa = user.totpEnabledAt !== null;
  const session = await createSession(db, user.id, { mfaVerified: !mfa, userAgent: input.userAgent, now });
  await audit(db, { userId: user.id, action: 'session.login', entityType: 'user', entityId: user.id, details: { ip: input.ip, secondFactorPending: mfa } });
  return { kind: mfa ? 'mfa_required' : 'ok', ...session, userId: user.id };
}

/**
 * The second step: a TOTP code (each accepted once) or an unused recovery code, for a session
 * that passed the password step. Failures count against the account like wrong passwords. On
 * success the caller rotates to a new session.
 */
export async function verifySecondFactor(
  db: Database,
  input: { userId: number; code: string; ip: string; userAgent?: string; now?: Date },
): Promise<LoginResult> {
  const now = input.now ?? new Date();
  const [user] = await db
    .select({ email: users.email, totpSecret: users.totpSecret, totpEnabledAt: users.totpEnabledAt })
    .from(users)
    .where(eq(users.id, input.userId));
  if (!user?.totpSecret || !user.totpEnabledAt) return { kind: 'invalid' };
  const admission = await admitAttempt(db, user.email, input.ip, now);
  if (admission.kind === 'throttled') return admission;
  const factor = await acceptSecondFactor(db, { id: input.userId, totpSecret: user.totpSecret }, input.code, now);
  if (!factor) {
    await audit(db, { userId: input.userId, action: 'session.login_failed', entityType: 'user', entityId: input.userId, details: { email: user.email, ip: input.ip, step: 'totp' } });
    return { kind: 'invalid' };
  }
  await settleAttempt(db, admission.attemptId, 'succeeded');
  const session = await createSession(db, input.userId, { mfaVerified: true, userAgent: input.userAgent, now });
  await audit(db, { userId: input.userId, action: 'session.two_factor', entityType: 'user', entityId: input.userId, details: { ip: input.ip, factor } });
  return { kind: 'ok', ...session, userId: input.userId };
}
