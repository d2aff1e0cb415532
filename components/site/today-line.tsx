import { cacheLife } from 'next/cache';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatDateLong } from '@/lib/time/format';

/** The Moroccan calendar date, cached briefly so pages stay static; the Hijri date is in the prayer strip. */
export async function TodayLine({ locale }: { locale: AppLocale }) {
  'use cache';
  cacheLife('masthead');
  return <p className="topbar__date">{formatDateLong(new Date(), locale)}</p>;
}
