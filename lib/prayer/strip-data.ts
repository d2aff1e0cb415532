import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getPrayerDay, type PrayerDayDto } from '@/lib/data/prayer';
import { getHijriOffset } from '@/lib/data/reader';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatHijri } from '@/lib/time/format';
import { moroccoDateKey } from '@/lib/time/legal-time';
import { listCities, type City } from './cities';
import { addDaysToDateKey, formatPrayerClock, prayerClockToInstant } from './compute';
import { PRAYER_NAMES } from './day';
import type { PrayerStripLabels, ReaderStrip, StripDay } from './strip';

/** The strip's words and the city list: the same for every reader, so part of the static page. */
export async function stripLabels(locale: AppLocale): Promise<{ labels: PrayerStripLabels; cities: { slug: string; name: string }[] }> {
  const t = await getTranslations({ locale, namespace: 'Prayer' });
  return {
    labels: {
      fajr: t('fajr'),
      sunrise: t('sunrise'),
      dhuhr: t('dhuhr'),
      asr: t('asr'),
      maghrib: t('maghrib'),
      isha: t('isha'),
      change: t('change'),
      city: t('city'),
      choose: t('choose'),
      month: t('month'),
    },
    cities: listCities().map((option) => ({ slug: option.slug, name: locale === 'fr' ? option.nameFr : option.nameAr })),
  };
}

function toStripDay(day: PrayerDayDto): StripDay {
  const clocks = Object.fromEntries(PRAYER_NAMES.map((name) => [name, formatPrayerClock(new Date(day[name]))]));
  const instants = Object.fromEntries(PRAYER_NAMES.map((name) => [name, day[name]]));
  return { date: day.date, instants, clocks } as StripDay;
}

/** One reader's strip at one instant; the day's times come from cache. */
export async function loadReaderStrip(locale: AppLocale, city: City, now: Date): Promise<ReaderStrip> {
  const today = moroccoDateKey(now);
  const tomorrow = addDaysToDateKey(today, 1);
  const [t, todayDto, tomorrowDto, hijriOffset] = await Promise.all([
    getTranslations({ locale, namespace: 'Prayer' }),
    getPrayerDay(city.slug, today, now),
    getPrayerDay(city.slug, tomorrow, now),
    getHijriOffset(locale).catch(() => 0),
  ]);
  const cityName = locale === 'fr' ? city.nameFr : city.nameAr;
  return {
    citySlug: city.slug,
    cityName,
    inCity: t('inCity', { city: cityName }),
    hijri: formatHijri(now, locale, hijriOffset),
    monthHref: getPathname({
      locale,
      href: { pathname: '/prayer-times/[city]', params: { city: locale === 'fr' ? city.slug : city.slugAr } },
    }),
    today: toStripDay(todayDto),
    tomorrow: toStripDay(tomorrowDto),
    validUntil: prayerClockToInstant(tomorrow, '00:00').toISOString(),
  };
}
