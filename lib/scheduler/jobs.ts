import { and, eq, gt, lte, or } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { jobRuns } from '@/db/schema';

/*
 * Periodic housekeeping that every instance triggers but only one must do per interval (the
 * auth purge, the views prune, the search lexicon refresh). The claim lives in the database, so
 * it holds with or without Redis, on the embedded database as on a server.
 */

export interface PeriodicJob {
  name: string;
  intervalMs: number;
}

/**
 * Claims this interval's run of `job` at `now`: true for exactly one of any number of callers.
 * One statement: the row lock taken by ON CONFLICT makes racing claims wait, then re-check the
 * condition against the winner's start. A start recorded more than an interval ahead of `now`
 * comes from a clock that was wrong; it must not hold the job off until that date comes.
 */
export async function claimJob(db: Database, job: PeriodicJob, now: Date): Promise<boolean> {
  const claimed = await db
    .insert(jobRuns)
    .values({ name: job.name, lastStartedAt: now })
    .onConflictDoUpdate({
      target: jobRuns.name,
      set: { lastStartedAt: now },
      setWhere: or(
        lte(jobRuns.lastStartedAt, new Date(now.getTime() - job.intervalMs)),
        gt(jobRuns.lastStartedAt, new Date(now.getTime() + job.intervalMs)),
      ),
    })
    .returning({ name: jobRuns.name });
  return claimed.length === 1;
}

/** Gives back a claim whose run failed, so that the next tick (on any instance) runs it again. */
export async function releaseJob(db: Database, job: PeriodicJob, claimedAt: Date): Promise<void> {
  await db
    .update(jobRuns)
    .set({ lastStartedAt: new Date(claimedAt.getTime() - job.intervalMs) })
    .where(and(eq(jobRuns.name, job.name), eq(jobRuns.lastStartedAt, claimedAt)));
}

/**
 * One process's trigger for `job`, to call as often as convenient (every scheduler tick, every
 * search): it asks the database at most once per interval of the given clock, and runs `run`
 * only with the claim. A failed run gives its claim back and is tried again on the next call.
 * Resolves to whether this call ran the job.
 */
export function createJobTrigger(job: PeriodicJob, run: (db: Database, now: Date) => Promise<unknown>) {
  let askedAt: number | null = null;
  return async function trigger(db: Database, now: Date): Promise<boolean> {
    // abs(): a clock set back must not silence the trigger for as long as it went back.
    if (askedAt !== null && Math.abs(now.getTime() - askedAt) < job.intervalMs) return false;
    askedAt = now.getTime();
    try {
      if (!(await claimJob(db, job, now))) return false;
    } catch (error) {
      askedAt = null;
      throw error;
    }
    try {
      await run(db, now);
      return true;
    } catch (error) {
      askedAt = null;
      await releaseJob(db, job, now).catch(() => {});
      throw error;
    }
  };
}
