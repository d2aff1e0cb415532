import { z } from 'zod';
import { parseDateTimeLocalInput } from '@/lib/time/format';
import { fields } from './validation';
import { isAppLocale } from '@/lib/i18n/routing';

/**
 * Links editors put in front of readers: https on any host, or a path on this site. Rules out
 * `javascript:`, plain http, protocol-relative `//host` and `/\host` (which browsers treat as
 * another host), credentials in the URL, and whitespace or control characters.
 */
export function isSafeHref(value: string): boolean {
  if (value.length === 0 || value.length > 2048) return false;
  if (/[\s\p{C}\\]/u.test(value)) return false;
  if (value.startsWith('/')) return !value.startsWith('//');
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname !== '' && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const contentFields = {
  ...fields,
  /** A required choice by id (a select or an id box): empty reads as "required", not "at least 1". */
  requiredId: () => z.string().trim().min(1).transform(Number).pipe(z.number().int().positive()),
  safeHref: () => z.string().trim().max(2048).refine(isSafeHref, 'url'),
  optionalSafeHref: () =>
    z
      .string()
      .trim()
      .max(2048)
      .refine((value) => value === '' || isSafeHref(value), 'url')
      .transform((value) => (value === '' ? null : value)),
  /** A datetime-local value read as Moroccan legal time, or null when left empty. */
  optionalMoroccanTime: () =>
    fields.optionalDateTime().transform((value, context) => {
      if (value === null) return null;
      const instant = parseDateTimeLocalInput(value);
      if (!instant) {
        context.addIssue({ code: 'custom', message: 'format' });
        return z.NEVER;
      }
      return instant;
    }),
  /** '' in a "both languages" select means null. */
  optionalLocale: () =>
    z
      .enum(['', 'fr', 'ar'])
      .optional()
      .transform((value) => (isAppLocale(value) ? value : null)),
};
