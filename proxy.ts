import createMiddleware from 'next-intl/middleware';
import type { NextRequest } from 'next/server';
import { isDatabaseDown } from './lib/db-health';
import { isAppLocale, routing } from './lib/i18n/routing';
import { unavailableResponse } from './lib/unavailable-page';

const handleI18nRouting = createMiddleware(routing);

export default function proxy(request: NextRequest) {
  const response = handleI18nRouting(request);
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
