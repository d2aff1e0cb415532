import { createHash } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { auditLog, sessions, users } from '@/db/schema';
import { changeOwnPassword } from '@/lib/admin/account-queries';
import { disableUser, resetPassword, updateUser } from '@/lib/admin/users-queries';
import { attemptLogin, verifySecondFactor, type LoginResult } from '@/lib/auth/login';
import { ARGON2_PARAMS, hashPassword, verifyPassword } from '@/lib/auth/password';
import { createSession, revokeSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, validateSession } from '@/lib/auth/sessions';
import { base32Encode, generateTotpSecret, totpCode, verifyTotp } from '@/lib/auth/totp';
import { freshIp, makeUser, PASSWORD } from './support/accounts';
import { testDb } from './support/db';

const handle = testDb();
const db = handle.db;
afterAll(() => handle.close());

const HOUR = 3_600_000;
const kind = inject('databaseKind');

function token(result: LoginResult): string {
  if (result.kind !== 'ok' && result.kind !== 'mfa_required') throw new Error(`expected a session, got ${result.kind}`);
  return result.token;
}

describe(`argon2id (${kind})`, () => {
  it('hashes with the OWASP baseline parameters, as read back from the PHC string', async () => {
    const hash = await hashPassword('a password long enough');
    const match = /^\$argon2id\$v=19\$m=(\d+),t=(\d+),p=(\d+)\$([A-Za-z0-9+/]+)\$([A-Za-z0-9+/]+)$/.exec(hash);
    expect(match, hash).not.toBeNull();
    const [, m, t, p, salt, digest] = match!;
    expect({ m: Number(m), t: Number(t), p: Number(p) }).toEqual({ m: 19_456, t: 2, p: 1 });
    expect({ m: ARGON2_PARAMS.memoryCost, t: ARGON2_PARAMS.timeCost, p: ARGON2_PARAMS.parallelism }).toEqual({ m: 19_456, t: 2, p: 1 });
    // 16-byte salt and 32-byte digest, unpadded base64.
    expect(Buffer.from(salt!, 'base64').length).toBe(16);
    expect(Buffer.from(digest!, 'base64').length).toBe(32);
    expect(await verifyPassword(hash, 'a password long enough')).toBe(true);
    expect(await verifyPassword(hash, 'a password long enougH')).toBe(false);
    expect(await hashPassword('a password long enough')).not.toBe(hash);
  });

  it('stores the hash, never the password, for accounts', async () => {
    const user = await makeUser(db);
    const [row] = await db.select({ hash: users.passwordHash }).from(users).where(eq(users.id, user.id));
    expect(row!.hash.startsWith('$argon2id$v=19$m=19456,t=2,p=1$')).toBe(true);
    expect(row!.hash).not.toContain(PASSWORD);
  });
});

describe(`sessions (${kind})`, () => {
  it('gives a new token at each sign-in and leaves the earlier sessions alone', async () => {
    const user = await makeUser(db);
    const ip = freshIp();
    const first = token(await attemptLogin(db, { email: user.email, password: user.password, ip }));
    const second = token(await attemptLogin(db, { email: user.email, password: user.password, ip }));
    expect(second).not.toBe(first);
    expect((await validateSession(db, first))?.user.id).toBe(user.id);
    expect((await validateSession(db, second))?.user.id).toBe(user.id);
  });

  it('stores only the SHA-256 of the token', async () => {
    const user = await makeUser(db);
    const { token: raw } = await createSession(db, user.id, { mfaVerified: true });
    const rows = await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toEqual([{ id: createHash('sha256').update(raw).digest('hex') }]);
    expect(rows[0]!.id).not.toContain(raw);
    expect(await db.select().from(sessions).where(eq(sessions.id, raw))).toEqual([]);
  });

  it('ends after 8 idle hours', async () => {
    const user = await makeUser(db);
    const t0 = new Date();
    const { token: raw } = await createSession(db, user.id, { mfaVerified: true, now: t0 });
    expect(await validateSession(db, raw, new Date(t0.getTime() + SESSION_IDLE_MS - 60_000))).not.toBeNull();
    const { token: idle } = await createSession(db, user.id, { mfaVerified: true, now: t0 });
    expect(await validateSession(db, idle, new Date(t0.getTime() + SESSION_IDLE_MS))).toBeNull();
    // Expired sessions are deleted, not merely refused.
    expect(await validateSession(db, idle, t0)).toBeNull();
  });

  it('ends after 7 days however active it is', async () => {
    const user = await makeUser(db);
    const t0 = new Date();
    const { token: raw } = await createSession(db, user.id, { mfaVerified: true, now: t0 });
    // Seen every 7 hours: never idle for 8.
    let at = t0.getTime();
    while (at + 7 * HOUR < t0.getTime() + SESSION_ABSOLUTE_MS) {
      at += 7 * HOUR;
      expect(await validateSession(db, raw, new Date(at)), new Date(at).toISOString()).not.toBeNull();
    }
    expect(await validateSession(db, raw, new Date(t0.getTime() + SESSION_ABSOLUTE_MS))).toBeNull();
  });

  it('is revoked at sign-out', async () => {
    const user = await makeUser(db);
    const raw = token(await attemptLogin(db, { email: user.email, password: user.password, ip: freshIp() }));
    expect(await revokeSession(db, raw)).toBe(user.id);
    expect(await validateSession(db, raw)).toBeNull();
    expect(await revokeSession(db, raw)).toBeNull();
  });

  it('a password change ends every other session and the changer carries on with a new one', async () => {
    const user = await makeUser(db);
    const ip = freshIp();
    const here = token(await attemptLogin(db, { email: user.email, password: user.password, ip }));
    const elsewhere = token(await attemptLogin(db, { email: user.email, password: user.password, ip }));
    const next = await changeOwnPassword(db, { id: user.id, role: user.role }, { currentPassword: user.password, newPassword: 'a brand new passphrase', ip });
    expect(await validateSession(db, here)).toBeNull();
    expect(await validateSession(db, elsewhere)).toBeNull();
    const valid = await validateSession(db, next.token);
    expect(valid?.user.id).toBe(user.id);
    expect(valid?.mfaVerified).toBe(true);
    // …and still valid a little later (created at the very instant of the change, not before it).
    expect(await validateSession(db, next.token, new Date(Date.now() + 5 * 60_000))).not.toBeNull();
    expect(await db.select().from(sessions).where(eq(sessions.userId, user.id))).toHaveLength(1);
    expect((await attemptLogin(db, { email: user.email, password: user.password, ip })).kind).toBe('invalid');
    expect((await attemptLogin(db, { email: user.email, password: 'a brand new passphrase', ip })).kind).toBe('ok');
  });

  it('a session older than the last password change is refused even if its row survived', async () => {
    const user = await makeUser(db);
    const { token: raw } = await createSession(db, user.id, { mfaVerified: true, now: new Date(Date.now() - 60_000) });
    await db.update(users).set({ passwordChangedAt: new Date() }).where(eq(users.id, user.id));
    expect(await validateSession(db, raw)).toBeNull();
  });

  it('an admin password reset, a role change and disabling each sign the account out', async () => {
    const admin = await makeUser(db, { role: 'admin' });
    const actor = { id: admin.id, role: admin.role };
    const user = await makeUser(db, { role: 'editor' });
    const login = async () => token(await attemptLogin(db, { email: user.email, password: user.password, ip: freshIp() }));

    let raw = await login();
    await updateUser(db, actor, user.id, { name: 'Renamed only', role: 'editor', authorId: null });
    expect(await validateSession(db, raw), 'a rename keeps the session').not.toBeNull();
    await updateUser(db, actor, user.id, { name: 'Renamed only', role: 'contributor', authorId: null });
    expect(await validateSession(db, raw), 'a role change ends it').toBeNull();

    raw = await login();
    await resetPassword(db, actor, user.id, 'another long password');
    expect(await validateSession(db, raw)).toBeNull();
    user.password = 'another long password';

    raw = await login();
    await disableUser(db, actor, user.id);
    expect(await validateSession(db, raw)).toBeNull();
    expect((await attemptLogin(db, { email: user.email, password: user.password, ip: freshIp() })).kind).toBe('invalid');
  });

  it("a disabled account's sessions are refused even if their rows survived", async () => {
    const user = await makeUser(db);
    const { token: raw } = await createSession(db, user.id, { mfaVerified: true });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, user.id));
    expect(await validateSession(db, raw)).toBeNull();
  });
});

describe(`sign-in limit (${kind})`, () => {
  const t0 = new Date('2026-11-23T10:00:00Z');
  const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

  async function sequence(email: string, rightPassword: string, ip: string) {
    const results: LoginResult[] = [];
    for (let i = 0; i < 5; i++) results.push(await attemptLogin(db, { email, password: `wrong guess ${i}`, ip, now: at(0) }));
    results.push(await attemptLogin(db, { email, password: rightPassword, ip, now: at(0) }));
    results.push(await attemptLogin(db, { email, password: rightPassword, ip, now: at(29) }));
    // The wait is over; one more wrong guess doubles the next one.
    results.push(await attemptLogin(db, { email, password: 'wrong again', ip, now: at(30) }));
    results.push(await attemptLogin(db, { email, password: rightPassword, ip, now: at(30) }));
    results.push(await attemptLogin(db, { email, password: 'wrong again', ip, now: at(90) }));
    results.push(await attemptLogin(db, { email, password: rightPassword, ip, now: at(90) }));
    return results.map((result) => (result.kind === 'throttled' ? result : { kind: result.kind }));
  }

  it('refuses the 6th attempt after 5 failures, even with the right password, for 30 s, then 60 s, then 120 s', async () => {
    const user = await makeUser(db);
    const results = await sequence(user.email, user.password, freshIp());
    expect(results).toEqual([
      ...Array.from({ length: 5 }, () => ({ kind: 'invalid' })),
      { kind: 'throttled', retryAfterSeconds: 30 },
      { kind: 'throttled', retryAfterSeconds: 1 },
      { kind: 'invalid' },
      { kind: 'throttled', retryAfterSeconds: 60 },
      { kind: 'invalid' },
      { kind: 'throttled', retryAfterSeconds: 120 },
    ]);
  });

  it('answers an unknown account exactly like a known one', async () => {
    const user = await makeUser(db);
    const known = await sequence(user.email, user.password, freshIp());
    const unknown = await sequence('nobody-here@people.test', 'whatever it is', freshIp());
    expect(unknown).toEqual(known);
    const single = await attemptLogin(db, { email: 'nobody-else@people.test', password: 'x', ip: freshIp() });
    const wrong = await attemptLogin(db, { email: user.email, password: 'x', ip: freshIp(), now: at(10_000) });
    expect(Object.keys(single)).toEqual(Object.keys(wrong));
    expect(single).toEqual(wrong);
  });

  it('limits one address across different accounts', async () => {
    const ip = freshIp();
    for (let i = 0; i < 5; i++) {
      const victim = `spray-${i}-${ip}@people.test`;
      expect((await attemptLogin(db, { email: victim, password: 'Spring2026!', ip, now: at(i) })).kind).toBe('invalid');
    }
    const user = await makeUser(db);
    expect(await attemptLogin(db, { email: user.email, password: user.password, ip, now: at(5) })).toEqual({ kind: 'throttled', retryAfterSeconds: 29 });
    // The same account from another address is not affected.
    expect((await attemptLogin(db, { email: user.email, password: user.password, ip: freshIp(), now: at(5) })).kind).toBe('ok');
  });

  it('a successful sign-in resets the account counter', async () => {
    const user = await makeUser(db);
    const wrong = (seconds: number) => attemptLogin(db, { email: user.email, password: 'nope nope nope', ip: freshIp(), now: at(seconds) });
    for (let i = 0; i < 4; i++) expect((await wrong(i)).kind).toBe('invalid');
    expect((await attemptLogin(db, { email: user.email, password: user.password, ip: freshIp(), now: at(4) })).kind).toBe('ok');
    for (let i = 5; i < 9; i++) expect((await wrong(i)).kind).toBe('invalid');
    // Eight failures in the window, but only four since the success.
    expect((await attemptLogin(db, { email: user.email, password: user.password, ip: freshIp(), now: at(9) })).kind).toBe('ok');
  });

  it('audits failed attempts with the address typed, never the password, the same for unknown accounts', async () => {
    const user = await makeUser(db);
    const secret = 'my-secret-guess-4815162342';
    await attemptLogin(db, { email: ` ${user.email.toUpperCase()} `, password: secret, ip: '203.0.113.7' });
    await attemptLogin(db, { email: 'ghost@people.test', password: secret, ip: '203.0.113.7' });
    const rows = await db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'session.login_failed'), sql`${auditLog.details}->>'ip' = '203.0.113.7'`))
      .orderBy(auditLog.id);
    expect(rows.map((row) => row.details)).toEqual([
      { email: user.email, ip: '203.0.113.7', step: 'password' },
      { email: 'ghost@people.test', ip: '203.0.113.7', step: 'password' },
    ]);
    expect(rows.every((row) => row.userId === null && row.entityType === 'session')).toBe(true);
    const all = await db.select({ details: auditLog.details }).from(auditLog);
    expect(JSON.stringify(all)).not.toContain(secret);
  });

  it('audits a sign-in, and with two-factor, the second step', async () => {
    const secret = generateTotpSecret();
    const user = await makeUser(db, { totpSecret: secret, totpEnabledAt: new Date() });
    const ip = freshIp();
    const first = await attemptLogin(db, { email: user.email, password: user.password, ip });
    expect(first.kind).toBe('mfa_required');
    expect((await validateSession(db, token(first)))?.mfaVerified).toBe(false);
    expect((await verifySecondFactor(db, { userId: user.id, code: '000000', ip })).kind).toBe(verifyTotp(secret, '000000') ? 'ok' : 'invalid');
    const second = await verifySecondFactor(db, { userId: user.id, code: totpCode(secret), ip });
    expect((await validateSession(db, token(second)))?.mfaVerified).toBe(true);
    const actions = (await db.select({ action: auditLog.action }).from(auditLog).where(eq(auditLog.userId, user.id)).orderBy(auditLog.id)).map((r) => r.action);
    expect(actions).toEqual(['session.login', 'session.login_failed', 'session.two_factor']);
  });
});

describe('TOTP (RFC 6238)', () => {
  const rfcSecret = base32Encode(Buffer.from('12345678901234567890', 'ascii'));

  it('matches the RFC 6238 SHA-1 test vectors (last six of the eight digits)', () => {
    const vectors: [number, string][] = [
      [59, '94287082'],
      [1111111109, '07081804'],
      [1111111111, '14050471'],
      [1234567890, '89005924'],
      [2000000000, '69279037'],
      [20000000000, '65353130'],
    ];
    for (const [seconds, eight] of vectors) {
      expect(totpCode(rfcSecret, new Date(seconds * 1000)), String(seconds)).toBe(eight.slice(-6));
    }
    expect(totpCode(rfcSecret, new Date(59_000))).toBe('287082');
  });

  it('accepts one step of clock drift either way, and no more', () => {
    const t = 1111111109_000;
    const code = totpCode(rfcSecret, new Date(t));
    expect(verifyTotp(rfcSecret, code, new Date(t))).toBe(true);
    expect(verifyTotp(rfcSecret, code, new Date(t + 30_000))).toBe(true);
    expect(verifyTotp(rfcSecret, code, new Date(t - 30_000))).toBe(true);
    expect(verifyTotp(rfcSecret, code, new Date(t + 60_000))).toBe(false);
    expect(verifyTotp(rfcSecret, code, new Date(t - 60_000))).toBe(false);
  });

  it('reads codes typed with a space and refuses anything but six digits', () => {
    const t = new Date(1234567890_000);
    expect(verifyTotp(rfcSecret, '005 924', t)).toBe(true);
    for (const bad of ['', '5924', '0059245', '00592a', '89005924']) expect(verifyTotp(rfcSecret, bad, t), bad).toBe(false);
  });

  it('makes 160-bit base32 secrets', () => {
    const secret = generateTotpSecret();
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(generateTotpSecret()).not.toBe(secret);
  });
});
