import createMiddleware from 'next-intl/middleware';
import { NextRequest } from 'next/server';
import { CONSENT_COOKIE, CONSENT_HEADER } from './lib/consent/consent';
import { isDatabaseDown } from './lib/db-health';
import { isAppLocale, routing } from './lib/i18n/routing';
import { unavailableResponse } from './lib/unavailable-page';

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  // Hand the reader's stored consent to server components as a request header (always
  // overwritten, so a client cannot smuggle one in). The proxy itself never sets a cookie.
  const headers = new Headers(request.headers);
  const consent = request.cookies.get(CONSENT_COOKIE)?.value;
  if (consent) headers.set(CONSENT_HEADER, consent);
  else headers.delete(CONSENT_HEADER);
  const response = handleI18nRouting(new NextRequest(request, { headers }));
  // Feeds are polled by readers and aggregators, not chosen by a person: no language cookie.
  if (/\/(rss|atom)$/.test(request.nextUrl.pathname)) response.headers.delete('set-cookie');

  // Only page renders: redirects (e.g. / → /fr) need no database and still work.
  if (response.ok && isDatabaseDown()) {
    const segment = request.nextUrl.pathname.split('/')[1];
    return unavailableResponse(isAppLocale(segment) ? segment : routing.defaultLocale);
  }
  return response;
}

export const config = {
  // Skip Next internals, API and media routes, and files with an extension (icons, robots.txt).
  matcher: ['/((?!api|_next|_vercel|media|admin|.*\\..*).*)'],
};
