import { describe, it, expect } from 'vitest';
import {
  formatDate,
  formatDateLong,
  formatDateTimeISO,
  formatHijri,
  formatRelative,
  formatRfc822,
  formatTime,
  hijriParts,
  isSameMoroccanDay,
} from '../../lib/time/format';

const at = (iso: string): Date => new Date(iso);
const minutesBefore = (date: Date, minutes: number): Date => new Date(date.getTime() - minutes * 60_000);

// Monday 2026-11-23 15:00 in Morocco (UTC+0).
const NOW = at('2026-11-23T15:00:00Z');

describe('formatRelative', () => {
  it('says "just now" under a minute and for future instants', () => {
    expect(formatRelative(minutesBefore(NOW, 0.5), NOW, 'fr')).toBe("À l'instant");
    expect(formatRelative(minutesBefore(NOW, 0.5), NOW, 'ar')).toBe('الآن');
    expect(formatRelative(at('2026-11-23T15:05:00Z'), NOW, 'fr')).toBe("À l'instant");
    expect(formatRelative(at('2026-11-23T15:05:00Z'), NOW, 'ar')).toBe('الآن');
  });

  it('counts minutes under an hour', () => {
    expect(formatRelative(minutesBefore(NOW, 5), NOW, 'fr')).toBe('Il y a 5 minutes');
    expect(formatRelative(minutesBefore(NOW, 1), NOW, 'fr')).toBe('Il y a 1 minute');
    expect(formatRelative(minutesBefore(NOW, 59.9), NOW, 'fr')).toBe('Il y a 59 minutes');
  });

  it('uses Arabic plural forms for minutes', () => {
    expect(formatRelative(minutesBefore(NOW, 1), NOW, 'ar')).toBe('منذ دقيقة');
    expect(formatRelative(minutesBefore(NOW, 2), NOW, 'ar')).toBe('منذ دقيقتين');
    expect(formatRelative(minutesBefore(NOW, 3), NOW, 'ar')).toBe('منذ 3 دقائق');
    expect(formatRelative(minutesBefore(NOW, 5), NOW, 'ar')).toBe('منذ 5 دقائق');
    expect(formatRelative(minutesBefore(NOW, 10), NOW, 'ar')).toBe('منذ 10 دقائق');
    expect(formatRelative(minutesBefore(NOW, 11), NOW, 'ar')).toBe('منذ 11 دقيقة');
    expect(formatRelative(minutesBefore(NOW, 45), NOW, 'ar')).toBe('منذ 45 دقيقة');
  });

  it('shows "today" with the time after an hour', () => {
    expect(formatRelative(at('2026-11-23T14:00:00Z'), NOW, 'fr')).toBe("Aujourd'hui 14:00");
    expect(formatRelative(at('2026-11-23T09:05:00Z'), NOW, 'ar')).toBe('اليوم 09:05');
    expect(formatRelative(at('2026-11-23T00:00:00Z'), NOW, 'fr')).toBe("Aujourd'hui 00:00");
  });

  it('shows "yesterday" for the previous Moroccan calendar day', () => {
    expect(formatRelative(at('2026-11-22T12:53:00Z'), NOW, 'fr')).toBe('Hier 12:53');
    expect(formatRelative(at('2026-11-22T12:53:00Z'), NOW, 'ar')).toBe('أمس 12:53');
    expect(formatRelative(at('2026-11-22T23:59:00Z'), at('2026-11-23T01:00:00Z'), 'fr')).toBe('Hier 23:59');
  });

  it('uses Moroccan, not server, calendar days in summer (UTC+1)', () => {
    const summerNow = at('2026-07-02T08:00:00Z'); // 09:00 on 07-02
    expect(formatRelative(at('2026-07-01T23:30:00Z'), summerNow, 'fr')).toBe("Aujourd'hui 00:30");
    expect(formatRelative(at('2026-07-01T22:30:00Z'), summerNow, 'fr')).toBe('Hier 23:30');
  });

  it('shows the weekday within the last 6 days', () => {
    // 2026-11-17 is a Tuesday, 6 days before NOW.
    expect(formatRelative(at('2026-11-17T09:10:00Z'), NOW, 'fr')).toBe('Mardi 09:10');
    expect(formatRelative(at('2026-11-17T09:10:00Z'), NOW, 'ar')).toBe('الثلاثاء 09:10');
    expect(formatRelative(at('2026-11-21T18:00:00Z'), NOW, 'fr')).toBe('Samedi 18:00');
    expect(formatRelative(at('2026-11-21T18:00:00Z'), NOW, 'ar')).toBe('السبت 18:00');
  });

  it('shows the date with Moroccan month names after 6 days', () => {
    expect(formatRelative(at('2026-11-16T09:10:00Z'), NOW, 'fr')).toBe('16 novembre 2026');
    expect(formatRelative(at('2026-11-16T09:10:00Z'), NOW, 'ar')).toBe('16 نونبر 2026');
    expect(formatRelative(at('2026-11-12T10:00:00Z'), NOW, 'ar')).toBe('12 نونبر 2026');
    expect(formatRelative(at('2026-08-05T10:00:00Z'), NOW, 'ar')).toBe('5 غشت 2026');
    expect(formatRelative(at('2026-09-01T10:00:00Z'), NOW, 'ar')).toBe('1 شتنبر 2026');
    expect(formatRelative(at('2026-07-14T10:00:00Z'), NOW, 'ar')).toBe('14 يوليوز 2026');
    expect(formatRelative(at('2025-12-25T10:00:00Z'), NOW, 'ar')).toBe('25 دجنبر 2025');
    expect(formatRelative(at('2026-05-01T10:00:00Z'), NOW, 'ar')).toBe('1 ماي 2026');
    expect(formatRelative(at('2026-05-01T10:00:00Z'), NOW, 'fr')).toBe('1er mai 2026');
    expect(formatRelative(at('2026-02-03T10:00:00Z'), NOW, 'fr')).toBe('3 février 2026');
  });

  it('uses Western digits in Arabic', () => {
    const outputs = [
      formatRelative(minutesBefore(NOW, 25), NOW, 'ar'),
      formatRelative(at('2026-11-22T12:53:00Z'), NOW, 'ar'),
      formatRelative(at('2026-01-23T12:53:00Z'), NOW, 'ar'),
      formatDateLong(NOW, 'ar'),
      formatHijri(NOW, 'ar'),
    ];
    for (const text of outputs) expect(text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
  });
});

describe('formatDateLong / formatDate / formatTime', () => {
  it('formats the Moroccan calendar date', () => {
    expect(formatDateLong(at('2026-11-23T12:53:00Z'), 'fr')).toBe('lundi 23 novembre 2026');
    expect(formatDateLong(at('2026-11-23T12:53:00Z'), 'ar')).toBe('الاثنين 23 نونبر 2026');
    expect(formatDateLong(at('2026-12-01T08:00:00Z'), 'fr')).toBe('mardi 1er décembre 2026');
    expect(formatDate(at('2026-06-10T08:00:00Z'), 'ar')).toBe('10 يونيو 2026');
  });

  it('takes the Moroccan day, not the UTC day, in summer', () => {
    expect(formatDateLong(at('2026-07-01T23:30:00Z'), 'fr')).toBe('jeudi 2 juillet 2026');
    expect(formatTime(at('2026-07-01T23:30:00Z'), 'fr')).toBe('00:30');
  });

  it('formats 24-hour Moroccan time', () => {
    expect(formatTime(at('2026-11-23T12:53:00Z'), 'fr')).toBe('12:53');
    expect(formatTime(at('2026-11-23T12:53:00Z'), 'ar')).toBe('12:53');
    expect(formatTime(at('2026-03-01T21:05:00Z'), 'fr')).toBe('21:05');
    expect(formatTime(at('2026-01-15T21:05:00Z'), 'fr')).toBe('22:05');
  });
});

describe('formatDateTimeISO', () => {
  it('writes the Moroccan wall time with its offset', () => {
    expect(formatDateTimeISO(at('2026-11-23T12:53:00Z'))).toBe('2026-11-23T12:53:00+00:00');
    expect(formatDateTimeISO(at('2026-07-01T22:59:30.250Z'))).toBe('2026-07-01T23:59:30+01:00');
    expect(formatDateTimeISO(at('2026-09-20T00:59:00Z'))).toBe('2026-09-20T01:59:00+01:00');
    expect(formatDateTimeISO(at('2026-09-20T01:00:00Z'))).toBe('2026-09-20T01:00:00+00:00');
  });

  it('round-trips through Date parsing', () => {
    const instant = at('2026-04-15T10:20:30Z');
    expect(new Date(formatDateTimeISO(instant)).getTime()).toBe(instant.getTime());
  });
});

describe('isSameMoroccanDay', () => {
  it('compares Moroccan calendar days', () => {
    expect(isSameMoroccanDay(at('2026-11-23T00:00:00Z'), at('2026-11-23T23:59:59Z'))).toBe(true);
    expect(isSameMoroccanDay(at('2026-11-22T23:59:59Z'), at('2026-11-23T00:00:00Z'))).toBe(false);
    expect(isSameMoroccanDay(at('2026-07-01T23:00:00Z'), at('2026-07-02T12:00:00Z'))).toBe(true);
    expect(isSameMoroccanDay(at('2026-07-01T22:59:00Z'), at('2026-07-01T23:00:00Z'))).toBe(false);
  });
});

describe('Hijri date (Umm al-Qura)', () => {
  // Hard-coded from the Umm al-Qura calendar (checked against Node 20 / ICU 78):
  // 1 Ramadan 1447 = 2026-02-18, 1 Ramadan 1446 = 2025-03-01, 10 Dhu al-Hijja 1443 = 2022-07-09.
  it('gives known Umm al-Qura dates', () => {
    expect(hijriParts(at('2026-02-18T12:00:00Z'))).toEqual({ day: 1, month: 9, year: 1447 });
    expect(hijriParts(at('2026-02-17T12:00:00Z'))).toEqual({ day: 29, month: 8, year: 1447 });
    expect(hijriParts(at('2025-03-01T12:00:00Z'))).toEqual({ day: 1, month: 9, year: 1446 });
    expect(hijriParts(at('2022-07-09T12:00:00Z'))).toEqual({ day: 10, month: 12, year: 1443 });
    expect(hijriParts(at('2026-11-23T12:00:00Z'))).toEqual({ day: 13, month: 6, year: 1448 });
  });

  it('formats in French and Arabic', () => {
    expect(formatHijri(at('2026-02-18T12:00:00Z'), 'fr')).toBe('1er ramadan 1447');
    expect(formatHijri(at('2026-02-18T12:00:00Z'), 'ar')).toBe('1 رمضان 1447 هـ');
    expect(formatHijri(at('2026-11-23T12:00:00Z'), 'fr')).toBe('13 joumada al-akhira 1448');
    expect(formatHijri(at('2026-11-23T12:00:00Z'), 'ar')).toBe('13 جمادى الآخرة 1448 هـ');
  });

  it('shifts by the configured offset', () => {
    expect(hijriParts(at('2026-02-18T12:00:00Z'), -1)).toEqual({ day: 29, month: 8, year: 1447 });
    expect(formatHijri(at('2026-02-17T12:00:00Z'), 'ar', 1)).toBe('1 رمضان 1447 هـ');
    expect(formatHijri(at('2026-02-18T12:00:00Z'), 'fr', -1)).toBe('29 chaabane 1447');
    expect(hijriParts(at('2026-11-23T12:00:00Z'), 2)).toEqual({ day: 15, month: 6, year: 1448 });
  });

  it('uses the Moroccan day at the summer midnight boundary', () => {
    // 2026-07-01T23:30Z is already 2026-07-02 in Morocco (UTC+1).
    expect(hijriParts(at('2026-07-01T23:30:00Z'))).toEqual(hijriParts(at('2026-07-02T12:00:00Z')));
    expect(hijriParts(at('2026-07-01T23:30:00Z'))).not.toEqual(hijriParts(at('2026-07-01T12:00:00Z')));
  });

  it('rejects offsets outside -2..2 and non-integers', () => {
    expect(() => hijriParts(NOW, 3)).toThrow(RangeError);
    expect(() => hijriParts(NOW, -3)).toThrow(RangeError);
    expect(() => formatHijri(NOW, 'fr', 0.5)).toThrow(RangeError);
  });
});

describe('formatRfc822', () => {
  it('writes RSS dates in GMT with English names, whatever the zone', () => {
    expect(formatRfc822(at('2026-11-23T12:53:07Z'))).toBe('Mon, 23 Nov 2026 12:53:07 GMT');
    expect(formatRfc822(at('2026-07-01T23:59:30.250Z'))).toBe('Wed, 01 Jul 2026 23:59:30 GMT');
    expect(formatRfc822(at('2027-01-03T00:00:00Z'))).toBe('Sun, 03 Jan 2027 00:00:00 GMT');
  });
});
