/**
 * Route handlers get no CSRF protection from Next, so every mutating handler checks that the
 * browser says the request comes from this site (Origin, or Sec-Fetch-Site when Origin is absent).
 */
export function isSameOrigin(request: Request): boolean {
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
  const origin = request.headers.get('origin');
  if (origin) {
    if (origin === 'null' || !host) return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  const site = request.headers.get('sec-fetch-site');
  return site === null || site === 'same-origin' || site === 'none';
}

/** Where to send the reader back: the referring page on this site, never another site. */
export function safeReturnPath(request: Request, fallback: string): string {
  const referer = request.headers.get('referer');
  const host = request.headers.get('x-forwarded-host') ?? request.headers.get('host');
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
