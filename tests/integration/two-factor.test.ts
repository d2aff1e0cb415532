import { eq } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { recoveryCodes, users } from '@/db/schema';
import { confirmTotpEnrolment, disableTotp, getOwnAccount, regenerateRecoveryCodes, startTotpEnrolment } from '@/lib/admin/account-queries';
import { attemptLogin, verifySecondFactor } from '@/lib/auth/login';
import { openTotpSecret, RECOVERY_CODE_COUNT } from '@/lib/auth/second-factor';
import { generateTotpSecret, totpCode } from '@/lib/auth/totp';
import { freshIp, makeUser } from './support/accounts';
import { testDb } from './support/db';

// Read when the first secret is sealed (lib/auth/auth-key.ts), after this line runs.
process.env.AUTH_SECRET ??= 'integration-tests-auth-secret-0123456789abcdef';

const handle = testDb();
const db = handle.db;
afterAll(() => handle.close());

const kind = inject('databaseKind');
const STEP = 30_000;

/** An account with two-factor on, and the password step done. The clock is the caller's. */
async function enrolled(options: { legacyPlainSecret?: boolean } = {}) {
  const secret = generateTotpSecret();
  const user = await makeUser(db, { role: 'editor', totpSecret: options.legacyPlainSecret ? secret : undefined });
  const actor = { id: user.id, role: user.role };
  if (!options.legacyPlainSecret) {
    await startTotpEnrolment(db, actor);
  } else {
    await db.update(users).set({ totpEnabledAt: new Date() }).where(eq(users.id, user.id));
  }
  return { user, actor, secret };
}

async function pendingSecret(actor: { id: number; role: 'editor' }) {
  return (await getOwnAccount(db, actor)).pendingTotpSecret!;
}

describe(`a TOTP code is accepted once (${kind})`, () => {
  it('refuses the same code a second time, and an older one after a newer one', async () => {
    const secret = generateTotpSecret();
    const user = await makeUser(db, { totpSecret: secret, totpEnabledAt: new Date() });
    const ip = freshIp();
    const t0 = new Date(Math.floor(Date.now() / STEP) * STEP + 5_000);
    const code = totpCode(secret, t0);
    const first = await verifySecondFactor(db, { userId: user.id, code, ip, now: t0 });
    const again = await verifySecondFactor(db, { userId: user.id, code, ip, now: new Date(t0.getTime() + 10_000) });
    expect([first.kind, again.kind]).toEqual(['ok', 'invalid']);
    // The next step's code works; then the previous step's (still within the ±30 s window) does not.
    const t1 = new Date(t0.getTime() + STEP);
    expect((await verifySecondFactor(db, { userId: user.id, code: totpCode(secret, t1), ip, now: t1 })).kind).toBe('ok');
    expect((await verifySecondFactor(db, { userId: user.id, code: totpCode(secret, t0), ip, now: t1 })).kind).toBe('invalid');
  });

  it('lets exactly one of two concurrent sign-ins with the same code through', async () => {
    for (let round = 0; round < 3; round += 1) {
      const secret = generateTotpSecret();
      const user = await makeUser(db, { totpSecret: secret, totpEnabledAt: new Date() });
      const now = new Date();
      const code = totpCode(secret, now);
      const results = await Promise.all(
        [freshIp(), freshIp()].map((ip) => verifySecondFactor(db, { userId: user.id, code, ip, now })),
      );
      expect(results.map((result) => result.kind).sort()).toEqual(['invalid', 'ok']);
    }
  });

  it('a code used to confirm enrolment cannot then open a session', async () => {
    const { user, actor } = await enrolled();
    const secret = await pendingSecret(actor as { id: number; role: 'editor' });
    const now = new Date();
    const code = totpCode(secret, now);
    await confirmTotpEnrolment(db, actor, { code, ip: freshIp() }, now);
    expect((await verifySecondFactor(db, { userId: user.id, code, ip: freshIp(), now })).kind).toBe('invalid');
  });
});

describe(`recovery codes (${kind})`, () => {
  it('are given once at enrolment, stored hashed, each signs in once, and regenerating voids the old ones', async () => {
    const { user, actor } = await enrolled();
    const secret = await pendingSecret(actor as { id: number; role: 'editor' });
    const now = new Date();
    const { recoveryCodes: codes } = await confirmTotpEnrolment(db, actor, { code: totpCode(secret, now), ip: freshIp() }, now);
    expect(codes).toHaveLength(RECOVERY_CODE_COUNT);
    expect(new Set(codes).size).toBe(RECOVERY_CODE_COUNT);
    for (const code of codes) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);

    const stored = await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(RECOVERY_CODE_COUNT);
    const dump = JSON.stringify(stored).toLowerCase();
    for (const code of codes) expect(dump).not.toContain(code.replace(/-/g, '').slice(0, 8));

    const ip = freshIp();
    const password = await attemptLogin(db, { email: user.email, password: user.password, ip });
    expect(password.kind).toBe('mfa_required');
    // Typed in capitals with spaces: the same code.
    const withRecovery = await verifySecondFactor(db, { userId: user.id, code: codes[0]!.toUpperCase().replace(/-/g, ' '), ip });
    expect(withRecovery.kind).toBe('ok');
    expect((await verifySecondFactor(db, { userId: user.id, code: codes[0]!, ip })).kind).toBe('invalid');
    expect((await getOwnAccount(db, actor)).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT - 1);
    // Someone else's code does nothing here.
    expect((await verifySecondFactor(db, { userId: user.id, code: 'aaaa-bbbb-cccc-dddd', ip })).kind).toBe('invalid');

    const { recoveryCodes: fresh } = await regenerateRecoveryCodes(db, actor, { code: codes[1]!, ip });
    expect((await getOwnAccount(db, actor)).recoveryCodesLeft).toBe(RECOVERY_CODE_COUNT);
    expect((await verifySecondFactor(db, { userId: user.id, code: codes[2]!, ip })).kind).toBe('invalid');
    expect((await verifySecondFactor(db, { userId: user.id, code: fresh[0]!, ip })).kind).toBe('ok');

    await disableTotp(db, actor, { code: fresh[1]!, ip });
    expect(await db.select().from(recoveryCodes).where(eq(recoveryCodes.userId, user.id))).toEqual([]);
  });
});

describe(`TOTP secrets at rest (${kind})`, () => {
  it('are sealed with AES-256-GCM when enrolment starts, bound to their account', async () => {
    const { user, actor } = await enrolled();
    const [row] = await db.select({ stored: users.totpSecret }).from(users).where(eq(users.id, user.id));
    const secret = await pendingSecret(actor as { id: number; role: 'editor' });
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(row!.stored).toMatch(/^enc:v1:[A-Za-z0-9_-]+$/);
    expect(row!.stored).not.toContain(secret);
    expect(openTotpSecret(user.id, row!.stored!)).toBe(secret);
    // Copied onto another account, the value does not open.
    expect(() => openTotpSecret(user.id + 1, row!.stored!)).toThrow();
  });

  it('a plain secret from before encryption still works, and is sealed at its first use', async () => {
    const { user, secret } = await enrolled({ legacyPlainSecret: true });
    const [before] = await db.select({ stored: users.totpSecret }).from(users).where(eq(users.id, user.id));
    expect(before!.stored).toBe(secret);
    const now = new Date();
    expect((await verifySecondFactor(db, { userId: user.id, code: totpCode(secret, now), ip: freshIp(), now })).kind).toBe('ok');
    const [after] = await db.select({ stored: users.totpSecret }).from(users).where(eq(users.id, user.id));
    expect(after!.stored).toMatch(/^enc:v1:/);
    const later = new Date(now.getTime() + STEP);
    expect((await verifySecondFactor(db, { userId: user.id, code: totpCode(secret, later), ip: freshIp(), now: later })).kind).toBe('ok');
  });
});
