import 'server-only';
import { closeDatabases } from '@/db';
import { flushAllViews } from '@/lib/data/view-counter';
import { httpDrain } from '@/lib/http/drain';
import { closeSharedRedis } from '@/lib/redis';
import { stopScheduler } from '@/lib/scheduler/scheduler';
import { logger } from '@/lib/observability/log.mjs';
import { flushTraces } from '@/lib/observability/trace.mjs';

const log = logger('shutdown');

/*
 * Graceful shutdown of a `next start` process, in one place. On SIGTERM or SIGINT the instance
 * stops listening (a balancer's new connections are refused and go to another instance), serves
 * what is in flight and what still arrives on open connections (told to close after), then writes
 * the view counts, closes its database pool and Redis, and exits 0, all within 10 s.
 *
 * `next start` has a handler of its own (next/dist/server/lib/start-server.js): it closes the
 * server, waits for every connection to end, awaits Next's `after()` and background revalidation
 * work, then exits 143 (SIGTERM) or 130 (SIGINT). The app gets no turn between the last request
 * and that exit, so it replaces the handler. Not kept from it: waiting for background
 * revalidations still running (the stale page stays cached and is rendered again later).
 */

const SIGNALS = ['SIGTERM', 'SIGINT'] as const;
/** Within the 10 s a supervisor allows (deploy/jarida@.service: TimeoutStopSec). */
const DEADLINE_MS = 9_500;
/**
 * Long enough for nginx to drop its idle keep-alive connections (upstream keepalive_timeout,
 * deploy/nginx-cache.conf) and for slow requests; what is still open then is cut.
 */
const DRAIN_MS = 7_500;

const holder = globalThis as unknown as { jaridaShutdown?: { started: boolean } };

/** Called once from instrumentation.ts, in the production server. */
export function installGracefulShutdown(): void {
  if (holder.jaridaShutdown) return;
  holder.jaridaShutdown = { started: false };
  httpDrain();
  // register() runs once start-server.js has registered its handlers: the only listeners here
  // are next start's own (that one, and --experimental-cpu-prof's, dropped as well).
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) process.removeListener(signal, listener);
    process.on(signal, onSignal);
  }
}

function onSignal(signal: NodeJS.Signals): void {
  const state = holder.jaridaShutdown!;
  if (state.started) {
    log.warn({ signal }, 'signal again: already shutting down');
    return;
  }
  state.started = true;
  void shutdown(signal);
}

async function shutdown(signal: NodeJS.Signals): Promise<void> {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  const deadline = setTimeout(() => {
    log.error(`not done after ${DEADLINE_MS} ms: exiting anyway`);
    process.exit(1);
  }, DEADLINE_MS);

  log.info({ signal }, 'refusing new connections, finishing the requests under way');
  stopScheduler();
  const drained = await httpDrain().drain(DRAIN_MS);
  log.info(`requests finished after ${drained.ms} ms${drained.forced ? ' (the connections still open were cut)' : ''}`);

  let clean = !drained.forced;
  // Views before the pool they are written with.
  const steps: [string, () => Promise<void>][] = [
    ['views', flushAllViews],
    ['database', closeDatabases],
    ['redis', closeSharedRedis],
    ['traces', flushTraces],
  ];
  for (const [label, step] of steps) {
    try {
      await step();
    } catch (error) {
      clean = false;
      log.error({ err: error, step: label }, 'step failed');
    }
  }
  clearTimeout(deadline);
  log.info(`done in ${elapsed()} ms`);
  process.exit(clean ? 0 : 1);
}
