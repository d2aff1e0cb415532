import { SESSION_COOKIE_NAMES } from '../auth/cookie';

/**
 * Reader pages, for browsers and shared caches (a CDN): always revalidated by the browser, kept a
 * minute at most by a shared cache. Next would derive `s-maxage=300, stale-while-revalidate=<30
 * days>` from the cache profiles, which lets a CDN serve a month-old page and makes Chromium
 * serve revisited RSC prefetches stale. A header set here is one Next keeps (it only fills in
 * Cache-Control when none is set, and still marks errors private).
 */
export const READER_CACHE_CONTROL = 'public, max-age=0, must-revalidate, s-maxage=60';

/** A signed-in editor's pages (previews, read-your-writes after a publish) are never stored anywhere. */
export const EDITOR_CACHE_CONTROL = 'private, no-store';

/** next.config.ts `headers()` rules for /fr, /ar and everything under them. */
export function readerCacheControlRules() {
  return ['/:locale(fr|ar)', '/:locale(fr|ar)/:path*'].flatMap((source) => [
    {
      source,
      missing: SESSION_COOKIE_NAMES.map((key) => ({ type: 'cookie' as const, key })),
      headers: [{ key: 'Cache-Control', value: READER_CACHE_CONTROL }],
    },
    ...SESSION_COOKIE_NAMES.map((key) => ({
      source,
      has: [{ type: 'cookie' as const, key }],
      headers: [{ key: 'Cache-Control', value: EDITOR_CACHE_CONTROL }],
    })),
  ]);
}
