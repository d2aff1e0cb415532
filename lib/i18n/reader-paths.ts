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

// Every language's addresses and the internal ones: next-intl sends an address in the other
// language's words, or an internal one, on to this language's (/ar/dernieres-nouvelles to
// /ar/akhir-al-akhbar). Plus the frame the prayer-strip island loads for readers without JavaScript.
const PATTERNS: RegExp[] = [
  ...new Set([
    ...Object.entries(routing.pathnames).flatMap(([internal, localized]) => [internal, ...(typeof localized === 'string' ? [localized] : Object.values(localized))]),
    '/prayer-strip',
  ]),
].map(patternOf);

/**
 * Whether a reader address (`/fr/rubrique/maroc`) names a route. Addresses outside a language
 * (`/`, `/robots.txt`) are not the proxy's to judge: true.
 */
export function isReaderRoute(pathname: string): boolean {
  const [, locale, ...rest] = pathname.split('/');
  if (!isAppLocale(locale)) return true;
  const within = `/${rest.join('/')}`;
  return PATTERNS.some((pattern) => pattern.test(within));
}
