import { z } from 'zod';
import { locales, routing, type AppLocale } from '@/lib/i18n/routing';
import { cleanSearchText } from './normalize';

/** Longer queries are refused (400 in the API): no reader types 200 characters into a search box. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_SEARCH_PAGE = 500;
export const SEARCH_PAGE_SIZE = 10;

export interface SearchInput {
  q: string;
  locale: AppLocale;
  section?: string;
  /** Moroccan calendar days, inclusive. */
  from?: string;
  to?: string;
  page: number;
}

export type SearchField = 'q' | 'locale' | 'section' | 'from' | 'to' | 'page';

const emptyToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

function isCalendarDate(value: string): boolean {
  // A malformed value is reported by the format check alone.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return true;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return y >= 1900 && y <= 2100 && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const dateKey = (field: 'from' | 'to') =>
  z.preprocess(
    emptyToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be YYYY-MM-DD`)
      .refine(isCalendarDate, `${field} is not a calendar date`)
      .optional(),
  );

function schema(requireQuery: boolean) {
  return z
    .object({
      q: z.preprocess(
        (value) => (typeof value === 'string' ? cleanSearchText(value) : value ?? ''),
        z
          .string()
          .max(MAX_QUERY_LENGTH, `q is longer than ${MAX_QUERY_LENGTH} characters`)
          .refine((value) => !requireQuery || value.length > 0, 'q is required'),
      ),
      locale: z.preprocess(
        (value) => emptyToUndefined(value) ?? routing.defaultLocale,
        z.enum(locales, { error: `locale must be one of ${locales.join(', ')}` }),
      ),
      section: z.preprocess(emptyToUndefined, z.string().max(100, 'section is too long').optional()),
      from: dateKey('from'),
      to: dateKey('to'),
      page: z.preprocess(
        (value) => emptyToUndefined(value) ?? '1',
        z
          .string()
          .regex(/^[1-9]\d{0,3}$/, `page must be a whole number from 1 to ${MAX_SEARCH_PAGE}`)
          .transform(Number)
          .refine((page) => page <= MAX_SEARCH_PAGE, `page must be a whole number from 1 to ${MAX_SEARCH_PAGE}`),
      ),
    })
    .refine((input) => !(input.from && input.to && input.from > input.to), { message: 'from is after to', path: ['from'] });
}

export type SearchParamsResult =
  | { ok: true; value: SearchInput }
  | { ok: false; errors: { field: SearchField; message: string }[]; value: Partial<SearchInput> };

/**
 * Validates search parameters from a URL (the API) or a page's searchParams (repeated keys: the
 * first wins). The page accepts an empty query (it shows the form); the API does not.
 */
export function parseSearchParams(
  raw: URLSearchParams | Record<string, string | string[] | undefined>,
  options: { requireQuery: boolean; locale?: AppLocale },
): SearchParamsResult {
  const get = (key: string): string | undefined => {
    if (raw instanceof URLSearchParams) return raw.get(key) ?? undefined;
    const value = raw[key];
    return Array.isArray(value) ? value[0] : value;
  };
  const input = {
    q: get('q'),
    locale: options.locale ?? get('locale'),
    section: get('section'),
    from: get('from'),
    to: get('to'),
    page: get('page'),
  };
  const parsed = schema(options.requireQuery).safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors = parsed.error.issues.map((issue) => ({ field: (issue.path[0] ?? 'q') as SearchField, message: issue.message }));
  // Keep what was valid so a page can redisplay the form as the reader filled it.
  const value: Partial<SearchInput> = {};
  const fieldsInError = new Set(errors.map((error) => error.field));
  const q = typeof input.q === 'string' ? cleanSearchText(input.q) : '';
  if (!fieldsInError.has('q')) value.q = q;
  else value.q = q.slice(0, MAX_QUERY_LENGTH);
  for (const key of ['section', 'from', 'to'] as const) {
    const v = input[key];
    if (!fieldsInError.has(key) && v) value[key] = v;
  }
  return { ok: false, errors, value };
}
