import { liveEnv } from '@/lib/env';
import { ownOrigin } from '@/lib/http/own-origin';
import { schedulerToken } from './token';
import { logger } from '@/lib/observability/log.mjs';
import { counter } from '@/lib/observability/metrics.mjs';

const log = logger('scheduler');
const runs = counter('jarida_scheduler_runs_total', 'Scheduler ticks (publishing due articles, purges), by result.');

export const SCHEDULER_INTERVAL_MS = 15_000;
const holder = globalThis as unknown as { jaridaScheduler?: NodeJS.Timeout };

/**
 * Scheduled articles publish themselves: the server calls its own scheduler route every 15 s.
 * Through a request because cache invalidation (revalidateTag) only works inside one. No cron
 * to install, and at most one interval per process.
 */
export function startScheduler(): void {
  if (holder.jaridaScheduler || liveEnv().JARIDA_SCHEDULER === 'off') return;
  const token = schedulerToken();
  holder.jaridaScheduler = setInterval(() => {
    fetch(`${ownOrigin()}/api/internal/scheduler`, { method: 'POST', headers: { 'x-jarida-scheduler': token } })
      .then(async (response) => {
        if (response.ok) return runs.inc({ result: 'ok' });
        runs.inc({ result: 'failed' });
        log.error({ status: response.status, body: (await response.text()).slice(0, 500) }, 'tick failed');
      })
      .catch((error: unknown) => {
        runs.inc({ result: 'failed' });
        log.error({ err: error }, 'tick failed');
      });
  }, SCHEDULER_INTERVAL_MS);
  holder.jaridaScheduler.unref();
}

/** No tick after this (graceful shutdown); one already sent is a request like any other. */
export function stopScheduler(): void {
  clearInterval(holder.jaridaScheduler);
  holder.jaridaScheduler = undefined;
}
