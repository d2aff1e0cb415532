// The six daily times and which one comes next. Free of `adhan` and of any time-zone data, so
// the prayer strip's browser island can import it.

export const PRAYER_NAMES = ['fajr', 'sunrise', 'dhuhr', 'asr', 'maghrib', 'isha'] as const;

export type PrayerName = (typeof PRAYER_NAMES)[number];

/** One Moroccan calendar day of times. Each is a UTC instant on a whole minute. */
export interface PrayerDay {
  /** 'YYYY-MM-DD', Moroccan calendar day. */
  readonly date: string;
  readonly fajr: Date;
  readonly sunrise: Date;
  readonly dhuhr: Date;
  readonly asr: Date;
  readonly maghrib: Date;
  readonly isha: Date;
}

const MINUTE_MS = 60_000;

export interface NextPrayer {
  readonly prayer: PrayerName;
  readonly at: Date;
  /** Whole minutes still to wait, rounded up: 1 during the last minute, never 0. */
  readonly minutesLeft: number;
  /** True when it is tomorrow's Fajr. */
  readonly tomorrow: boolean;
}

/**
 * The first of the six times strictly after `now`. After Isha that is tomorrow's Fajr, so
 * callers pass `tomorrow` (the next day's times); without it, null is returned then.
 */
export function nextPrayer(today: PrayerDay, now: Date, tomorrow?: PrayerDay): NextPrayer | null {
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw new RangeError('Invalid Date');
  const found = (prayer: PrayerName, at: Date, isTomorrow: boolean): NextPrayer => ({
    prayer,
    at,
    minutesLeft: Math.ceil((at.getTime() - nowMs) / MINUTE_MS),
    tomorrow: isTomorrow,
  });
  for (const name of PRAYER_NAMES) {
    if (today[name].getTime() > nowMs) return found(name, today[name], false);
  }
  if (!tomorrow) return null;
  if (tomorrow.fajr.getTime() <= nowMs) throw new RangeError(`${tomorrow.date} is not the day after ${today.date}`);
  return found('fajr', tomorrow.fajr, true);
}
