import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { auditLog, authors, sessions, settings, users, type UserRole } from '@/db/schema';
import { changeOwnPassword, confirmTotpEnrolment, disableTotp, getOwnAccount, setOwnLocale, startTotpEnrolment } from '@/lib/admin/account-queries';
import type { Actor } from '@/lib/admin/actor';
import { auditFilterOptions, AUDIT_PAGE_SIZE, listAudit } from '@/lib/admin/audit-log-queries';
import { getSettings, readSiteName, updateSettings, type SiteSettings } from '@/lib/admin/settings-queries';
import { bylineOptions, createUser, disableUser, enableUser, getUser, listUsers, resetPassword, updateUser } from '@/lib/admin/users-queries';
import { getSiteChrome } from '@/lib/data/chrome-queries';
import { AppError } from '@/lib/errors';
import { createSession, validateSession } from '@/lib/auth/sessions';
import { totpCode } from '@/lib/auth/totp';
import { freshIp, makeUser, PASSWORD } from './support/accounts';
import { testDb } from './support/db';

const handle = testDb();
const db = handle.db;
const kind = inject('databaseKind');
const ROLES: UserRole[] = ['contributor', 'editor', 'admin'];

let initialSettings: SiteSettings;
let bylineId: number;

beforeAll(async () => {
  const admin = await makeUser(db, { role: 'admin' });
  initialSettings = await getSettings(db, { id: admin.id, role: 'admin' });
  const [author] = await db
    .insert(authors)
    .values({ slug: `people-byline-${Date.now()}`, nameFr: 'Signature Test', nameAr: 'توقيع تجريبي' })
    .returning({ id: authors.id });
  bylineId = author!.id;
});

afterAll(async () => {
  // Other files share this database: leave the settings as they were.
  const [admin] = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), isNull(users.disabledAt))).limit(1);
  if (admin) await updateSettings(db, { id: admin.id, role: 'admin' }, initialSettings);
  await handle.close();
});

async function actorFor(role: UserRole): Promise<Actor & { email: string }> {
  const user = await makeUser(db, { role });
  return { id: user.id, role, email: user.email };
}

async function outcome(run: () => Promise<unknown>): Promise<'allowed' | 'forbidden' | string> {
  try {
    await run();
    return 'allowed';
  } catch (error) {
    if (error instanceof AppError) return error.code === 'forbidden' ? 'forbidden' : `${error.code}:${error.message}`;
    throw error;
  }
}

async function lastAudit(action: string, entityId?: number) {
  const [row] = await db
    .select()
    .from(auditLog)
    .where(entityId === undefined ? eq(auditLog.action, action) : and(eq(auditLog.action, action), eq(auditLog.entityId, String(entityId))))
    .orderBy(desc(auditLog.id))
    .limit(1);
  return row;
}

describe(`permissions of the people data layer (${kind})`, () => {
  // Every function below is admin-only (users.manage, settings.manage, audit.view in lib/auth/permissions.ts).
  const cases: Record<string, (actor: Actor) => Promise<unknown>> = {
    createUser: (actor) =>
      createUser(db, actor, { email: `made-by-${actor.role}-${Date.now()}@people.test`, name: 'New', role: 'contributor', password: PASSWORD }),
    updateUser: async (actor) => {
      const target = await makeUser(db);
      return updateUser(db, actor, target.id, { name: 'Changed', role: 'editor', authorId: null });
    },
    disableUser: async (actor) => disableUser(db, actor, (await makeUser(db)).id),
    enableUser: async (actor) => enableUser(db, actor, (await makeUser(db)).id),
    resetPassword: async (actor) => resetPassword(db, actor, (await makeUser(db)).id, 'reset password 123'),
    listUsers: (actor) => listUsers(db, actor),
    getUser: (actor) => getUser(db, actor, actor.id),
    bylineOptions: (actor) => bylineOptions(db, actor),
    getSettings: (actor) => getSettings(db, actor),
    updateSettings: (actor) => updateSettings(db, actor, initialSettings),
    listAudit: (actor) => listAudit(db, actor),
    auditFilterOptions: (actor) => auditFilterOptions(db, actor),
  };

  for (const role of ROLES) {
    it(`${role}: admin-only functions are ${role === 'admin' ? 'allowed' : "refused with AppError 'forbidden'"}`, async () => {
      const actor = await actorFor(role);
      const results: Record<string, string> = {};
      for (const [name, run] of Object.entries(cases)) results[name] = await outcome(() => run(actor));
      const expected = role === 'admin' ? 'allowed' : 'forbidden';
      expect(results).toEqual(Object.fromEntries(Object.keys(cases).map((name) => [name, expected])));
    });

    it(`${role}: may manage their own account`, async () => {
      const me = await makeUser(db, { role });
      const actor = { id: me.id, role };
      const results = {
        getOwnAccount: await outcome(() => getOwnAccount(db, actor)),
        setOwnLocale: await outcome(() => setOwnLocale(db, actor, 'ar')),
        changeOwnPassword: await outcome(() => changeOwnPassword(db, actor, { currentPassword: me.password, newPassword: 'my own new password', ip: freshIp() })),
        startTotpEnrolment: await outcome(() => startTotpEnrolment(db, actor)),
      };
      expect(results).toEqual({ getOwnAccount: 'allowed', setOwnLocale: 'allowed', changeOwnPassword: 'allowed', startTotpEnrolment: 'allowed' });
    });
  }

  it('no write happens when refused', async () => {
    const editor = await actorFor('editor');
    const target = await makeUser(db);
    await expect(updateUser(db, editor, target.id, { name: 'Hacked', role: 'admin', authorId: null })).rejects.toMatchObject({ code: 'forbidden' });
    const [row] = await db.select({ name: users.name, role: users.role }).from(users).where(eq(users.id, target.id));
    expect(row!.role).toBe('contributor');
    expect(row!.name).not.toBe('Hacked');
  });
});

describe(`last active admin (${kind})`, () => {
  let parked: number[] = [];

  // This file shares the database with others: park every other active admin for these tests.
  async function onlyAdmin() {
    const me = await makeUser(db, { role: 'admin' });
    const others = await db
      .update(users)
      .set({ disabledAt: new Date() })
      .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), inArray(users.id, (await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin'))).map((r) => r.id).filter((id) => id !== me.id))))
      .returning({ id: users.id });
    parked.push(...others.map((row) => row.id));
    return { id: me.id, role: 'admin' as const };
  }

  afterAll(async () => {
    if (parked.length) await db.update(users).set({ disabledAt: null }).where(inArray(users.id, parked));
    parked = [];
  });

  it('cannot demote or disable themselves, with a clear error, and nothing changes', async () => {
    const me = await onlyAdmin();
    await expect(updateUser(db, me, me.id, { name: 'Me', role: 'editor', authorId: null })).rejects.toMatchObject({ code: 'conflict', messageKey: 'users.errors.lastAdmin' });
    await expect(disableUser(db, me, me.id)).rejects.toMatchObject({ code: 'conflict', messageKey: 'users.errors.lastAdmin' });
    const [row] = await db.select({ role: users.role, disabledAt: users.disabledAt }).from(users).where(eq(users.id, me.id));
    expect(row).toEqual({ role: 'admin', disabledAt: null });
    // Renaming oneself is fine.
    await updateUser(db, me, me.id, { name: 'Still admin', role: 'admin', authorId: null });
  });

  it('a disabled admin does not count; a second active admin lifts the guard', async () => {
    const me = await onlyAdmin();
    const dormant = await makeUser(db, { role: 'admin' });
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, dormant.id));
    await expect(disableUser(db, me, me.id)).rejects.toMatchObject({ messageKey: 'users.errors.lastAdmin' });

    await enableUser(db, me, dormant.id);
    await updateUser(db, me, me.id, { name: 'Me', role: 'editor', authorId: null });
    const dormantActor = { id: dormant.id, role: 'admin' as const };
    // Now the former dormant admin is the last one.
    await expect(disableUser(db, dormantActor, dormant.id)).rejects.toMatchObject({ messageKey: 'users.errors.lastAdmin' });
    await expect(updateUser(db, dormantActor, dormant.id, { name: 'x', role: 'contributor', authorId: null })).rejects.toMatchObject({ messageKey: 'users.errors.lastAdmin' });
    // …but may demote or disable others freely, and re-promote.
    await updateUser(db, dormantActor, me.id, { name: 'Me', role: 'admin', authorId: null });
    await disableUser(db, dormantActor, me.id);
    parked.push(me.id, dormant.id);
  });
});

describe(`users (${kind})`, () => {
  it('creates, lists, edits and audits every change', async () => {
    const admin = await actorFor('admin');
    const { id } = await createUser(db, admin, {
      email: ` New.Person+${Date.now()}@People.Test `,
      name: 'Nouvelle Personne',
      role: 'editor',
      password: PASSWORD,
      locale: 'ar',
      authorId: bylineId,
    });
    const created = await getUser(db, admin, id);
    expect(created).toMatchObject({ name: 'Nouvelle Personne', role: 'editor', locale: 'ar', authorId: bylineId, twoFactor: false, disabledAt: null, lastSeenAt: null });
    expect(created.email).toBe(created.email.toLowerCase().trim());
    expect(created.author).toEqual({ nameFr: 'Signature Test', nameAr: 'توقيع تجريبي' });
    expect((await lastAudit('user.create', id))?.userId).toBe(admin.id);

    await expect(createUser(db, admin, { email: created.email.toUpperCase(), name: 'Twin', role: 'contributor', password: PASSWORD })).rejects.toMatchObject({
      code: 'conflict',
      messageKey: 'users.errors.emailTaken',
    });
    await expect(createUser(db, admin, { email: 'short@people.test', name: 'Short', role: 'contributor', password: 'elevenchars' })).rejects.toThrow();

    await updateUser(db, admin, id, { name: 'Personne Renommée', role: 'contributor', authorId: null });
    expect((await lastAudit('user.update', id))?.details).toEqual({
      email: created.email,
      changes: { name: { from: 'Nouvelle Personne', to: 'Personne Renommée' }, role: { from: 'editor', to: 'contributor' }, authorId: { from: bylineId, to: null } },
    });

    await createSession(db, id, { mfaVerified: true });
    const listed = (await listUsers(db, admin)).find((row) => row.id === id)!;
    expect(listed.lastSeenAt).toBeInstanceOf(Date);
    expect(Math.abs(listed.lastSeenAt!.getTime() - Date.now())).toBeLessThan(60_000);

    await disableUser(db, admin, id);
    expect((await getUser(db, admin, id)).disabledAt).toBeInstanceOf(Date);
    expect(await db.select().from(sessions).where(eq(sessions.userId, id))).toEqual([]);
    expect((await lastAudit('user.disable', id))?.userId).toBe(admin.id);
    await enableUser(db, admin, id);
    expect((await getUser(db, admin, id)).disabledAt).toBeNull();
    expect((await lastAudit('user.enable', id))?.userId).toBe(admin.id);

    await resetPassword(db, admin, id, 'a reset password!');
    const audit = await lastAudit('user.password_reset', id);
    expect(audit?.userId).toBe(admin.id);
    expect(JSON.stringify(audit?.details)).not.toContain('a reset password!');
  });

  it('an unknown id is not_found', async () => {
    const admin = await actorFor('admin');
    await expect(getUser(db, admin, 999_999)).rejects.toMatchObject({ code: 'not_found' });
    await expect(disableUser(db, admin, 999_999)).rejects.toMatchObject({ code: 'not_found' });
  });
});

describe(`own account (${kind})`, () => {
  it('changing the password needs the current one; wrong guesses count towards the sign-in limit', async () => {
    const me = await makeUser(db, { role: 'editor' });
    const actor = { id: me.id, role: me.role };
    const ip = freshIp();
    await expect(changeOwnPassword(db, actor, { currentPassword: 'not my password', newPassword: 'my next password', ip })).rejects.toMatchObject({
      code: 'bad_request',
      messageKey: 'account.errors.currentPasswordWrong',
    });
    await expect(changeOwnPassword(db, actor, { currentPassword: me.password, newPassword: me.password, ip })).rejects.toMatchObject({ messageKey: 'account.errors.passwordUnchanged' });
    await expect(changeOwnPassword(db, actor, { currentPassword: me.password, newPassword: 'short', ip })).rejects.toThrow();
    for (let i = 0; i < 4; i++) await changeOwnPassword(db, actor, { currentPassword: `guess ${i}`, newPassword: 'my next password', ip }).catch(() => undefined);
    await expect(changeOwnPassword(db, actor, { currentPassword: me.password, newPassword: 'my next password', ip })).rejects.toMatchObject({ code: 'too_many_requests' });
    const [audit] = await db.select().from(auditLog).where(and(eq(auditLog.action, 'account.password_change'), eq(auditLog.userId, me.id)));
    expect(audit).toBeUndefined();
  });

  it('a successful change is audited without the password', async () => {
    const me = await makeUser(db);
    await changeOwnPassword(db, { id: me.id, role: me.role }, { currentPassword: me.password, newPassword: 'the new one, long', ip: '192.0.2.1' });
    const audit = await lastAudit('account.password_change', me.id);
    expect(audit).toMatchObject({ userId: me.id, details: { ip: '192.0.2.1' } });
    expect(JSON.stringify(audit)).not.toContain('the new one');
  });

  it('language preference', async () => {
    const me = await makeUser(db);
    await setOwnLocale(db, { id: me.id, role: me.role }, 'ar');
    expect((await getOwnAccount(db, { id: me.id, role: me.role })).locale).toBe('ar');
    expect((await lastAudit('account.locale', me.id))?.details).toEqual({ from: 'fr', to: 'ar' });
  });

  it('two-factor: enrol, confirm with a code, then disable with a code; audited', async () => {
    const me = await makeUser(db, { role: 'contributor' });
    const actor = { id: me.id, role: me.role };
    const ip = freshIp();
    await expect(confirmTotpEnrolment(db, actor, { code: '123456', ip })).rejects.toMatchObject({ messageKey: 'account.errors.twoFactorNotStarted' });
    const { secret } = await startTotpEnrolment(db, actor);
    const pending = await getOwnAccount(db, actor);
    expect(pending).toMatchObject({ pendingTotpSecret: secret, twoFactorEnabledAt: null });
    // Pending enrolment does not change sign-in.
    const { attemptLogin } = await import('@/lib/auth/login');
    expect((await attemptLogin(db, { email: me.email, password: me.password, ip: freshIp() })).kind).toBe('ok');

    const here = await createSession(db, me.id, { mfaVerified: true });
    const elsewhere = await createSession(db, me.id, { mfaVerified: true });
    const hereId = (await validateSession(db, here.token))!.sessionId;
    const now = new Date();
    const wrong = totpCode(secret, new Date(now.getTime() + 10 * 60_000));
    await expect(confirmTotpEnrolment(db, actor, { code: wrong, ip, keepSessionId: hereId }, now)).rejects.toMatchObject({ messageKey: 'account.errors.invalidCode' });
    await confirmTotpEnrolment(db, actor, { code: totpCode(secret, now), ip, keepSessionId: hereId }, now);
    expect((await getOwnAccount(db, actor)).twoFactorEnabledAt).toEqual(now);
    expect(await validateSession(db, here.token)).not.toBeNull();
    expect(await validateSession(db, elsewhere.token)).toBeNull();
    expect((await lastAudit('account.2fa_enable', me.id))?.userId).toBe(me.id);
    await expect(startTotpEnrolment(db, actor)).rejects.toMatchObject({ messageKey: 'account.errors.twoFactorAlreadyOn' });
    expect((await attemptLogin(db, { email: me.email, password: me.password, ip: freshIp() })).kind).toBe('mfa_required');

    // Compulsory two-factor cannot be switched off.
    await db.insert(settings).values({ key: 'require_2fa', value: true }).onConflictDoUpdate({ target: settings.key, set: { value: true } });
    await expect(disableTotp(db, actor, { code: totpCode(secret), ip })).rejects.toMatchObject({ messageKey: 'account.errors.twoFactorCompulsory' });
    await db.insert(settings).values({ key: 'require_2fa', value: false }).onConflictDoUpdate({ target: settings.key, set: { value: false } });

    await expect(disableTotp(db, actor, { code: wrong, ip })).rejects.toMatchObject({ messageKey: 'account.errors.invalidCode' });
    // The code that confirmed enrolment has been used: disabling takes a later one.
    await expect(disableTotp(db, actor, { code: totpCode(secret, now), ip }, now)).rejects.toMatchObject({ messageKey: 'account.errors.invalidCode' });
    const later = new Date(now.getTime() + 30_000);
    await disableTotp(db, actor, { code: totpCode(secret, later), ip }, later);
    expect(await getOwnAccount(db, actor)).toMatchObject({ twoFactorEnabledAt: null, pendingTotpSecret: null });
    expect((await lastAudit('account.2fa_disable', me.id))?.userId).toBe(me.id);
  });

  it('a disabled account cannot act on itself', async () => {
    const me = await makeUser(db);
    await db.update(users).set({ disabledAt: new Date() }).where(eq(users.id, me.id));
    await expect(setOwnLocale(db, { id: me.id, role: me.role }, 'ar')).rejects.toMatchObject({ code: 'unauthorized' });
  });
});

describe(`site settings (${kind})`, () => {
  it('saves, reads back, reaches the reader queries and audits only what changed', async () => {
    const admin = await actorFor('admin');
    const next: SiteSettings = {
      siteName: { fr: 'Jarida Test', ar: 'جريدة تجريبية' },
      hijriOffset: -1,
      adNetworkTag: { src: 'https://ads.example.com/tag.js', google: true },
      require2fa: false,
    };
    const { changed } = await updateSettings(db, admin, next);
    expect(changed.length).toBeGreaterThan(0);
    expect(await getSettings(db, admin)).toEqual(next);
    expect(await readSiteName(db)).toEqual(next.siteName);
    expect((await getSiteChrome(db, 'fr', new Date())).hijriOffset).toBe(-1);
    expect((await getSiteChrome(db, 'fr', new Date())).adNetworkTag).toEqual({ src: 'https://ads.example.com/tag.js', google: true });

    expect((await updateSettings(db, admin, next)).changed).toEqual([]);
    const { changed: second } = await updateSettings(db, admin, { ...next, hijriOffset: 2, adNetworkTag: null });
    expect(second.sort()).toEqual(['ad_network_tag', 'hijri_offset']);
    expect((await getSiteChrome(db, 'fr', new Date())).adNetworkTag).toBeNull();
    expect(await db.select().from(settings).where(eq(settings.key, 'ad_network_tag'))).toEqual([]);
    const audit = await lastAudit('settings.update');
    expect(audit).toMatchObject({
      userId: admin.id,
      entityType: 'settings',
      details: { changes: { hijri_offset: { from: -1, to: 2 }, ad_network_tag: { from: next.adNetworkTag, to: null } } },
    });
  });

  it('refuses values the reader could not use', async () => {
    const admin = await actorFor('admin');
    const base = await getSettings(db, admin);
    for (const bad of [
      { ...base, hijriOffset: 3 },
      { ...base, hijriOffset: 0.5 },
      { ...base, siteName: { fr: '', ar: 'x' } },
      { ...base, adNetworkTag: { src: 'http://ads.example.com/tag.js', google: false } },
      { ...base, adNetworkTag: { src: '//ads.example.com/tag.js', google: false } },
      { ...base, adNetworkTag: { src: 'javascript:alert(1)', google: false } },
    ]) {
      await expect(updateSettings(db, admin, bad as SiteSettings), JSON.stringify(bad)).rejects.toThrow();
    }
  });
});

describe(`audit log (${kind})`, () => {
  it('filters by user, action prefix and entity type, newest first, paginated', async () => {
    const admin = await actorFor('admin');
    const other = await actorFor('editor');
    const stamp = `t${Date.now()}`;
    const rows = Array.from({ length: AUDIT_PAGE_SIZE + 5 }, (_, i) => ({
      userId: i % 2 === 0 ? admin.id : other.id,
      action: i % 3 === 0 ? `${stamp}_x.create` : `${stamp}.update`,
      entityType: `thing_${stamp}`,
      entityId: String(i),
      details: { i },
      createdAt: new Date(Date.UTC(2026, 0, 1, 0, i)),
    }));
    await db.insert(auditLog).values(rows);

    const all = await listAudit(db, admin, { entityType: `thing_${stamp}` });
    expect(all.total).toBe(rows.length);
    expect(all.pages).toBe(2);
    expect(all.rows).toHaveLength(AUDIT_PAGE_SIZE);
    expect(all.rows[0]!.entityId).toBe(String(rows.length - 1));
    // The newest (i = 54) is even: the admin's.
    expect(all.rows[0]!.user).toEqual({ id: admin.id, name: expect.any(String), email: admin.email });
    expect(all.rows[1]!.user?.id).toBe(other.id);
    const page2 = await listAudit(db, admin, { entityType: `thing_${stamp}`, page: 2 });
    expect(page2.rows.map((row) => row.entityId)).toEqual(['4', '3', '2', '1', '0']);
    expect((await listAudit(db, admin, { entityType: `thing_${stamp}`, page: 99 })).page).toBe(2);

    const byUser = await listAudit(db, admin, { entityType: `thing_${stamp}`, userId: admin.id });
    expect(byUser.total).toBe(Math.ceil(rows.length / 2));
    expect(byUser.rows.every((row) => row.user?.id === admin.id)).toBe(true);

    // "_" is a LIKE wildcard: the prefix must match literally.
    const prefixed = await listAudit(db, admin, { action: `${stamp}_x.` });
    expect(prefixed.total).toBe(rows.filter((row) => row.action.startsWith(`${stamp}_x.`)).length);
    expect((await listAudit(db, admin, { action: `${stamp}%` })).total).toBe(0);
    expect((await listAudit(db, admin, { action: `${stamp}.` })).total).toBe(rows.filter((row) => row.action.startsWith(`${stamp}.`)).length);
    expect((await listAudit(db, admin, { entityType: `thing_${stamp}`, entityId: '7' })).rows.map((row) => row.details)).toEqual([{ i: 7 }]);

    const options = await auditFilterOptions(db, admin);
    expect(options.entityTypes).toContain(`thing_${stamp}`);
    expect(options.actionPrefixes).toContain(`${stamp}_x.`);
    expect(options.users.some((user) => user.id === admin.id)).toBe(true);
  });

  it('ignores malformed filters instead of failing', async () => {
    const admin = await actorFor('admin');
    const result = await listAudit(db, admin, { userId: 'abc', page: '-3' });
    expect(result.page).toBe(1);
  });
});
