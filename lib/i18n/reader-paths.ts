import { isAppLocale, routing, type AppLocale } from './routing';

/** Where the proxy sends, with status 404, an address under a language that matches no route. */
export function notFoundPagePath(locale: AppLocale): string {
  return `/${locale}/not-found-page`;
}

function patternOf(template: string): RegExp {
  const source = template
    .split('/')
    .map((part) => (/^\[[^\]]+\]$/.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${source === '/' ? '/?' : source}$`);
}

// Both the localized addresses and the internal ones (which next-intl sends on to the localized
// ones), plus the frame the prayer-strip island loads for readers without JavaScript.
const PATTERNS: Record<AppLocale, RegExp[]> = Object.fromEntries(
  routing.locales.map((locale) => {
    const templates = Object.entries(routing.pathnames).flatMap(([internal, localized]) => [internal, typeof localized === 'string' ? localized : localized[locale]]);
    return [locale, [...new Set([...templates, '/prayer-strip'])].map(patternOf)];
  }),
) as Record<AppLocale, RegExp[]>;

/**
 * Whether a reader address (`/fr/rubrique/maroc`) names a route. Addresses outside a language
 * (`/`, `/robots.txt`) are not the proxy's to judge: true.
 */
export function isReaderRoute(pathname: string): boolean {
  const [, locale, ...rest] = pathname.split('/');
  if (!isAppLocale(locale)) return true;
  const within = `/${rest.join('/')}`;
  return PATTERNS[locale].some((pattern) => pattern.test(within));
}
