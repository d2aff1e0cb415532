import { z } from 'zod';

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
      .union([z.literal(''), z.coerce.number().int().positive()])
      .optional()
      .transform((value) => (value === '' || value === undefined ? null : value)),
  ids: () =>
    z.preprocess(
      (value) => (value === undefined || value === '' ? [] : Array.isArray(value) ? value : [value]),
      z.array(z.coerce.number().int().positive()),
    ),
  locale: () => z.enum(['fr', 'ar']),
  optionalUrl: () =>
    z
      .string()
      .trim()
      .max(2048)
      .refine((value) => value === '' || value.startsWith('/') || /^https?:\/\//.test(value), 'url')
      .transform((value) => (value === '' ? null : value)),
  // <input type="datetime-local"> values, read as Moroccan legal time by lib/time.
  optionalDateTime: () =>
    z
      .string()
      .trim()
      .refine((value) => value === '' || /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(value), 'format')
      .transform((value) => (value === '' ? null : value)),
  checkbox: () => z.union([z.literal('on'), z.literal('true'), z.literal('')]).optional().transform((value) => value === 'on' || value === 'true'),
};
