import type { createNavigation } from 'next-intl/navigation';
import { routing, type AppLocale } from './routing';

/*
 * Localized paths, computed like next-intl's `createNavigation(routing).getPathname` (for our
 * routing: prefix always, no domains, no base path, no trailing slash). Importing next-intl's
 * navigation module in any server component registers its client `BaseLink` as a client
 * reference, which ships next-intl's client runtime (~12 KB gz) to every reader page even when
 * no next-intl Link is rendered, so nothing here imports it at runtime: its types only.
 * tests/unit/navigation.test.ts checks both agree.
 */

declare const nextIntlNavigation: typeof createNavigation;
// Never called: it only lets TypeScript infer next-intl's typed `getPathname` for our routing.
// eslint-disable-next-line @typescript-eslint/no-unused-vars
const typesOnly = () => nextIntlNavigation(routing);
type NextIntlGetPathname = ReturnType<typeof typesOnly>['getPathname'];
type GetPathnameArgs = Parameters<NextIntlGetPathname>[0];

type Query = Record<string, string | number | boolean | ReadonlyArray<string | number | boolean>>;
type LooseHref = string | { pathname: string; params?: Record<string, string | number | ReadonlyArray<string | number>>; query?: Query };

function serializeSearchParams(query: Query): string {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (Array.isArray(value)) for (const item of value) search.append(key, String(item));
    else search.set(key, String(value));
  }
  return `?${search.toString()}`;
}

function withoutTrailingSlash(path: string): string {
  const [base = '', ...rest] = path.split('#');
  const hash = rest.join('#');
  const trimmed = base !== '/' && base.endsWith('/') ? base.slice(0, -1) : base;
  return hash ? `${trimmed}#${hash}` : trimmed;
}

function isLocalizable(pathname: string): boolean {
  return !/^[a-z]+:/i.test(pathname) && pathname.startsWith('/');
}

export function getPathname({ locale, href }: GetPathnameArgs): string {
  const { pathname, params, query } = (typeof href === 'string' ? { pathname: href } : href) as Exclude<LooseHref, string>;
  const templates = routing.pathnames as Record<string, string | Record<AppLocale, string>>;
  const template = templates[pathname];
  let path = pathname;
  if (template) {
    path = typeof template === 'string' ? template : template[locale as AppLocale];
    for (const [key, value] of Object.entries(params ?? {})) {
      // A plain segment by string splitting: a page renders dozens of links, twice per cold render.
      if (!Array.isArray(value)) path = path.split(`[${key}]`).join(String(value));
      else path = path.replace(new RegExp(`(\\[)?\\[...${key}\\](\\])?`, 'g'), () => value.map(String).join('/'));
    }
    path = path.replace(/\[\[\.\.\..+\]\]/g, '');
    // URL parsing percent-encodes and resolves dot segments; a path of unreserved characters
    // without dots has nothing to encode or resolve.
    if (!/^[\w\-~/]*$/.test(path)) path = new URL(path, 'http://l').pathname;
  }
  path = withoutTrailingSlash(path);
  if (query) path += serializeSearchParams(query);
  if (!isLocalizable(pathname)) return path;
  return `/${locale}${/^\/(\?.*)?$/.test(path) ? path.slice(1) : path}`;
}
