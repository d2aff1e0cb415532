import 'server-only';
import { z } from 'zod';
import { parseDateTimeLocalInput } from '@/lib/time/format';

export type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * Zod issues → localized messages per field. Refinements pass a message key of their own
 * (e.g. `slugTaken`), which is looked up under Admin.errors as is.
 */
export function localizeIssues(issues: readonly z.core.$ZodIssue[], t: Translate): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const issue of issues) {
    const field = issue.path.map(String).join('.') || '_form';
    (result[field] ??= []).push(messageFor(issue, t));
  }
  return result;
}

function messageFor(issue: z.core.$ZodIssue, t: Translate): string {
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? t('required') : t('tooShort', { min: Number(issue.minimum) });
      if (issue.origin === 'array') return t('required');
      return t('tooSmall', { min: Number(issue.minimum) });
    case 'too_big':
      if (issue.origin === 'string') return t('tooLong', { max: Number(issue.maximum) });
      return t('tooBig', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('email');
      if (issue.format === 'url') return t('url');
      return t('format');
    case 'invalid_type':
      return issue.input === undefined || issue.input === '' ? t('required') : t('format');
    case 'invalid_value':
      return t('choice');
    case 'custom':
      return issue.message && /^[a-zA-Z]+$/.test(issue.message) ? t(issue.message) : t('format');
    default:
      return t('format');
  }
}

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

/** Reusable field schemas for form input (FormData gives strings). */
export const fields = {
  text: (max = 300) => z.string().trim().max(max),
  requiredText: (max = 300) => z.string().trim().min(1).max(max),
  slug: () =>
    z
      .string()
      .trim()
      .toLowerCase()
      .min(1)
      .max(120)
      .refine((value) => /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u.test(value), 'slugFormat'),
  id: () => z.coerce.number().int().positive(),
  optionalId: () =>
    z
      .union([z.literal(''), z.null(), z.coerce.number().int().positive()])
      .optional()
      .transform((value) => (value === '' || value === undefined ? null : value)),
  ids: () =>
    z.preprocess(
      (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.coerce.number().int().positive()),
    ),
  locale: () => z.enum(['fr', 'ar']),
  // <input type="datetime-local"> values, read as Moroccan legal time by lib/time.
  optionalDateTime: () =>
    z
      .string()
      .trim()
      .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value), 'format')
      .transform((value) => (value === '' ? null : value)),
  checkbox: () => z.union([z.literal('on'), z.literal('true'), z.literal('')]).optional().transform((value) => value === 'on' || value === 'true'),
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
      .transform((value) => (value === 'fr' || value === 'ar' ? value : null)),
};
