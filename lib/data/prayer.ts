import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cookies } from 'next/headers';
import { defaultCity, findCity, type City } from '@/lib/prayer/cities';
import { computeMonth, computePrayerTimes } from '@/lib/prayer/compute';
import { PRAYER_NAMES, type PrayerDay, type PrayerName } from '@/lib/prayer/day';

/** The reader's city: a preference cookie they set themselves with the city form. */
export const CITY_COOKIE = 'jarida_city';

export type PrayerDayDto = { date: string } & Record<PrayerName, string>;

function toDto(day: PrayerDay): PrayerDayDto {
  const dto = { date: day.date } as PrayerDayDto;
  for (const name of PRAYER_NAMES) dto[name] = day[name].toISOString();
  return dto;
}

export function fromDto(dto: PrayerDayDto): PrayerDay {
  return {
    date: dto.date,
    fajr: new Date(dto.fajr),
    sunrise: new Date(dto.sunrise),
    dhuhr: new Date(dto.dhuhr),
    asr: new Date(dto.asr),
    maghrib: new Date(dto.maghrib),
    isha: new Date(dto.isha),
  };
}

// A day's times never change once computed, so they are cached for as long as Next allows.
export async function getPrayerDay(citySlug: string, dateKey: string): Promise<PrayerDayDto> {
  'use cache';
  cacheLife('max');
  cacheTag('prayer');
  const city = findCity(citySlug) ?? defaultCity();
  return toDto(computePrayerTimes(city, dateKey));
}

export async function getPrayerMonth(citySlug: string, year: number, month: number): Promise<PrayerDayDto[]> {
  'use cache';
  cacheLife('max');
  cacheTag('prayer');
  const city = findCity(citySlug) ?? defaultCity();
  return computeMonth(city, year, month).map(toDto);
}

/** Reads the city cookie: this makes the caller dynamic, so only a small Suspense hole calls it. */
export async function readCityPreference(): Promise<City> {
  const value = (await cookies()).get(CITY_COOKIE)?.value;
  return (value && findCity(value)) || defaultCity();
}
