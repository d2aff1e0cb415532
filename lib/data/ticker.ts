import 'server-only';
import type { AppLocale } from '@/lib/i18n/routing';
import { getSiteChrome } from './chrome';

/** Breaking news under the masthead: part of the site chrome, which lives a minute at most. */
export async function getTicker(locale: AppLocale) {
  return (await getSiteChrome(locale)).ticker;
}
