import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it, expect } from 'vitest';
import {
  MOROCCO_TRANSITIONS,
  fromMoroccoLocal,
  moroccoDateKey,
  moroccoOffsetMinutes,
  startOfMoroccoDay,
  toMoroccoParts,
} from '../../lib/time/legal-time';

const at = (iso: string): Date => new Date(iso);

const fixturePath =
  process.env.PRAYER_TIMES_FIXTURE ??
  fileURLToPath(new URL('../fixtures/prayer-times/habous-reference.json', import.meta.url));

interface HabousRow {
  city: string;
  date: string;
  utc_offset: string;
}

const parseOffset = (value: string): number => {
  const match = /^([+-])(\d{2}):(\d{2})$/.exec(value);
  if (!match) throw new Error(`Bad utc_offset ${value}`);
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
};

describe('moroccoOffsetMinutes', () => {
  it('is UTC+0 today (2026-11-23), after the return to permanent UTC+0', () => {
    expect(moroccoOffsetMinutes(at('2026-11-23T12:00:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(at('2027-07-01T12:00:00Z'))).toBe(0);
  });

  it('is UTC+0 during Ramadan 2026 and UTC+1 on either side', () => {
    expect(moroccoOffsetMinutes(at('2026-01-15T12:00:00Z'))).toBe(60);
    expect(moroccoOffsetMinutes(at('2026-03-01T12:00:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(at('2026-04-15T12:00:00Z'))).toBe(60);
  });

  it('switches exactly at 02:00 UTC for the Ramadan 2026 changes', () => {
    expect(moroccoOffsetMinutes(at('2026-02-15T01:59:59Z'))).toBe(60);
    expect(moroccoOffsetMinutes(at('2026-02-15T02:00:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(at('2026-03-22T01:59:59Z'))).toBe(0);
    expect(moroccoOffsetMinutes(at('2026-03-22T02:00:00Z'))).toBe(60);
  });

  it('switches to permanent UTC+0 at 2026-09-20 01:00 UTC (02:00 local UTC+1)', () => {
    expect(moroccoOffsetMinutes(at('2026-09-20T00:59:59Z'))).toBe(60);
    expect(moroccoOffsetMinutes(at('2026-09-20T01:00:00Z'))).toBe(0);
  });

  it('has the Ramadan periods 2019-2026 from the IANA Morocco rules', () => {
    const ramadan: Array<[string, string]> = [
      ['2019-05-05', '2019-06-09'],
      ['2020-04-19', '2020-05-31'],
      ['2021-04-11', '2021-05-16'],
      ['2022-03-27', '2022-05-08'],
      ['2023-03-19', '2023-04-23'],
      ['2024-03-10', '2024-04-14'],
      ['2025-02-23', '2025-04-06'],
      ['2026-02-15', '2026-03-22'],
    ];
    for (const [start, end] of ramadan) {
      expect(moroccoOffsetMinutes(at(`${start}T01:59:00Z`)), start).toBe(60);
      expect(moroccoOffsetMinutes(at(`${start}T02:00:00Z`)), start).toBe(0);
      expect(moroccoOffsetMinutes(at(`${end}T01:59:00Z`)), end).toBe(0);
      expect(moroccoOffsetMinutes(at(`${end}T02:00:00Z`)), end).toBe(60);
    }
  });

  it('keeps the table strictly ordered and alternating', () => {
    for (let i = 1; i < MOROCCO_TRANSITIONS.length; i++) {
      const previous = MOROCCO_TRANSITIONS[i - 1]!;
      const current = MOROCCO_TRANSITIONS[i]!;
      expect(current.fromUtcMs).toBeGreaterThan(previous.fromUtcMs);
      expect(current.offsetMinutes).not.toBe(previous.offsetMinutes);
    }
  });

  it('uses the historic rules before 2018-10-28 (winter UTC+0, summer UTC+1, Ramadan UTC+0)', () => {
    expect(moroccoOffsetMinutes(at('2017-01-15T12:00:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(at('2017-07-15T12:00:00Z'))).toBe(60);
    expect(moroccoOffsetMinutes(at('2018-05-20T12:00:00Z'))).toBe(0);
    expect(moroccoOffsetMinutes(at('2018-10-27T12:00:00Z'))).toBe(60);
    expect(moroccoOffsetMinutes(at('2018-12-01T12:00:00Z'))).toBe(60);
  });

  it('matches the utc_offset of every Habous timetable row at local noon', () => {
    const rows = JSON.parse(readFileSync(fixturePath, 'utf8')) as HabousRow[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.some((row) => row.date.startsWith('2020-04') && row.utc_offset === '+00:00')).toBe(true);
    expect(rows.some((row) => row.date.startsWith('2020-05') && row.utc_offset === '+00:00')).toBe(true);
    for (const row of rows) {
      const [year, month, day] = row.date.split('-').map(Number) as [number, number, number];
      const noon = fromMoroccoLocal(year, month, day, 12, 0);
      expect(moroccoOffsetMinutes(noon), `${row.city} ${row.date}`).toBe(parseOffset(row.utc_offset));
    }
  });
});

describe('toMoroccoParts', () => {
  it('reads 2026-09-20 01:59 local at UTC+1 one minute before the clocks go back', () => {
    const lastMinute = toMoroccoParts(at('2026-09-20T00:59:00Z'));
    expect(lastMinute).toMatchObject({ year: 2026, month: 9, day: 20, hour: 1, minute: 59, offsetMinutes: 60 });

    const oneMinuteLater = toMoroccoParts(at('2026-09-20T01:00:00Z'));
    expect(oneMinuteLater).toMatchObject({ year: 2026, month: 9, day: 20, hour: 1, minute: 0, offsetMinutes: 0 });
  });

  it('gives a full set of fields with Sunday = 0', () => {
    expect(toMoroccoParts(at('2026-11-23T12:53:07Z'))).toEqual({
      year: 2026,
      month: 11,
      day: 23,
      hour: 12,
      minute: 53,
      second: 7,
      weekday: 1,
      offsetMinutes: 0,
    });
    expect(toMoroccoParts(at('2026-09-20T12:00:00Z')).weekday).toBe(0);
  });

  it('ignores the runtime tz data for Africa/Casablanca after 2026-09-20', () => {
    expect(toMoroccoParts(at('2026-11-23T12:53:00Z')).hour).toBe(12);
  });

  it('rejects invalid dates', () => {
    expect(() => toMoroccoParts(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('moroccoDateKey', () => {
  it('rolls over at Moroccan midnight in winter (UTC+0)', () => {
    expect(moroccoDateKey(at('2026-11-22T23:59:59Z'))).toBe('2026-11-22');
    expect(moroccoDateKey(at('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
  });

  it('rolls over at Moroccan midnight in summer 2026 (UTC+1)', () => {
    expect(moroccoDateKey(at('2026-07-01T22:59:00Z'))).toBe('2026-07-01');
    expect(toMoroccoParts(at('2026-07-01T22:59:00Z'))).toMatchObject({ hour: 23, minute: 59 });
    expect(moroccoDateKey(at('2026-07-01T23:00:00Z'))).toBe('2026-07-02');
  });
});

describe('fromMoroccoLocal', () => {
  it('inverts toMoroccoParts on ordinary times', () => {
    expect(fromMoroccoLocal(2026, 11, 23, 12, 53).toISOString()).toBe('2026-11-23T12:53:00.000Z');
    expect(fromMoroccoLocal(2026, 7, 1, 23, 59).toISOString()).toBe('2026-07-01T22:59:00.000Z');
    expect(fromMoroccoLocal(2026, 3, 1, 12, 0).toISOString()).toBe('2026-03-01T12:00:00.000Z');
    expect(fromMoroccoLocal(2017, 7, 15, 12, 0).toISOString()).toBe('2017-07-15T11:00:00.000Z');
  });

  it('reads 2026-09-20 01:59 local as UTC+1', () => {
    expect(fromMoroccoLocal(2026, 9, 20, 1, 59).toISOString()).toBe('2026-09-20T00:59:00.000Z');
  });

  it('resolves the repeated hour after 2026-09-20 02:00 to its first occurrence', () => {
    expect(fromMoroccoLocal(2026, 9, 20, 1, 30).toISOString()).toBe('2026-09-20T00:30:00.000Z');
    expect(fromMoroccoLocal(2026, 9, 20, 2, 0).toISOString()).toBe('2026-09-20T02:00:00.000Z');
    expect(fromMoroccoLocal(2026, 2, 15, 2, 30).toISOString()).toBe('2026-02-15T01:30:00.000Z');
  });

  it('reads a skipped time at the offset before the change', () => {
    // 2026-03-22 02:30 never happened (02:00 UTC+0 became 03:00 UTC+1).
    expect(fromMoroccoLocal(2026, 3, 22, 2, 30).toISOString()).toBe('2026-03-22T02:30:00.000Z');
    expect(toMoroccoParts(fromMoroccoLocal(2026, 3, 22, 2, 30))).toMatchObject({ hour: 3, minute: 30 });
  });

  it('round-trips every quarter hour of 2026 outside repeated and skipped hours', () => {
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 15 * 60_000) {
      const p = toMoroccoParts(new Date(ms));
      const back = fromMoroccoLocal(p.year, p.month, p.day, p.hour, p.minute).getTime();
      const repeatedHour = ms >= Date.UTC(2026, 1, 15, 2) && ms < Date.UTC(2026, 1, 15, 3);
      const repeatedHourSeptember = ms >= Date.UTC(2026, 8, 20, 1) && ms < Date.UTC(2026, 8, 20, 2);
      if (repeatedHour || repeatedHourSeptember) expect(back).toBe(ms - 3_600_000);
      else expect(back).toBe(ms);
    }
  });
});

describe('startOfMoroccoDay', () => {
  it('is Moroccan midnight in winter and summer', () => {
    expect(startOfMoroccoDay(at('2026-11-23T15:00:00Z')).toISOString()).toBe('2026-11-23T00:00:00.000Z');
    expect(startOfMoroccoDay(at('2026-07-01T23:30:00Z')).toISOString()).toBe('2026-07-01T23:00:00.000Z');
    expect(startOfMoroccoDay(at('2026-07-01T12:00:00Z')).toISOString()).toBe('2026-06-30T23:00:00.000Z');
  });

  it('is midnight UTC+1 on the day the clocks go back for good', () => {
    expect(startOfMoroccoDay(at('2026-09-20T18:00:00Z')).toISOString()).toBe('2026-09-19T23:00:00.000Z');
  });
});
