import createMiddleware from 'next-intl/middleware';
import { NextRequest, NextResponse } from 'next/server';
import { sessionCookieName } from './lib/auth/cookie';
import { nextWithAdminCsp } from './lib/http/admin-csp';
import { isDatabaseDown } from './lib/db-health';
import { LOCALE_COOKIE } from './lib/i18n/locale-cookie';
import { isReaderRoute, notFoundPagePath } from './lib/i18n/reader-paths';
import { isAppLocale, routing } from './lib/i18n/routing';
import { undecodableResponse, unavailableResponse } from './lib/standalone-page';

const handleI18nRouting = createMiddleware(routing);

export default async function proxy(request: NextRequest) {
  const admin = request.nextUrl.pathname === '/admin' || request.nextUrl.pathname.startsWith('/admin/');
  // Next parses any multipart POST to a page as a possible Server Action and answers a body it
  // cannot parse with a 500. Reader pages have no Server Actions (their forms post to /api/*); the
  // newsroom's must at least be well-formed.
  if (request.method === 'POST' && request.headers.get('content-type')?.startsWith('multipart/form-data')) {
    if (!admin) return new NextResponse('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } });
    if (!(await isWellFormedForm(request))) return new NextResponse('Malformed form body', { status: 400 });
  }
  // A path that does not decode names nothing; Next would answer it with a bare 500.
  if (!decodes(request.nextUrl.pathname)) {
    const segments = request.nextUrl.pathname.split('/');
    const segment = admin ? segments[2] : segments[1];
    return undecodableResponse(isAppLocale(segment) ? segment : routing.defaultLocale);
  }
  if (admin) return adminProxy(request);
  // An address that names no route, and a preview without a session cookie (previews render per
  // request, after the shell has gone out; the page itself still checks the session), get the
  // 404 page rendered on the server, with its status, from here: a notFound() thrown while
  // rendering answers an empty document the browser fills in (app/[locale]/not-found.tsx).
  const unknown = !isReaderRoute(request.nextUrl.pathname);
  const preview = /^\/(fr|ar)\/preview\//.test(request.nextUrl.pathname) && !request.cookies.get(sessionCookieName());
  if (unknown || preview) {
    const locale = request.nextUrl.pathname.split('/')[1];
    if (isAppLocale(locale)) return NextResponse.rewrite(new URL(notFoundPagePath(locale), request.url), { status: 404 });
  }

  // Reader pages are the same static bytes for everyone: consent, the prayer strip's city and
  // the ad decision are read by browser islands, so nothing per reader is passed on from here.
  const response = handleI18nRouting(request);
  // No Set-Cookie on reader responses, so a shared cache in front may keep every page (nginx and
  // CDNs refuse to store responses that set cookies). LocaleMemory records the language instead.
  response.headers.delete('set-cookie');

  // Only page renders: redirects (e.g. / → /fr) need no database and still work.
  if (response.ok && isDatabaseDown()) {
    const segment = request.nextUrl.pathname.split('/')[1];
    return unavailableResponse(isAppLocale(segment) ? segment : routing.defaultLocale);
  }
  return response;
}

function decodes(pathname: string): boolean {
  try {
    decodeURIComponent(pathname);
    return true;
  } catch {
    return false;
  }
}

async function isWellFormedForm(request: NextRequest): Promise<boolean> {
  try {
    await request.clone().formData();
    return true;
  } catch {
    return false;
  }
}

/**
 * The admin only gets an early redirect to sign-in when there is no session cookie at all;
 * every admin page, action and data-layer write checks the session and role itself.
 */
function adminProxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  const [, , locale, page] = pathname.split('/');
  if (!locale || !isAppLocale(locale)) {
    const preferred = request.cookies.get(LOCALE_COOKIE.name)?.value;
    return NextResponse.redirect(new URL(`/admin/${isAppLocale(preferred) ? preferred : routing.defaultLocale}`, request.url));
  }
  const open = page === 'login' || page === 'setup';
  if (!open && !request.cookies.get(sessionCookieName())) {
    return NextResponse.redirect(new URL(`/admin/${locale}/login`, request.url));
  }
  // Nothing else is passed on to the pages: authorization never reads a header, which a client
  // could send itself on the paths this proxy does not see (its matcher skips any path with a dot).
  return nextWithAdminCsp(request.headers);
}

export const config = {
  // Skip Next internals, API and media routes, files with an extension (icons, robots.txt), and
  // the two hottest reader routes, front pages and articles: they need no routing, and merely
  // invoking the proxy costs a third of their throughput (bench: ~970 → ~1,400 req/s on one core
  // for an article). They are static, so during a database outage they are still served from
  // cache; one that must render then gets the localized error page instead of the 503.
  matcher: [
    '/((?!api|_next|_vercel|media|(?:fr|ar)(?:$|/article/)|.*\\..*).*)',
    // Any page, but only for multipart bodies (see above): readers' GETs still skip the proxy.
    { source: '/((?!api|_next|_vercel|media).*)', has: [{ type: 'header', key: 'content-type', value: 'multipart/form-data.*' }] },
  ],
};
