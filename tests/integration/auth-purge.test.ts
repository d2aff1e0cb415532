import { eq, inArray } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { jobRuns, loginAttempts, sessions } from '@/db/schema';
import { FAILURE_WINDOW_MS } from '@/lib/auth/login';
import { createSession, SESSION_ABSOLUTE_MS, SESSION_IDLE_MS, validateSession } from '@/lib/auth/sessions';
import { AUTH_PURGE_JOB, createPurgeTrigger, LOGIN_ATTEMPT_RETENTION_MS, PURGE_INTERVAL_MS } from '@/lib/scheduler/purge';
import { freshIp, makeUser } from './support/accounts';
import { testDb } from './support/db';

const handle = testDb();
const db = handle.db;
afterAll(() => handle.close());

const kind = inject('databaseKind');
const MINUTE = 60_000;

describe(`purge of expired sessions and old sign-in attempts on the scheduler's tick (${kind})`, () => {
  it('deletes what can no longer be used, keeps the rest, and runs at most once per interval of the injected clock', async () => {
    // Every row is placed relative to this instant, and the clock below starts from it: any date works.
    const user = await makeUser(db);
    const t0 = new Date(Date.now() + MINUTE); // after the account's password_changed_at
    const at = (ms: number) => new Date(t0.getTime() + ms);
    const live = await createSession(db, user.id, { mfaVerified: true, now: at(-MINUTE) });
    const idle = await createSession(db, user.id, { mfaVerified: true, now: at(-SESSION_IDLE_MS - MINUTE) });
    const old = await createSession(db, user.id, { mfaVerified: true, now: at(-SESSION_ABSOLUTE_MS - MINUTE) });
    // Still touched recently, but past its absolute limit.
    await db.update(sessions).set({ lastSeenAt: at(-MINUTE) }).where(eq(sessions.userId, user.id));
    await db.update(sessions).set({ lastSeenAt: at(-SESSION_IDLE_MS - MINUTE) }).where(eq(sessions.createdAt, at(-SESSION_IDLE_MS - MINUTE)));
    const ip = freshIp();
    const attempts = await db
      .insert(loginAttempts)
      .values([
        { email: user.email, ip, succeeded: false, createdAt: at(-LOGIN_ATTEMPT_RETENTION_MS - MINUTE) },
        { email: user.email, ip, succeeded: false, createdAt: at(-FAILURE_WINDOW_MS + MINUTE) },
      ])
      .returning({ id: loginAttempts.id });

    const ids = async () => (await db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, user.id))).length;
    const attemptsLeft = async () =>
      (await db.select({ id: loginAttempts.id }).from(loginAttempts).where(inArray(loginAttempts.id, attempts.map((a) => a.id)))).map((a) => a.id);
    expect(await ids()).toBe(3);

    let clock = t0;
    const trigger = createPurgeTrigger();
    const tick = () => trigger(db, clock);
    const lastStart = async () => (await db.select().from(jobRuns).where(eq(jobRuns.name, AUTH_PURGE_JOB.name)))[0]?.lastStartedAt;

    expect(await tick()).toBe(true);
    expect(await lastStart()).toEqual(t0);
    expect(await ids()).toBe(1);
    expect(await validateSession(db, live.token, t0)).not.toBeNull();
    expect(await validateSession(db, idle.token, t0)).toBeNull();
    expect(await validateSession(db, old.token, t0)).toBeNull();
    expect(await attemptsLeft()).toEqual([attempts[1]!.id]);

    // Within the interval, ticks do nothing, even though the live session has expired by then;
    // nor does another instance's first tick (the claim is in the database).
    const early = at(PURGE_INTERVAL_MS - 1);
    clock = early;
    expect(await tick()).toBe(false);
    expect(await createPurgeTrigger()(db, early)).toBe(false);
    expect(await lastStart()).toEqual(t0);

    // Once the interval has passed, it runs again with the clock's time.
    clock = at(SESSION_IDLE_MS + MINUTE);
    expect(await tick()).toBe(true);
    expect(await lastStart()).toEqual(clock);
    expect(await ids()).toBe(0);
  });

  it('keeps attempts the throttle still reads', () => {
    expect(LOGIN_ATTEMPT_RETENTION_MS).toBeGreaterThanOrEqual(FAILURE_WINDOW_MS);
  });
});
