import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isAppLocale, type AppLocale } from './routing';

/** Validates the [locale] segment (404 otherwise) and registers it for next-intl. */
export function resolveLocaleParam(value: string): AppLocale {
  if (!isAppLocale(value)) notFound();
  setRequestLocale(value);
  return value;
}

/**
 * Arabic slugs may arrive percent-encoded depending on the client; compare decoded text. A slug
 * with a control character (`%00`) names nothing, and PostgreSQL refuses NUL in any text
 * parameter, so it is a 404 here rather than a failed query.
 */
export function decodeSlug(value: string): string {
  let slug = value;
  if (/%[0-9a-f]{2}/i.test(value)) {
    try {
      slug = decodeURIComponent(value);
    } catch {
      notFound();
    }
  }
  if (/[\u0000-\u001f\u007f]/.test(slug)) notFound();
  return slug.normalize('NFC');
}

/** Page numbers in paths: "2".."99999"; anything else is a 404, never a 500. */
export function parsePageParam(value: string): number {
  if (!/^[1-9]\d{0,4}$/.test(value)) notFound();
  return Number(value);
}
