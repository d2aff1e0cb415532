/**
 * The client address for per-address limits (sign-in attempts, counted views): the last
 * X-Forwarded-For hop, which is the one our own front proxy (or Next's server, when the header is
 * absent) wrote. Deployed behind a reverse proxy that overwrites X-Forwarded-For, a client cannot
 * choose it; exposed directly, a client could, and only the limits that do not depend on the
 * address would hold (see README).
 */
export function clientAddress(requestHeaders: Headers): string {
  const hops = (requestHeaders.get('x-forwarded-for') ?? '').split(',').map((hop) => hop.trim()).filter(Boolean);
  return hops.at(-1) ?? requestHeaders.get('x-real-ip') ?? 'unknown';
}
