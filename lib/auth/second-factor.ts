import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, isNull, lt, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { recoveryCodes, users } from '@/db/schema';
import { totpKey } from './auth-key';
import { isSealed, open, seal } from './secret-box';
import { base32Encode, matchTotpStep } from './totp';

/*
 * What a second factor is checked against: TOTP codes, each usable once, and one-time recovery
 * codes for an editor without their phone.
 */

export const RECOVERY_CODE_COUNT = 10;
// 16 base32 characters: 80 random bits, shown as four groups of four.
const RECOVERY_CODE_CHARS = 16;

type Db = Pick<Database, 'select' | 'update' | 'insert' | 'delete'>;

const totpContext = (userId: number) => `totp:${userId}`;

export function sealTotpSecret(userId: number, secret: string, key: Buffer = totpKey()): string {
  return seal(secret, key, totpContext(userId));
}

/** The base32 secret; a value stored before encryption existed is plain base32 and passes through. */
export function openTotpSecret(userId: number, stored: string, key: Buffer = totpKey()): string {
  return isSealed(stored) ? open(stored, key, totpContext(userId)) : stored;
}

/**
 * Accepts a TOTP code at most once: the step it belongs to must be later than the last one
 * accepted for the account. The check and the write are one UPDATE, so of two requests racing
 * with the same code the row lock lets exactly one through. A secret still stored in plain text
 * (from before encryption) is sealed here, at its first use.
 */
export async function claimTotpCode(db: Db, user: { id: number; totpSecret: string }, code: string, now: Date): Promise<boolean> {
  const secret = openTotpSecret(user.id, user.totpSecret);
  const step = matchTotpStep(secret, code, now);
  if (step === null) return false;
  const claimed = await db
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, user.id), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  if (claimed.length !== 1) return false;
  if (!isSealed(user.totpSecret)) {
    await db
      .update(users)
      .set({ totpSecret: sealTotpSecret(user.id, secret) })
      .where(and(eq(users.id, user.id), eq(users.totpSecret, user.totpSecret)));
  }
  return true;
}

export function generateRecoveryCodes(): string[] {
  return Array.from({ length: RECOVERY_CODE_COUNT }, () =>
    base32Encode(randomBytes(10))
      .slice(0, RECOVERY_CODE_CHARS)
      .toLowerCase()
      .match(/.{4}/g)!
      .join('-'),
  );
}

/** Upper case, without spaces or dashes; null when it cannot be a recovery code. */
export function normaliseRecoveryCode(input: string): string | null {
  const cleaned = input.replace(/[\s-]/g, '').toUpperCase();
  return /^[A-Z2-7]{16}$/.test(cleaned) ? cleaned : null;
}

function hashRecoveryCode(normalised: string): string {
  return createHash('sha256').update(normalised).digest('hex');
}

/** Replaces the account's recovery codes with fresh ones; the plain codes are returned once, never stored. */
export async function replaceRecoveryCodes(db: Pick<Database, 'insert' | 'delete'>, userId: number, now: Date): Promise<string[]> {
  const codes = generateRecoveryCodes();
  await db.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await db.insert(recoveryCodes).values(codes.map((code) => ({ userId, codeHash: hashRecoveryCode(normaliseRecoveryCode(code)!), createdAt: now })));
  return codes;
}

/** Spends a recovery code: true once, for an unused code of this account (one UPDATE, so never twice). */
export async function consumeRecoveryCode(db: Db, userId: number, code: string, now: Date): Promise<boolean> {
  const normalised = normaliseRecoveryCode(code);
  if (!normalised) return false;
  const used = await db
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, hashRecoveryCode(normalised)), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return used.length === 1;
}

export async function countRecoveryCodes(db: Pick<Database, 'select'>, userId: number): Promise<number> {
  const [row] = await db
    .select({ left: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return row?.left ?? 0;
}

/** The second step: six digits are a TOTP code, anything else is tried as a recovery code. */
export async function acceptSecondFactor(
  db: Db,
  user: { id: number; totpSecret: string },
  code: string,
  now: Date,
): Promise<'totp' | 'recovery' | null> {
  if (/^\d{3}\s?\d{3}$/.test(code.trim())) return (await claimTotpCode(db, user, code, now)) ? 'totp' : null;
  return (await consumeRecoveryCode(db, user.id, code, now)) ? 'recovery' : null;
}
