import fs from 'node:fs';
import path from 'node:path';
import { describe, it, expect } from 'vitest';
import { CITIES, DEFAULT_CITY_SLUG, findCity, listCities } from '../../lib/prayer/cities';
import {
  HABOUS_METHOD,
  addDaysToDateKey,
  computeMonth,
  computePrayerTimes,
  formatPrayerClock,
  prayerClockToInstant,
} from '../../lib/prayer/compute';
import { PRAYER_NAMES, nextPrayer, type PrayerDay, type PrayerName } from '../../lib/prayer/day';
import { moroccoDateKey, moroccoOffsetMinutes } from '../../lib/time/legal-time';

const fixturePath =
  process.env.PRAYER_TIMES_FIXTURE ??
  path.resolve(import.meta.dirname, '../fixtures/prayer-times/habous-reference.json');

interface HabousRow extends Record<PrayerName, string> {
  city: string;
  date: string;
  lat: number;
  lon: number;
  altitude_m: number;
  utc_offset: string;
  habous_city_id: number;
}

// Read inside the tests, so a missing fixture fails them instead of skipping anything.
function loadFixture(): HabousRow[] {
  let text: string;
  try {
    text = fs.readFileSync(fixturePath, 'utf8');
  } catch (error) {
    throw new Error(`Prayer-times fixture not readable at ${fixturePath} (set PRAYER_TIMES_FIXTURE): ${String(error)}`);
  }
  const rows = JSON.parse(text) as HabousRow[];
  if (!Array.isArray(rows) || rows.length === 0) throw new Error(`No rows in ${fixturePath}`);
  return rows;
}

const clockMinutes = (clock: string): number => {
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) throw new Error(`Bad clock ${clock}`);
  return Number(match[1]) * 60 + Number(match[2]);
};

const offsetMinutes = (value: string): number => {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new Error(`Bad utc_offset ${value}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
};

const pct = (part: number, whole: number): string => `${((100 * part) / whole).toFixed(1)} %`;

function cityBySlug(slug: string) {
  const city = findCity(slug);
  if (!city) throw new Error(`No city ${slug}`);
  return city;
}

describe('computePrayerTimes against the Ministry of Habous tables', () => {
  it('is within 1 minute on every row and exact on at least 90 % of the times', () => {
    const rows = loadFixture();
    const exact: Record<PrayerName, number> = { fajr: 0, sunrise: 0, dhuhr: 0, asr: 0, maghrib: 0, isha: 0 };
    const worst: Record<PrayerName, number> = { fajr: 0, sunrise: 0, dhuhr: 0, asr: 0, maghrib: 0, isha: 0 };
    const offByMore: string[] = [];
    const misses: string[] = [];

    for (const row of rows) {
      const day = computePrayerTimes({ lat: row.lat, lon: row.lon, altitude: row.altitude_m }, row.date);
      // The comparison is in legal time, so the fixture's offset must be the one we apply.
      expect(moroccoOffsetMinutes(day.dhuhr), `${row.city} ${row.date} utc_offset`).toBe(offsetMinutes(row.utc_offset));
      for (const name of PRAYER_NAMES) {
        const ours = formatPrayerClock(day[name]);
        const diff = clockMinutes(ours) - clockMinutes(row[name]);
        if (diff === 0) exact[name] += 1;
        else misses.push(`${row.city} ${row.date} ${name} ${ours} vs ${row[name]}`);
        worst[name] = Math.max(worst[name], Math.abs(diff));
        if (Math.abs(diff) > 1) offByMore.push(`${row.city} ${row.date} ${name}: ${ours}, official ${row[name]}`);
      }
    }

    const total = rows.length * PRAYER_NAMES.length;
    const totalExact = PRAYER_NAMES.reduce((sum, name) => sum + exact[name], 0);
    console.log(
      [
        `Habous fixture: ${rows.length} rows, ${total} times, exact ${totalExact}/${total} = ${pct(totalExact, total)}`,
        ...PRAYER_NAMES.map(
          (name) =>
            `  ${name.padEnd(8)} exact ${exact[name]}/${rows.length} = ${pct(exact[name], rows.length)}, worst ${worst[name]} min`,
        ),
        `  off by one minute: ${misses.length ? misses.join('; ') : 'none'}`,
      ].join('\n'),
    );

    expect(offByMore).toEqual([]);
    expect(totalExact / total).toBeGreaterThanOrEqual(0.9);
  });

  it('gives the same answer whatever the process time zone', () => {
    const rows = loadFixture().slice(0, 12);
    const run = () =>
      rows.map((row) => {
        const day = computePrayerTimes({ lat: row.lat, lon: row.lon, altitude: row.altitude_m }, row.date);
        return PRAYER_NAMES.map((name) => day[name].toISOString()).join(' ');
      });
    const saved = process.env.TZ;
    const results: string[][] = [];
    try {
      for (const tz of ['UTC', 'Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Tokyo']) {
        process.env.TZ = tz;
        results.push(run());
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
    for (const result of results) expect(result).toEqual(results[0]);
  });
});

describe('cities', () => {
  it('lists the 22 cities with unique French and Arabic slugs', () => {
    const cities = listCities();
    expect(cities).toHaveLength(22);
    const slugs = cities.flatMap((city) => [city.slug, city.slugAr]);
    expect(new Set(slugs).size).toBe(44);
    for (const city of cities) {
      expect(city.slug).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(city.slugAr).toMatch(/^[\u0600-\u06FF]+(-[\u0600-\u06FF]+)*$/);
      expect(findCity(city.slug)).toBe(city);
      expect(findCity(city.slugAr)).toBe(city);
    }
  });

  it('finds a city by either slug, percent-encoded or not', () => {
    const casablanca = cityBySlug(DEFAULT_CITY_SLUG);
    expect(casablanca.nameFr).toBe('Casablanca');
    expect(findCity('الدار-البيضاء')).toBe(casablanca);
    expect(findCity(encodeURIComponent('الدار-البيضاء'))).toBe(casablanca);
    expect(findCity('Fes')?.nameFr).toBe('Fès');
    expect(findCity('paris')).toBeUndefined();
    expect(findCity('%E0%A4%A')).toBeUndefined();
  });

  it('uses Rabat’s timetable for Salé and Témara', () => {
    const rabat = cityBySlug('rabat');
    for (const slug of ['sale', 'temara']) {
      expect(cityBySlug(slug).prayer).toEqual(rabat.prayer);
      expect(computePrayerTimes(cityBySlug(slug), '2026-10-01')).toEqual(computePrayerTimes(rabat, '2026-10-01'));
    }
  });
});

describe('computePrayerTimes on every city', () => {
  // Solstices, and days on either side of the 2026 clock changes and of the return to UTC+0.
  const dates = ['2026-02-14', '2026-02-15', '2026-03-22', '2026-06-21', '2026-09-19', '2026-09-20', '2026-12-21'];

  it('gives six ordered, whole-minute times on the requested Moroccan day', () => {
    for (const city of CITIES) {
      for (const date of dates) {
        const day = computePrayerTimes(city, date);
        expect(day.date).toBe(date);
        let previous = -Infinity;
        for (const name of PRAYER_NAMES) {
          const ms = day[name].getTime();
          expect(ms % 60_000, `${city.slug} ${date} ${name}`).toBe(0);
          expect(ms, `${city.slug} ${date} ${name}`).toBeGreaterThan(previous);
          expect(moroccoDateKey(day[name]), `${city.slug} ${date} ${name}`).toBe(date);
          previous = ms;
        }
        // Broad sanity for Morocco (27°N-36°N): hours of day in legal time.
        const fajrHour = clockMinutes(formatPrayerClock(day.fajr)) / 60;
        const ishaHour = clockMinutes(formatPrayerClock(day.isha)) / 60;
        expect(fajrHour).toBeGreaterThan(3);
        expect(fajrHour).toBeLessThan(8);
        expect(ishaHour).toBeGreaterThan(18);
        expect(ishaHour).toBeLessThan(23);
      }
    }
  });

  it('applies one rule to all cities: no per-city figures in the method', () => {
    const keys: string[] = [];
    const values: unknown[] = [];
    const walk = (value: unknown): void => {
      if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          keys.push(key.toLowerCase());
          walk(inner);
        }
      } else values.push(value);
    };
    walk(HABOUS_METHOD);
    const cityWords = CITIES.flatMap((city) => [
      city.slug,
      city.slugAr,
      city.nameFr.toLowerCase(),
      city.nameAr,
      String(city.prayer.habousCityId),
    ]);
    for (const word of cityWords) expect(keys).not.toContain(word);
    expect(keys.some((key) => /city|cities|slug|habous/.test(key))).toBe(false);
    expect(values.every((value) => typeof value === 'number' || typeof value === 'string')).toBe(true);
  });

  it('computes a city absent from the fixture from its coordinates alone', () => {
    const meknes = cityBySlug('meknes');
    const { lat, lon, altitude } = meknes.prayer;
    const day = computePrayerTimes(meknes, '2020-06-21');
    expect(day).toEqual(computePrayerTimes({ lat, lon, altitude }, '2020-06-21'));
    // Meknès lies between Rabat and Fès in longitude, so its Dhuhr falls between theirs.
    const rabat = computePrayerTimes(cityBySlug('rabat'), '2020-06-21');
    const fes = computePrayerTimes(cityBySlug('fes'), '2020-06-21');
    expect(day.dhuhr.getTime()).toBeLessThanOrEqual(rabat.dhuhr.getTime());
    expect(day.dhuhr.getTime()).toBeGreaterThanOrEqual(fes.dhuhr.getTime());
    // The Ministry's 600 m lowers the horizon: earlier sunrise, later Maghrib than at sea level.
    const lowered = computePrayerTimes({ lat, lon, altitude: 0 }, '2020-06-21');
    expect(day.sunrise.getTime()).toBeLessThan(lowered.sunrise.getTime());
    expect(day.maghrib.getTime()).toBeGreaterThan(lowered.maghrib.getTime());
    expect(day.dhuhr).toEqual(lowered.dhuhr);
  });

  it('rejects malformed dates', () => {
    const city = cityBySlug('casablanca');
    expect(() => computePrayerTimes(city, '2026-02-30')).toThrow(RangeError);
    expect(() => computePrayerTimes(city, '2026-2-3')).toThrow(RangeError);
  });
});

describe('computeMonth', () => {
  it('returns one day per calendar day, in order', () => {
    const city = cityBySlug('casablanca');
    const february = computeMonth(city, 2026, 2);
    expect(february).toHaveLength(28);
    expect(february.map((day) => day.date)).toEqual(
      Array.from({ length: 28 }, (_, i) => `2026-02-${String(i + 1).padStart(2, '0')}`),
    );
    expect(computeMonth(city, 2028, 2)).toHaveLength(29);
    expect(computeMonth(city, 2026, 3)).toHaveLength(31);
    expect(computeMonth(city, 2026, 9)).toHaveLength(30);
    expect(() => computeMonth(city, 2026, 13)).toThrow(RangeError);
  });

  it('follows the clock change: Dhuhr moves an hour on the wall clock, not in UTC', () => {
    const march = computeMonth(cityBySlug('casablanca'), 2026, 3);
    const on21 = march[20] as PrayerDay;
    const on22 = march[21] as PrayerDay;
    expect(Math.abs(on22.dhuhr.getTime() - on21.dhuhr.getTime() - 86_400_000)).toBeLessThan(60_000 * 2);
    expect(clockMinutes(formatPrayerClock(on22.dhuhr)) - clockMinutes(formatPrayerClock(on21.dhuhr))).toBeGreaterThan(58);
  });
});

describe('formatPrayerClock', () => {
  it('prints Moroccan legal time', () => {
    expect(formatPrayerClock(new Date('2026-06-01T12:00:00Z'))).toBe('13:00');
    expect(formatPrayerClock(new Date('2026-03-01T12:00:00Z'))).toBe('12:00');
    expect(formatPrayerClock(new Date('2026-11-23T04:05:00Z'))).toBe('04:05');
    expect(prayerClockToInstant('2026-06-01', '13:00').toISOString()).toBe('2026-06-01T12:00:00.000Z');
  });
});

describe('nextPrayer', () => {
  const city = cityBySlug('rabat');
  const today = computePrayerTimes(city, '2026-11-23');
  const tomorrow = computePrayerTimes(city, addDaysToDateKey('2026-11-23', 1));

  it('picks the first time after now, counting minutes up', () => {
    const beforeFajr = new Date(today.fajr.getTime() - 90 * 60_000 - 30_000);
    expect(nextPrayer(today, beforeFajr, tomorrow)).toEqual({
      prayer: 'fajr',
      at: today.fajr,
      minutesLeft: 91,
      tomorrow: false,
    });
    const justAfterSunrise = new Date(today.sunrise.getTime() + 1);
    expect(nextPrayer(today, justAfterSunrise, tomorrow)?.prayer).toBe('dhuhr');
    const lastSecond = new Date(today.asr.getTime() - 1000);
    expect(nextPrayer(today, lastSecond, tomorrow)).toMatchObject({ prayer: 'asr', minutesLeft: 1 });
  });

  it('moves on once a time is reached', () => {
    expect(nextPrayer(today, today.dhuhr, tomorrow)?.prayer).toBe('asr');
    expect(nextPrayer(today, today.maghrib, tomorrow)?.prayer).toBe('isha');
  });

  it('points to tomorrow’s Fajr after Isha', () => {
    const late = new Date(today.isha.getTime() + 60_000);
    const next = nextPrayer(today, late, tomorrow);
    expect(next).toMatchObject({ prayer: 'fajr', at: tomorrow.fajr, tomorrow: true });
    expect(next?.minutesLeft).toBe(Math.ceil((tomorrow.fajr.getTime() - late.getTime()) / 60_000));
    expect(nextPrayer(today, late)).toBeNull();
  });

  it('rejects a "tomorrow" that is not after today', () => {
    expect(() => nextPrayer(today, new Date(today.isha.getTime() + 1), today)).toThrow(RangeError);
  });
});

describe('addDaysToDateKey', () => {
  it('rolls over months and years', () => {
    expect(addDaysToDateKey('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDaysToDateKey('2028-03-01', -1)).toBe('2028-02-29');
  });
});
