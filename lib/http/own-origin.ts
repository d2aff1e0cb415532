/**
 * Where this process's own HTTP server answers, for the requests it sends itself (the scheduler's
 * tick, warming reader pages after a publish). Never SITE_URL: that is the public address, which
 * behind nginx or a CDN may not be reachable from the server, and behind a load balancer may land
 * on another process, whose caches the change did not expire.
 *
 * In order:
 * 1. `JARIDA_OWN_ORIGIN` (e.g. `http://10.0.0.5:3000`), for a server Next does not start itself.
 * 2. `__NEXT_PRIVATE_ORIGIN`, which `next start` (and the standalone `server.js`, same code:
 *    next/dist/server/lib/start-server.js) sets once listening: the `-H` address as given, or
 *    `localhost` when there was none or it was `0.0.0.0` (`[::1]` for `::`), and the actual port.
 * 3. `http://localhost:$PORT` (3000 without it): Next sets PORT too; a process bound elsewhere
 *    gets connection errors, which callers log and survive.
 */
export function ownOrigin(env: Partial<Record<string, string | undefined>> = process.env): string {
  for (const candidate of [env.JARIDA_OWN_ORIGIN, env.__NEXT_PRIVATE_ORIGIN]) {
    const origin = httpOrigin(candidate);
    if (origin) return origin;
  }
  return `http://localhost:${/^\d{1,5}$/.test(env.PORT ?? '') ? env.PORT : 3000}`;
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
