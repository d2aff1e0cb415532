// Every time shown to readers goes through these formatters so it is Moroccan legal time
// (see legal-time.ts), never the server's or the browser's zone. Month and weekday names are
// our own lists rather than Intl's: Moroccan readers expect the Moroccan Arabic month names
// (نونبر, not نوفمبر or تشرين الثاني), and Moroccan media use Western digits in both languages.

import { fromMoroccoLocal, toMoroccoParts, type MoroccoParts } from './legal-time';

export type TimeLocale = 'fr' | 'ar';

export interface HijriParts {
  day: number;
  /** 1 = Muharram … 12 = Dhu al-Hijja */
  month: number;
  year: number;
}

export const FRENCH_MONTHS = [
  'janvier', 'février', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre',
] as const;

/** The abbreviations French typography uses (Imprimerie nationale), for compact dates. */
export const FRENCH_MONTHS_SHORT = [
  'janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin',
  'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.',
] as const;

export const MOROCCAN_ARABIC_MONTHS = [
  'يناير', 'فبراير', 'مارس', 'أبريل', 'ماي', 'يونيو',
  'يوليوز', 'غشت', 'شتنبر', 'أكتوبر', 'نونبر', 'دجنبر',
] as const;

/** Index 0 = Sunday, like MoroccoParts.weekday. */
export const FRENCH_WEEKDAYS = ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'] as const;

export const ARABIC_WEEKDAYS = ['الأحد', 'الاثنين', 'الثلاثاء', 'الأربعاء', 'الخميس', 'الجمعة', 'السبت'] as const;

export const FRENCH_HIJRI_MONTHS = [
  'mouharram', 'safar', 'rabia al-awal', 'rabia ath-thani', 'joumada al-oula', 'joumada al-akhira',
  'rajab', 'chaabane', 'ramadan', 'chawwal', "dhou al-qi'da", 'dhou al-hijja',
] as const;

export const ARABIC_HIJRI_MONTHS = [
  'محرم', 'صفر', 'ربيع الأول', 'ربيع الآخر', 'جمادى الأولى', 'جمادى الآخرة',
  'رجب', 'شعبان', 'رمضان', 'شوال', 'ذو القعدة', 'ذو الحجة',
] as const;

export const HIJRI_OFFSET_MIN = -2;
export const HIJRI_OFFSET_MAX = 2;

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;
/** Older than this many Moroccan calendar days, a weekday name would be ambiguous. */
const WEEKDAY_WINDOW_DAYS = 6;

const pad2 = (n: number): string => String(n).padStart(2, '0');

const pick = <T>(list: readonly T[], index: number): T => {
  const value = list[index];
  if (value === undefined) throw new RangeError(`No entry ${index}`);
  return value;
};

const capitalize = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

// French writes the first day of a month as an ordinal ("1er novembre").
const dayNumber = (day: number, locale: TimeLocale): string => (locale === 'fr' && day === 1 ? '1er' : String(day));

const clock = (parts: MoroccoParts): string => `${pad2(parts.hour)}:${pad2(parts.minute)}`;

const weekdayName = (weekday: number, locale: TimeLocale): string =>
  pick(locale === 'fr' ? FRENCH_WEEKDAYS : ARABIC_WEEKDAYS, weekday);

const monthName = (month: number, locale: TimeLocale): string =>
  pick(locale === 'fr' ? FRENCH_MONTHS : MOROCCAN_ARABIC_MONTHS, month - 1);

/** Days since the epoch of the Moroccan calendar date, for calendar-day differences. */
const civilDay = (parts: MoroccoParts): number => Math.floor(Date.UTC(parts.year, parts.month - 1, parts.day) / DAY_MS);

const dayMonthYear = (parts: MoroccoParts, locale: TimeLocale): string =>
  `${dayNumber(parts.day, locale)} ${monthName(parts.month, locale)} ${parts.year}`;

const pluralRules: Partial<Record<TimeLocale, Intl.PluralRules>> = {};

function pluralCategory(n: number, locale: TimeLocale): Intl.LDMLPluralRule {
  const rules = (pluralRules[locale] ??= new Intl.PluralRules(locale));
  return rules.select(n);
}

function minutesAgo(minutes: number, locale: TimeLocale): string {
  if (locale === 'fr') {
    return `Il y a ${minutes} ${pluralCategory(minutes, 'fr') === 'one' ? 'minute' : 'minutes'}`;
  }
  switch (pluralCategory(minutes, 'ar')) {
    case 'one':
      return 'منذ دقيقة';
    case 'two':
      return 'منذ دقيقتين';
    case 'few':
      return `منذ ${minutes} دقائق`;
    default:
      return `منذ ${minutes} دقيقة`;
  }
}

export function isSameMoroccanDay(a: Date, b: Date): boolean {
  const pa = toMoroccoParts(a);
  const pb = toMoroccoParts(b);
  return pa.year === pb.year && pa.month === pb.month && pa.day === pb.day;
}

/**
 * Age of `instant` as seen at `now`, for article cards:
 * under a minute (or in the future, i.e. clock skew) → "À l'instant";
 * under an hour → "Il y a 5 minutes"; then by Moroccan calendar day: "Aujourd'hui 14:05",
 * "Hier 12:53", weekday within the last 6 days ("Lundi 09:10"), else "12 novembre 2026"
 * (the year is always shown on dates).
 */
export function formatRelative(instant: Date, now: Date, locale: TimeLocale): string {
  const elapsedMs = now.getTime() - instant.getTime();
  if (!Number.isFinite(elapsedMs)) throw new RangeError('Invalid Date');
  if (elapsedMs < MINUTE_MS) return locale === 'fr' ? "À l'instant" : 'الآن';

  const minutes = Math.floor(elapsedMs / MINUTE_MS);
  if (minutes < 60) return minutesAgo(minutes, locale);

  const then = toMoroccoParts(instant);
  const daysAgo = civilDay(toMoroccoParts(now)) - civilDay(then);
  const time = clock(then);
  if (daysAgo === 0) return locale === 'fr' ? `Aujourd'hui ${time}` : `اليوم ${time}`;
  if (daysAgo === 1) return locale === 'fr' ? `Hier ${time}` : `أمس ${time}`;
  if (daysAgo <= WEEKDAY_WINDOW_DAYS) {
    const weekday = weekdayName(then.weekday, locale);
    return `${locale === 'fr' ? capitalize(weekday) : weekday} ${time}`;
  }
  return dayMonthYear(then, locale);
}

/** "lundi 23 novembre 2026" / "الاثنين 23 نونبر 2026". */
export function formatDateLong(instant: Date, locale: TimeLocale): string {
  const parts = toMoroccoParts(instant);
  return `${weekdayName(parts.weekday, locale)} ${dayMonthYear(parts, locale)}`;
}

/** "23 novembre 2026" / "23 نونبر 2026". */
export function formatDate(instant: Date, locale: TimeLocale): string {
  return dayMonthYear(toMoroccoParts(instant), locale);
}

/**
 * "3 déc. 2026" / "3 دجنبر 2026" (Arabic month names are not abbreviated), in Moroccan legal
 * time: the date in a byline's "Mis à jour le …".
 */
export function formatDateShort(instant: Date, locale: TimeLocale): string {
  const parts = toMoroccoParts(instant);
  const month = locale === 'fr' ? pick(FRENCH_MONTHS_SHORT, parts.month - 1) : monthName(parts.month, locale);
  return `${dayNumber(parts.day, locale)} ${month} ${parts.year}`;
}

/** 24-hour "HH:MM" Moroccan time; the same in both locales. */
export function formatTime(instant: Date, _locale?: TimeLocale): string {
  return clock(toMoroccoParts(instant));
}

/** ISO 8601 with the Moroccan offset ("2026-11-23T12:53:00+00:00"), for <time dateTime>. */
export function formatDateTimeISO(instant: Date): string {
  const p = toMoroccoParts(instant);
  const sign = p.offsetMinutes < 0 ? '-' : '+';
  const abs = Math.abs(p.offsetMinutes);
  const year = String(p.year).padStart(4, '0');
  return `${year}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}:${pad2(p.second)}${sign}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

const RFC822_DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const;
const RFC822_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/**
 * RFC 822 date for RSS ("Mon, 23 Nov 2026 12:53:00 GMT"). In GMT, because RFC 822 names are
 * English whatever the feed's language and feed readers convert to the reader's zone anyway.
 */
export function formatRfc822(instant: Date): string {
  const day = pick(RFC822_DAYS, instant.getUTCDay());
  const month = pick(RFC822_MONTHS, instant.getUTCMonth());
  const time = `${pad2(instant.getUTCHours())}:${pad2(instant.getUTCMinutes())}:${pad2(instant.getUTCSeconds())}`;
  return `${day}, ${pad2(instant.getUTCDate())} ${month} ${instant.getUTCFullYear()} ${time} GMT`;
}

let umalquraFormatter: Intl.DateTimeFormat | undefined;

function assertHijriOffset(offsetDays: number): void {
  if (!Number.isInteger(offsetDays) || offsetDays < HIJRI_OFFSET_MIN || offsetDays > HIJRI_OFFSET_MAX) {
    throw new RangeError(`Hijri offset must be an integer in ${HIJRI_OFFSET_MIN}..${HIJRI_OFFSET_MAX}, got ${offsetDays}`);
  }
}

/**
 * Umm al-Qura date of the Moroccan calendar day of `instant`, shifted by `offsetDays` (-2..2)
 * because Morocco's official calendar follows local moon sighting and can differ from
 * Umm al-Qura by a day or two.
 */
export function hijriParts(instant: Date, offsetDays = 0): HijriParts {
  assertHijriOffset(offsetDays);
  const { year, month, day } = toMoroccoParts(instant);
  // UTC noon of the Moroccan date, read in UTC: neither the host TZ nor tz data can move the day.
  const noon = new Date(Date.UTC(year, month - 1, day + offsetDays, 12));
  umalquraFormatter ??= new Intl.DateTimeFormat('en-u-ca-islamic-umalqura-nu-latn', {
    timeZone: 'UTC',
    day: 'numeric',
    month: 'numeric',
    year: 'numeric',
  });
  const fields: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of umalquraFormatter.formatToParts(noon)) fields[part.type] = part.value;
  const result = { day: Number(fields.day), month: Number(fields.month), year: Number(fields.year) };
  if (![result.day, result.month, result.year].every(Number.isInteger)) {
    throw new Error('Intl did not return an Umm al-Qura date');
  }
  return result;
}

/** "13 joumada al-akhira 1448" / "13 جمادى الآخرة 1448 هـ". */
export function formatHijri(instant: Date, locale: TimeLocale, offsetDays = 0): string {
  const { day, month, year } = hijriParts(instant, offsetDays);
  if (locale === 'fr') return `${dayNumber(day, 'fr')} ${pick(FRENCH_HIJRI_MONTHS, month - 1)} ${year}`;
  return `${day} ${pick(ARABIC_HIJRI_MONTHS, month - 1)} ${year} هـ`;
}

/** Value for an <input type="datetime-local">, in Moroccan legal time ("2026-11-23T12:53"). */
export function formatDateTimeLocalInput(instant: Date): string {
  const p = toMoroccoParts(instant);
  return `${String(p.year).padStart(4, '0')}-${pad2(p.month)}-${pad2(p.day)}T${pad2(p.hour)}:${pad2(p.minute)}`;
}

/** The instant an editor meant by a datetime-local value typed in Moroccan legal time; null if malformed. */
export function parseDateTimeLocalInput(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  return fromMoroccoLocal(year, month, day, hour, minute);
}
