// Moroccan legal time ("heure légale"), independent of the host's TZ and of the runtime's tz data.
//
// Runtimes ship whatever tzdata their ICU was built with (Node 20 here: 2025c), and anything
// older than IANA 2026c still keeps Africa/Casablanca at UTC+1 after Morocco returned to
// permanent UTC+0 on 2026-09-20 (decree 2.26.530). So from 2018-10-28 on, offsets come from
// the explicit table below; Intl is only consulted for earlier instants, where every tzdata
// release agrees.
//
// Only UTC Date methods are used: local-time methods would depend on the server's TZ.

export const MOROCCO_TZ_ID = 'Africa/Casablanca';

export const MOROCCO_TZ_LABEL = {
  fr: 'heure du Maroc',
  ar: 'بتوقيت المغرب',
} as const;

export type MoroccoOffsetMinutes = number;

export interface MoroccoTransition {
  /** First instant (UTC epoch ms) at which `offsetMinutes` applies. */
  readonly fromUtcMs: number;
  readonly offsetMinutes: MoroccoOffsetMinutes;
}

export interface MoroccoParts {
  year: number;
  /** 1-12 */
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  /** 0 = Sunday */
  weekday: number;
  offsetMinutes: MoroccoOffsetMinutes;
}

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

const utc = (y: number, mo: number, d: number, h: number, mi = 0): number => Date.UTC(y, mo - 1, d, h, mi);

// From the IANA `africa` file, Morocco rules 2019-2026 (zone line "1:00 Morocco +01/+00" from
// 2018 Oct 28 3:00). Ramadan switches: clocks back at 03:00 local (+01) = 02:00 UTC, forward at
// 02:00 local (+00) = 02:00 UTC. These match the Africa/Casablanca transitions in the 2025c
// tzdata compiled into Node 20 and, for 2020, the Habous timetables
// (tests/fixtures/prayer-times/habous-reference.json). The final row (2026-09-20 02:00 local
// +01 = 01:00 UTC) is decree 2.26.530 / IANA 2026c and is not in any tzdata we can check
// against locally; it comes from the project's reference notes.
export const MOROCCO_TRANSITIONS: readonly MoroccoTransition[] = [
  { fromUtcMs: utc(2018, 10, 28, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2019, 5, 5, 2), offsetMinutes: 0 },
  { fromUtcMs: utc(2019, 6, 9, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2020, 4, 19, 2), offsetMinutes: 0 },
  { fromUtcMs: utc(2020, 5, 31, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2021, 4, 11, 2), offsetMinutes: 0 },
  { fromUtcMs: utc(2021, 5, 16, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2022, 3, 27, 2), offsetMinutes: 0 },
  { fromUtcMs: utc(2022, 5, 8, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2023, 3, 19, 2), offsetMinutes: 0 },
  { fromUtcMs: utc(2023, 4, 23, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2024, 3, 10, 2), offsetMinutes: 0 },
  { fromUtcMs: utc(2024, 4, 14, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2025, 2, 23, 2), offsetMinutes: 0 },
  { fromUtcMs: utc(2025, 4, 6, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2026, 2, 15, 2), offsetMinutes: 0 },
  { fromUtcMs: utc(2026, 3, 22, 2), offsetMinutes: 60 },
  { fromUtcMs: utc(2026, 9, 20, 1), offsetMinutes: 0 },
];

/** Start of the period covered by MOROCCO_TRANSITIONS; earlier instants use Intl. */
export const OWN_TABLE_FROM_UTC_MS = MOROCCO_TRANSITIONS[0]!.fromUtcMs;

/** Permanent UTC+0 since this instant (2026-09-20 02:00 local UTC+1). */
export const PERMANENT_UTC_FROM_UTC_MS = MOROCCO_TRANSITIONS[MOROCCO_TRANSITIONS.length - 1]!.fromUtcMs;

let historicFormatter: Intl.DateTimeFormat | null | undefined;

function getHistoricFormatter(): Intl.DateTimeFormat | null {
  if (historicFormatter === undefined) {
    try {
      historicFormatter = new Intl.DateTimeFormat('en-US-u-nu-latn', {
        timeZone: MOROCCO_TZ_ID,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
        era: 'short',
      });
    } catch {
      // A runtime without tz support: pre-2018 Morocco was on UTC+0 outside summers.
      historicFormatter = null;
    }
  }
  return historicFormatter;
}

function historicOffsetMinutes(ms: number): number {
  const formatter = getHistoricFormatter();
  if (!formatter) return 0;
  const fields: Record<string, string> = {};
  for (const part of formatter.formatToParts(new Date(ms))) fields[part.type] = part.value;
  const rawYear = Number(fields.year);
  const year = fields.era === 'BC' || fields.era === 'B' ? 1 - rawYear : rawYear;
  const wall = new Date(0);
  wall.setUTCFullYear(year, Number(fields.month) - 1, Number(fields.day));
  // Some ICU versions print midnight as "24" even with h23.
  wall.setUTCHours(Number(fields.hour) % 24, Number(fields.minute), Number(fields.second), 0);
  const wholeSecondMs = ms - (((ms % 1000) + 1000) % 1000);
  // Minutes, rounded: Casablanca's pre-1913 LMT (-0:30:20) is not a whole number of minutes.
  return Math.round((wall.getTime() - wholeSecondMs) / MINUTE_MS);
}

function offsetAtMs(ms: number): number {
  if (ms < OWN_TABLE_FROM_UTC_MS) return historicOffsetMinutes(ms);
  let offset = MOROCCO_TRANSITIONS[0]!.offsetMinutes;
  for (const transition of MOROCCO_TRANSITIONS) {
    if (ms < transition.fromUtcMs) break;
    offset = transition.offsetMinutes;
  }
  return offset;
}

function assertValidDate(instant: Date): number {
  const ms = instant.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('Invalid Date');
  return ms;
}

/** Moroccan legal UTC offset at `instant`, in minutes east of UTC: 0 or 60 (since 1913). */
export function moroccoOffsetMinutes(instant: Date): MoroccoOffsetMinutes {
  return offsetAtMs(assertValidDate(instant));
}

/** Moroccan wall-clock fields of `instant`. */
export function toMoroccoParts(instant: Date): MoroccoParts {
  const ms = assertValidDate(instant);
  const offsetMinutes = offsetAtMs(ms);
  const wall = new Date(ms + offsetMinutes * MINUTE_MS);
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    weekday: wall.getUTCDay(),
    offsetMinutes,
  };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 'YYYY-MM-DD' of the Moroccan calendar day containing `instant`. */
export function moroccoDateKey(instant: Date): string {
  const { year, month, day } = toMoroccoParts(instant);
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

/**
 * UTC instant of a Moroccan wall-clock time. Out-of-range fields roll over like Date.UTC.
 *
 * Around a transition the wall time is read with the offset in force just before it:
 * - repeated times (clocks going back, e.g. 2026-09-20 01:30 happens at UTC+1 then UTC+0)
 *   resolve to the first occurrence;
 * - skipped times (clocks going forward, e.g. 2026-03-22 02:30 does not exist) are read at
 *   the old offset, i.e. they land one hour later on the new wall clock (03:30 UTC+1).
 */
export function fromMoroccoLocal(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  const naive = new Date(0);
  naive.setUTCFullYear(year, month - 1, day);
  naive.setUTCHours(hour, minute, 0, 0);
  const naiveMs = naive.getTime();
  if (!Number.isFinite(naiveMs)) throw new RangeError('Invalid Moroccan local time');
  // Transitions are weeks apart, so a day either side sees the offsets before and after.
  const before = offsetAtMs(naiveMs - DAY_MS);
  const after = offsetAtMs(naiveMs + DAY_MS);
  for (const offset of [before, after]) {
    const candidate = naiveMs - offset * MINUTE_MS;
    if (offsetAtMs(candidate) === offset) return new Date(candidate);
  }
  return new Date(naiveMs - before * MINUTE_MS);
}

/** First instant of the Moroccan calendar day containing `instant`. */
export function startOfMoroccoDay(instant: Date): Date {
  const { year, month, day } = toMoroccoParts(instant);
  return fromMoroccoLocal(year, month, day);
}
