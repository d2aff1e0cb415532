import 'server-only';
import { getTranslations } from 'next-intl/server';
import type { PrayerStripProps } from '@/components/prayer/prayer-strip-view';
import { fromDto, getPrayerDay } from '@/lib/data/prayer';
import { getHijriOffset } from '@/lib/data/reader';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatHijri } from '@/lib/time/format';
import { moroccoDateKey } from '@/lib/time/legal-time';
import { listCities, type City } from './cities';
import { addDaysToDateKey, formatPrayerClock, nextPrayer, PRAYER_NAMES } from './compute';
import { formatCountdown } from './countdown';

/** Everything the strip shows for one reader at one instant; the day's times come from cache. */
export async function loadStripData(locale: AppLocale, city: City, now: Date): Promise<PrayerStripProps> {
  const today = moroccoDateKey(now);
  const [t, todayDto, tomorrowDto, hijriOffset] = await Promise.all([
    getTranslations({ locale, namespace: 'Prayer' }),
    getPrayerDay(city.slug, today),
    getPrayerDay(city.slug, addDaysToDateKey(today, 1)),
    getHijriOffset().catch(() => 0),
  ]);
  const next = nextPrayer(fromDto(todayDto), now, fromDto(tomorrowDto));
  const cityName = locale === 'fr' ? city.nameFr : city.nameAr;
  return {
    locale,
    labels: {
      fajr: t('fajr'),
      sunrise: t('sunrise'),
      dhuhr: t('dhuhr'),
      asr: t('asr'),
      maghrib: t('maghrib'),
      isha: t('isha'),
      inCity: t('inCity', { city: cityName }),
      change: t('change'),
      city: t('city'),
      choose: t('choose'),
      month: t('month'),
    },
    cityName,
    citySlug: city.slug,
    cities: listCities().map((option) => ({ slug: option.slug, name: locale === 'fr' ? option.nameFr : option.nameAr })),
    times: PRAYER_NAMES.map((name) => {
      const isNext = next?.prayer === name;
      // After Isha the next prayer is tomorrow's Fajr: show that time in its place.
      const iso = isNext && next.tomorrow ? tomorrowDto[name] : todayDto[name];
      return { name, iso, clock: formatPrayerClock(new Date(iso)), isNext, left: isNext ? formatCountdown(next.minutesLeft, locale) : null };
    }),
    hijri: formatHijri(now, locale, hijriOffset),
    monthHref: getPathname({
      locale,
      href: { pathname: '/prayer-times/[city]', params: { city: locale === 'fr' ? city.slug : city.slugAr } },
    }),
  };
}
