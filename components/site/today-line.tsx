import { cacheLife } from 'next/cache';
import { getHijriOffset } from '@/lib/data/reader';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatDateLong, formatHijri } from '@/lib/time/format';

/** Gregorian and Hijri dates of the Moroccan day, cached briefly so pages stay static. */
export async function TodayLine({ locale }: { locale: AppLocale }) {
  'use cache';
  cacheLife('minutes');
  const now = new Date();
  const offset = await getHijriOffset();
  return (
    <p className="topbar__date">
      <span>{formatDateLong(now, locale)}</span>
      <span aria-hidden="true" className="topbar__sep">
        ·
      </span>
      <span>{formatHijri(now, locale, offset)}</span>
    </p>
  );
}
