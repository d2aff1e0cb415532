'use client';

import { useEffect } from 'react';
import { readBrowserCookie } from '@/lib/browser-cookie';
import { LOCALE_COOKIE } from '@/lib/i18n/locale-cookie';
import { isAppLocale, type AppLocale } from '@/lib/i18n/routing';

/** The language the browser would get at "/" without a cookie: its first French or Arabic tag, else French. */
function negotiated(): AppLocale {
  for (const tag of navigator.languages) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isAppLocale(primary)) return primary;
  }
  return 'fr';
}

/**
 * Remembers the reader's language for "/" in the browser, as next-intl would on the server, so
 * that page responses never carry Set-Cookie and any shared cache can keep them. Like next-intl,
 * it writes only a choice that differs from what the browser's languages would give.
 */
export function LocaleMemory({ locale }: { locale: AppLocale }) {
  useEffect(() => {
    const { name, maxAge } = LOCALE_COOKIE;
    const stored = readBrowserCookie(name);
    if (stored === locale || (stored === undefined && negotiated() === locale)) return;
    const secure = location.protocol === 'https:' ? '; Secure' : '';
    document.cookie = `${name}=${locale}; Path=/; Max-Age=${maxAge}; SameSite=Lax${secure}`;
  }, [locale]);
  return null;
}
