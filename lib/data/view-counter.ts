import 'server-only';
import { withDb } from '@/db';
import { ViewBuffer } from '@/lib/views/buffer';
import { createViewsPruneTrigger, recordViews } from './views-queries';
import { logger } from '@/lib/observability/log.mjs';
import { counter } from '@/lib/observability/metrics.mjs';
import { detached } from '@/lib/observability/trace.mjs';

const log = logger('views');
const flushes = counter('jarida_view_flushes_total', 'View-counter flushes to the database, by result (empty: nothing to write).');
const flushed = counter('jarida_views_flushed_total', 'Page views written to the database.');

const FLUSH_INTERVAL_MS = 10_000;

interface CounterState {
  buffer: ViewBuffer;
  timer?: NodeJS.Timeout;
  flushing?: Promise<void>;
  prune: ReturnType<typeof createViewsPruneTrigger>;
}

// On globalThis so that dev reloads and separately bundled route modules share one buffer.
const globalForViews = globalThis as unknown as { jaridaViews?: CounterState };

function state(): CounterState {
  globalForViews.jaridaViews ??= { buffer: new ViewBuffer(), prune: createViewsPruneTrigger() };
  return globalForViews.jaridaViews;
}

/** Counts one page view; it reaches the database with the next flush. */
export function countView(articleId: number, at: Date = new Date()): void {
  const current = state();
  current.buffer.add(articleId, at);
  if (current.timer) return;
  // Started by a reader's view: the flushes are no part of that request.
  current.timer = detached(() => setInterval(() => void flushViews(), FLUSH_INTERVAL_MS));
  current.timer.unref();
}

/**
 * Writes the buffered counts in one statement; on failure they go back into the buffer. Old
 * hours are pruned once an hour across all instances, relative to `now` (injectable so that
 * counts made at a given instant are judged against that same clock, not against the wall clock).
 */
export function flushViews(now: () => Date = () => new Date()): Promise<void> {
  const current = state();
  // One flush at a time: a slow database must not pile up overlapping inserts.
  current.flushing ??= (async () => {
    const entries = current.buffer.drain();
    try {
      if (entries.length) await withDb('views flush', (db) => recordViews(db, entries));
      flushes.inc({ result: entries.length ? 'ok' : 'empty' });
      flushed.inc({}, entries.reduce((sum, entry) => sum + entry.views, 0));
    } catch (error) {
      current.buffer.restore(entries);
      flushes.inc({ result: 'failed' });
      log.error({ err: error, counts: entries.length }, 'flush failed, counts kept for the next one');
    }
    try {
      await withDb('views prune', (db) => current.prune(db, now()));
    } catch (error) {
      log.error({ err: error }, 'prune failed');
    } finally {
      current.flushing = undefined;
    }
  })();
  return current.flushing;
}

/**
 * Everything counted so far, at shutdown (lib/shutdown.ts). A periodic flush may be under way:
 * flushViews() then returns it, and the counts made since wait for one more. Throws if some
 * could not be written.
 */
export async function flushAllViews(): Promise<void> {
  await flushViews();
  if (state().buffer.size) await flushViews();
  const left = state().buffer.size;
  if (left) throw new Error(`${left} view count(s) could not be written`);
}
