import { lt, or } from 'drizzle-orm';
import { withDb } from '@/db';
import type { Database } from '@/db/client';
import { loginAttempts, sessions } from '@/db/schema';
import { FAILURE_WINDOW_MS } from '@/lib/auth/login';
import { SESSION_IDLE_MS } from '@/lib/auth/sessions';
import { createJobTrigger, type PeriodicJob } from './jobs';

/** Not every 15 s tick: the rows only need to go eventually, and a delete per tick is wasted work. */
export const PURGE_INTERVAL_MS = 10 * 60 * 1000;
/**
 * Sign-in attempts are read back over FAILURE_WINDOW_MS only (the throttle); a day is kept so an
 * admin looking into a burst of failures still has them. The audit log keeps the long record.
 */
export const LOGIN_ATTEMPT_RETENTION_MS = 24 * 60 * 60 * 1000;

/** Deletes sessions past their absolute or idle limit and sign-in attempts past retention. */
export async function purgeAuthRecords(db: Database, now: Date): Promise<{ sessions: number; loginAttempts: number }> {
  const idleSince = new Date(now.getTime() - SESSION_IDLE_MS);
  const attemptsBefore = new Date(now.getTime() - Math.max(LOGIN_ATTEMPT_RETENTION_MS, FAILURE_WINDOW_MS));
  const goneSessions = await db
    .delete(sessions)
    .where(or(lt(sessions.expiresAt, now), lt(sessions.lastSeenAt, idleSince)))
    .returning({ id: sessions.id });
  const goneAttempts = await db.delete(loginAttempts).where(lt(loginAttempts.createdAt, attemptsBefore)).returning({ id: loginAttempts.id });
  return { sessions: goneSessions.length, loginAttempts: goneAttempts.length };
}

/** The purge as the scheduler's tick runs it: once per PURGE_INTERVAL_MS across all instances. */
export const AUTH_PURGE_JOB: PeriodicJob = { name: 'auth-purge', intervalMs: PURGE_INTERVAL_MS };

/** One process's purge trigger, to call on every tick (lib/scheduler/jobs.ts). */
export function createPurgeTrigger() {
  return createJobTrigger(AUTH_PURGE_JOB, purgeAuthRecords);
}

/** The same, owning its connection, for the scheduler's route. */
export function createScheduledPurge(): (now: Date) => ReturnType<ReturnType<typeof createPurgeTrigger>> {
  const trigger = createPurgeTrigger();
  return (now) => withDb('scheduler.purge', (db) => trigger(db, now));
}
