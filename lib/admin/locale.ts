import 'server-only';
import { notFound } from 'next/navigation';
import { isAppLocale, type AppLocale } from '@/lib/i18n/routing';

/** The admin interface language from the URL segment; anything else is a 404. */
export function resolveAdminLocale(value: string): AppLocale {
  if (!isAppLocale(value)) notFound();
  return value;
}
