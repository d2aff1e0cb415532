/** What a request without an Origin header is taken for: each caller's rule, in one place. */
export type WithoutOrigin =
  /**
   * Route handlers: allowed unless Sec-Fetch-Site names another site. `none` is an address the
   * reader typed; no header at all is an older browser's form post.
   */
  | 'unless-cross-site'
  /** View beacons: only Sec-Fetch-Site `same-origin`; scripts that say nothing are not readers. */
  | 'same-origin-fetch-only'
  /** Server actions: browsers always send Origin with them, so a request without one is refused. */
  | 'refuse';

/**
 * Whether the browser says the request comes from this site: its Origin names our host (behind a
 * proxy, X-Forwarded-Host), or, when it sends no Origin, as `withoutOrigin` decides. Route
 * handlers get no CSRF protection from Next, and Next's own check on server actions is repeated
 * where we can see and test it.
 */
export function isSameOrigin(headers: Headers, withoutOrigin: WithoutOrigin): boolean {
  const origin = headers.get('origin');
  if (origin) {
    const host = requestHost(headers);
    if (origin === 'null' || !host) return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  if (withoutOrigin === 'refuse') return false;
  const site = headers.get('sec-fetch-site');
  if (withoutOrigin === 'same-origin-fetch-only') return site === 'same-origin';
  return site === null || site === 'same-origin' || site === 'none';
}

/** The host the browser addressed: X-Forwarded-Host behind a proxy, else Host. */
function requestHost(headers: Headers): string | null {
  return headers.get('x-forwarded-host') ?? headers.get('host');
}

/** Where to send the reader back: the referring page on this site, never another site. */
export function safeReturnPath(request: Request, fallback: string): string {
  const referer = request.headers.get('referer');
  const host = requestHost(request.headers);
  if (!referer || !host) return fallback;
  try {
    const url = new URL(referer);
    if (url.host !== host || !url.pathname.startsWith('/') || url.pathname.startsWith('//')) return fallback;
    return `${url.pathname}${url.search}`;
  } catch {
    return fallback;
  }
}

/**
 * A same-site path as a Location header value: header values must be ASCII, so non-ASCII (an
 * Arabic slug) is percent-encoded, the way the URL parser does it. Never decodes first: a
 * referring address may carry any bytes, including broken escapes such as `%E0%A4%A`, which
 * are passed on as they are instead of throwing.
 */
export function locationPath(path: string): string {
  const url = new URL(path, 'http://localhost');
  return `${url.pathname}${url.search}`;
}
