import { toMoroccoParts } from '../time/legal-time';
import { defaultCity, findCity } from './cities';
import { parseDateKey } from './compute';

/*
 * A city-day's prayer times are cached for as long as Next allows, and with REDIS_URL in a cache
 * that every instance shares; so the cache's arguments are bounded before it is called. The city
 * is one of the 22 by its own slug (an unknown one is the default city, as the strip shows it;
 * an Arabic or differently spelled slug is the same city), and the date is within a year of the
 * current Moroccan one: 22 cities × 3 years, about 24,000 days and 800 months at most, whatever
 * cities and dates requests make up.
 */

/** The calendar years times are given for: the current Moroccan year and one either side. */
export function prayerYears(now: Date): { first: number; last: number } {
  const { year } = toMoroccoParts(now);
  return { first: year - 1, last: year + 1 };
}

function assertYear(year: number, now: Date): void {
  const { first, last } = prayerYears(now);
  if (year < first || year > last) throw new RangeError(`Prayer times are given for ${first} to ${last}, not ${year}`);
}

function citySlug(slug: string): string {
  return (findCity(slug) ?? defaultCity()).slug;
}

/** The cache arguments for one day; a RangeError for a date that is not one or is out of range. */
export function prayerDayKey(city: string, dateKey: string, now: Date): { city: string; date: string } {
  assertYear(parseDateKey(dateKey).year, now);
  return { city: citySlug(city), date: dateKey };
}

/** The cache arguments for one month (1-12); a RangeError otherwise. */
export function prayerMonthKey(city: string, year: number, month: number, now: Date): { city: string; year: number; month: number } {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month ${year}-${month}`);
  assertYear(year, now);
  return { city: citySlug(city), year, month };
}
