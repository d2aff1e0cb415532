import 'server-only';
import http from 'node:http';
import https from 'node:https';
import { after } from 'next/server';
import { liveEnv } from '@/lib/env';
import { ownOrigin } from '@/lib/http/own-origin';
import { WarmQueue, type WarmFetcher } from './warm-queue';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('warm');

/*
 * Warm on publish: once an editor's change (or the scheduler's) has expired reader pages, this
 * process requests them from itself, so the render happens now rather than on the first reader's
 * request. Only server code calls it, with paths computed from an article change: no request
 * parameter reaches it, so nobody outside can make the server fetch anything.
 */

// Identifies the requests in logs. "bot" keeps it out of anything that counts readers, although
// views are only counted by the browser's beacon, which a server-side GET never runs.
export const WARM_USER_AGENT = 'Jarida-cache-warm/1 (bot; own server)';

/**
 * Through node:http, not fetch: Next patches the global fetch, and these requests run in the
 * async context of whichever (finished) request queued them. Identity encoding spares the server
 * compressing a body nobody reads.
 */
export const fetchOwnPage: WarmFetcher = (path, signal) =>
  new Promise((resolve, reject) => {
    const url = new URL(path, ownOrigin());
    const request = (url.protocol === 'https:' ? https : http).get(
      url,
      { signal, headers: { 'user-agent': WARM_USER_AGENT, accept: 'text/html', 'accept-encoding': 'identity' } },
      (response) => {
        // Read to the end and dropped: nothing of it is needed, but the socket must be freed.
        response.on('data', () => {});
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
  });

const holder = globalThis as unknown as { jaridaWarmQueue?: WarmQueue };

function queue(): WarmQueue {
  holder.jaridaWarmQueue ??= new WarmQueue({
    fetchPage: fetchOwnPage,
    concurrency: 1,
    capacity: 64,
    timeoutMs: 20_000,
    onError: (error) => log.warn({ err: error }, 'warming a page failed'),
    onDrop: (count) => log.warn({ pages: count }, 'queue full: pages left to their first reader'),
    onIdle: (run) => log.info({ pages: run.warmed, failed: run.failed, ms: run.ms }, 'pages rendered ahead of readers'),
  });
  return holder.jaridaWarmQueue;
}

/**
 * Only a production server has a page cache to fill (`next dev` renders every request), and
 * JARIDA_WARM=off turns it off, e.g. on a process that serves no readers.
 */
function enabled(): boolean {
  return process.env.NODE_ENV === 'production' && liveEnv().JARIDA_WARM === 'on';
}

/**
 * Requests the given reader paths from this process once the current response has gone out
 * (`after`), so the editor never waits for them and their tags are expired by then. Outside a
 * request (a script), they are queued at once. Never throws.
 */
export function warmReaderPages(paths: readonly string[]): void {
  if (!paths.length || !enabled()) return;
  try {
    after(() => {
      queue().enqueue(paths);
    });
  } catch {
    queue().enqueue(paths);
  }
}
