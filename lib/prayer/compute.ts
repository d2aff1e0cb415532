// Prayer times as the Ministry of Habous and Islamic Affairs publishes them.
//
// Pure and framework-free so unit tests can import it, but it pulls in `adhan`: import it from
// server code only (pages, route handlers, data modules), never from a client component.
//
// The Ministry publishes tables, not a method. HABOUS_METHOD below is one rule, the same for
// every city, fitted to the official rows in tests/fixtures/prayer-times/habous-reference.json
// (7 cities, 78 days of 2020 and 2026); tests/unit/prayer-times.test.ts checks it against them.

import { CalculationMethod, Coordinates, Madhab, PrayerTimes, Rounding } from 'adhan';
import type { PrayerLocation } from './cities';
import { fromMoroccoLocal, toMoroccoParts } from '../time/legal-time';
import { PRAYER_NAMES, type PrayerDay, type PrayerName } from './day';

export type MinuteRounding = 'floor' | 'nearest' | 'ceil';

/** A city from cities.ts, or bare coordinates (e.g. a timetable row's own). */
export type PrayerPlace = { readonly prayer: PrayerLocation } | PrayerLocation;

/**
 * The Ministry's rule, fitted on the 78 official rows (468 times) of the fixture; every figure
 * below is shared by all cities, only the Ministry's own latitude, longitude and altitude vary.
 *
 * How it was fitted (residual = adhan's unrounded time minus the official minute):
 * - Fajr at 19° and Isha at 17° need no altitude term (adding k·√h only loses matches).
 *   Fajr truncated: 73/78 exact; Isha rounded to nearest: 72/78.
 * - Dhuhr: transit + 5 min rounded to nearest: 77/78 (residuals span 61 s, just over a minute).
 * - Asr: shadow factor 1 (Maliki, like Shafi'i; adhan calls it Madhab.Shafi). adhan takes
 *   the Sun's declination at 0h UT for the noon shadow, which puts its Asr up to a minute off
 *   around the equinoxes (51/78 exact at best); with the declination at the time of Asr and
 *   nearest rounding: 70/78.
 * - Sunrise and Maghrib: the Sun's centre at -(50' + extra + k·√h), k·√h being the dip of the
 *   horizon seen from the Ministry's altitude h (m). Fitted k = 0.031°/√m (0.030 and 0.032, the
 *   geometric dip √(2h/R), lose 2 matches; 0.0347, dip with refraction, loses 7). Sunrise:
 *   extra 0.055°, nearest minute, then 1 min earlier: 67/78. Maghrib: extra 0.22°, nearest
 *   minute, then 1 min later: 67/78. One horizon shared by both loses 5 matches; a dip applied
 *   in minutes instead of degrees loses 5 to 9 per prayer.
 * The misses cluster by city, which points at the Ministry's inputs for those cities more than
 * at the rule: Tangier's and Agadir's sunrises (both given 300 m) behave like a lower horizon,
 * as do Marrakech's sunsets, and every Agadir miss is one minute early. Refitting the horizon without one city and
 * checking on it (leave-one-city-out) still gives 66/78 sunrises and 59/78 sunsets exact, none
 * off by more than a minute: expect that for cities outside the fixture.
 * Overall 426/468 = 91.0 % exact, every time within 1 minute.
 */
export const HABOUS_METHOD = {
  fajrAngle: 19,
  ishaAngle: 17,
  /** Shadow length at Asr, in object lengths, added to the noon shadow. */
  asrShadowFactor: 1,
  horizon: {
    /** Refraction (34') plus the Sun's semi-diameter (16'), adhan's own sunrise altitude. */
    standardDepression: 50 / 60,
    /** Dip of the horizon per √metre of the Ministry's altitude. */
    dipPerSqrtMetre: 0.031,
    sunriseExtraDepression: 0.055,
    maghribExtraDepression: 0.22,
  },
  /** Whole minutes added after rounding; Dhuhr's 5 minutes follow the transit. */
  adjustments: { fajr: 0, sunrise: -1, dhuhr: 5, asr: 0, maghrib: 1, isha: 0 },
  rounding: {
    fajr: 'floor',
    sunrise: 'nearest',
    dhuhr: 'nearest',
    asr: 'nearest',
    maghrib: 'nearest',
    isha: 'nearest',
  },
} as const satisfies {
  fajrAngle: number;
  ishaAngle: number;
  asrShadowFactor: number;
  horizon: Record<string, number>;
  adjustments: Record<PrayerName, number>;
  rounding: Record<PrayerName, MinuteRounding>;
};

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
const DEG = Math.PI / 180;

/**
 * adhan reads the day it is given through the local-time getters and builds "tomorrow" from
 * them, so a plain Date would give a different day depending on the server's TZ. This one
 * answers those getters with its UTC fields, pinned at 12:00 UTC, whatever TZ is set.
 */
class UtcCalendarDay extends Date {
  constructor(year: number, month: number, day: number) {
    super(Date.UTC(year, month - 1, day, 12));
  }
  override getFullYear(): number {
    return this.getUTCFullYear();
  }
  override getMonth(): number {
    return this.getUTCMonth();
  }
  override getDate(): number {
    return this.getUTCDate();
  }
  override getHours(): number {
    return this.getUTCHours();
  }
  override getMinutes(): number {
    return this.getUTCMinutes();
  }
  override getSeconds(): number {
    return this.getUTCSeconds();
  }
}

const DATE_KEY = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseDateKey(dateKey: string): { year: number; month: number; day: number } {
  const match = DATE_KEY.exec(dateKey);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = Number(match[3]);
    const check = new Date(Date.UTC(year, month - 1, day));
    if (check.getUTCFullYear() === year && check.getUTCMonth() === month - 1 && check.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Invalid date key ${JSON.stringify(dateKey)}, expected YYYY-MM-DD`);
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

const formatDateKey = (year: number, month: number, day: number): string =>
  `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;

/** The calendar day `days` after (or before) `dateKey`. */
export function addDaysToDateKey(dateKey: string, days: number): string {
  const { year, month, day } = parseDateKey(dateKey);
  const next = new Date(Date.UTC(year, month - 1, day + days));
  return formatDateKey(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate());
}

function locationOf(place: PrayerPlace): PrayerLocation {
  return 'prayer' in place ? place.prayer : place;
}

// Meeus, Astronomical Algorithms ch. 25 (low accuracy, ~0.01°, i.e. a few seconds of Asr).
// adhan has the same formulas but does not export them.
function solarDeclination(instantMs: number): number {
  const t = (instantMs / DAY_MS + 2440587.5 - 2451545) / 36525;
  const meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t * t;
  const meanAnomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t * t) * DEG;
  const center =
    (1.914602 - 0.004817 * t - 0.000014 * t * t) * Math.sin(meanAnomaly) +
    (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly) +
    0.000289 * Math.sin(3 * meanAnomaly);
  const omega = (125.04 - 1934.136 * t) * DEG;
  const apparentLongitude = (meanLongitude + center - 0.00569 - 0.00478 * Math.sin(omega)) * DEG;
  const obliquity =
    (23.439291 - 0.0130042 * t - 1.64e-7 * t * t + 5.04e-7 * t * t * t + 0.00256 * Math.cos(omega)) * DEG;
  return Math.asin(Math.sin(obliquity) * Math.sin(apparentLongitude)) / DEG;
}

/** Altitude of the Sun (degrees) when shadows reach the noon shadow plus `factor` lengths. */
function asrAltitude(latitude: number, declination: number, factor: number): number {
  return Math.atan(1 / (factor + Math.tan(Math.abs(latitude - declination) * DEG))) / DEG;
}

function roundToMinute(instant: Date, mode: MinuteRounding, adjustMinutes: number): Date {
  const minutes = instant.getTime() / MINUTE_MS;
  const whole = mode === 'floor' ? Math.floor(minutes) : mode === 'ceil' ? Math.ceil(minutes) : Math.round(minutes);
  return new Date((whole + adjustMinutes) * MINUTE_MS);
}

function baseParameters() {
  const params = CalculationMethod.Other();
  // Shadow factor 1; adhan's Asr is only the starting point for the Ministry's (see below).
  params.madhab = Madhab.Shafi;
  // Rounding is per prayer here (Fajr is truncated, the rest are not); adhan's is global.
  params.rounding = Rounding.None;
  return params;
}

/** The six times of Moroccan calendar day `dateKey` ('YYYY-MM-DD') at `place`. */
export function computePrayerTimes(place: PrayerPlace, dateKey: string): PrayerDay {
  const { year, month, day } = parseDateKey(dateKey);
  const { lat, lon, altitude } = locationOf(place);
  if (![lat, lon, altitude].every(Number.isFinite)) throw new RangeError('Invalid prayer location');
  const coordinates = new Coordinates(lat, lon);
  const date = new UtcCalendarDay(year, month, day);
  const { horizon } = HABOUS_METHOD;
  const horizonDepression = horizon.standardDepression + horizon.dipPerSqrtMetre * Math.sqrt(Math.max(0, altitude));

  const main = baseParameters();
  main.fajrAngle = HABOUS_METHOD.fajrAngle;
  main.ishaAngle = HABOUS_METHOD.ishaAngle;
  // adhan only honours a maghribAngle beyond its own -50' sunset, which this always is.
  main.maghribAngle = horizonDepression + horizon.maghribExtraDepression;
  const primary = new PrayerTimes(coordinates, date, main);

  // adhan has no setting for the sunrise altitude nor for the declination used by Asr, but it
  // solves any altitude crossing: Fajr's before the transit, Isha's after. A second pass uses
  // those two slots for the lowered sunrise and for Asr with the declination at Asr time.
  const extra = baseParameters();
  extra.fajrAngle = horizonDepression + horizon.sunriseExtraDepression;
  extra.ishaAngle = -asrAltitude(lat, solarDeclination(primary.asr.getTime()), HABOUS_METHOD.asrShadowFactor);
  const secondary = new PrayerTimes(coordinates, date, extra);

  const raw: Record<PrayerName, Date> = {
    fajr: primary.fajr,
    sunrise: secondary.fajr,
    dhuhr: primary.dhuhr,
    asr: secondary.isha,
    maghrib: primary.maghrib,
    isha: primary.isha,
  };
  const out = { date: dateKey } as { -readonly [K in keyof PrayerDay]: PrayerDay[K] };
  for (const name of PRAYER_NAMES) {
    const instant = raw[name];
    if (!Number.isFinite(instant.getTime())) throw new RangeError(`No ${name} on ${dateKey} at ${lat},${lon}`);
    out[name] = roundToMinute(instant, HABOUS_METHOD.rounding[name], HABOUS_METHOD.adjustments[name]);
  }
  return out;
}

/** Every day of `month` (1-12) of `year`, in order. */
export function computeMonth(place: PrayerPlace, year: number, month: number): PrayerDay[] {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid month ${year}-${month}`);
  }
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return Array.from({ length: days }, (_, i) => computePrayerTimes(place, formatDateKey(year, month, i + 1)));
}

/** 'HH:MM' in Moroccan legal time. */
export function formatPrayerClock(instant: Date): string {
  const { hour, minute } = toMoroccoParts(instant);
  return `${pad2(hour)}:${pad2(minute)}`;
}

/** Instant of an 'HH:MM' Moroccan legal time on Moroccan day `dateKey`. */
export function prayerClockToInstant(dateKey: string, clock: string): Date {
  const { year, month, day } = parseDateKey(dateKey);
  const match = /^(\d{2}):(\d{2})$/.exec(clock);
  if (!match) throw new RangeError(`Invalid clock ${JSON.stringify(clock)}, expected HH:MM`);
  return fromMoroccoLocal(year, month, day, Number(match[1]), Number(match[2]));
}
