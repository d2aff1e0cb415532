import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { cookies } from 'next/headers';
import { cacheTags } from './cache-tags';
import { prayerDayKey, prayerMonthKey } from '@/lib/prayer/cache-keys';
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

/**
 * One city-day's times. The city and date are resolved and checked before the cache sees them
 * (lib/prayer/cache-keys.ts), so made-up cities and dates cannot fill it: an unknown city is the
 * default one, a date out of range a RangeError.
 */
export async function getPrayerDay(citySlug: string, dateKey: string, now: Date = new Date()): Promise<PrayerDayDto> {
  const key = prayerDayKey(citySlug, dateKey, now);
  return cachedPrayerDay(key.city, key.date);
}

export async function getPrayerMonth(citySlug: string, year: number, month: number, now: Date = new Date()): Promise<PrayerDayDto[]> {
  const key = prayerMonthKey(citySlug, year, month, now);
  return cachedPrayerMonth(key.city, key.year, key.month);
}

// A day's times never change once computed, so they are cached for as long as Next allows.
async function cachedPrayerDay(citySlug: string, dateKey: string): Promise<PrayerDayDto> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.prayer);
  return toDto(computePrayerTimes(findCity(citySlug)!, dateKey));
}

async function cachedPrayerMonth(citySlug: string, year: number, month: number): Promise<PrayerDayDto[]> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.prayer);
  return computeMonth(findCity(citySlug)!, year, month).map(toDto);
}

/** Reads the city cookie: this makes the caller dynamic, so only a small Suspense hole calls it. */
export async function readCityPreference(): Promise<City> {
  const value = (await cookies()).get(CITY_COOKIE)?.value;
  return (value && findCity(value)) || defaultCity();
}
