import { liveEnv } from '@/lib/env';

/**
 * Where this process's own HTTP server answers, for the requests it sends itself (the scheduler's
 * tick, warming reader pages after a publish). Never SITE_URL: that is the public address, which
 * behind nginx or a CDN may not be reachable from the server, and behind a load balancer may land
 * on another process, whose caches the change did not expire.
 *
 * In order:
 * 1. `JARIDA_OWN_ORIGIN` (e.g. `http://10.0.0.5:3001`), for a server that does not answer on
 *    localhost: bound to another address (`next start -H 10.0.0.5`; deploy/jarida@.service sets
 *    it from JARIDA_BIND) or not started by Next.
 * 2. `http://localhost:$PORT`: `next start` sets PORT to the port it listens on (3000 without
 *    it). A process bound elsewhere gets connection errors, which callers log and survive.
 */
export function ownOrigin(settings: { JARIDA_OWN_ORIGIN?: string; PORT?: string } = liveEnv()): string {
  return httpOrigin(settings.JARIDA_OWN_ORIGIN) ?? `http://localhost:${/^\d{1,5}$/.test(settings.PORT ?? '') ? settings.PORT : 3000}`;
}

function httpOrigin(value: string | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}
