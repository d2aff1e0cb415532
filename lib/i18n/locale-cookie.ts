/*
 * The reader's language preference for "/": read by the proxy (next-intl) and written in the
 * browser by LocaleMemory. Plain constants, so the browser island does not pull in next-intl.
 */
export const LOCALE_COOKIE = { name: 'JARIDA_LOCALE', maxAge: 60 * 60 * 24 * 365, sameSite: 'lax' } as const;
