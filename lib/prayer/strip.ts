import { formatCountdown } from './countdown';
import { nextPrayer, PRAYER_NAMES, type PrayerDay, type PrayerName } from './day';

/*
 * What the prayer strip needs for one reader (their city, today and tomorrow), as JSON. The
 * server computes it (adhan, Moroccan legal time); the browser island only picks the next
 * prayer and counts down, so this module stays free of both.
 */

/** The strip's words in the reader's language: each prayer's name and the city chooser's. */
export type PrayerStripLabels = Record<PrayerName, string> & { change: string; city: string; choose: string; month: string };

export interface StripDay {
  /** 'YYYY-MM-DD', Moroccan calendar day. */
  date: string;
  /** UTC instants (ISO 8601). */
  instants: Record<PrayerName, string>;
  /** 'HH:MM' in Moroccan legal time. */
  clocks: Record<PrayerName, string>;
}

export interface ReaderStrip {
  citySlug: string;
  cityName: string;
  /** "Horaires de prière à Fès": the strip's accessible name. */
  inCity: string;
  hijri: string;
  monthHref: string;
  today: StripDay;
  tomorrow: StripDay;
  /** The next Moroccan midnight: after it, today's data is stale and must be fetched again. */
  validUntil: string;
}

export interface StripTime {
  name: PrayerName;
  clock: string;
  iso: string;
  isNext: boolean;
  left: string | null;
}

function toPrayerDay(day: StripDay): PrayerDay {
  const instants = Object.fromEntries(PRAYER_NAMES.map((name) => [name, new Date(day.instants[name])]));
  return { date: day.date, ...instants } as PrayerDay;
}

/** The six rows at `now`: the next prayer marked, with the time left before it. */
export function stripTimes(strip: ReaderStrip, now: Date, locale: 'fr' | 'ar'): StripTime[] {
  const next = now.getTime() < Date.parse(strip.validUntil) ? nextPrayer(toPrayerDay(strip.today), now, toPrayerDay(strip.tomorrow)) : null;
  return PRAYER_NAMES.map((name) => {
    const isNext = next?.prayer === name;
    // After Isha the next prayer is tomorrow's Fajr: show that time in its place.
    const day = isNext && next.tomorrow ? strip.tomorrow : strip.today;
    return { name, clock: day.clocks[name], iso: day.instants[name], isNext, left: isNext ? formatCountdown(next.minutesLeft, locale) : null };
  });
}
