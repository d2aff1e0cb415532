import { describe, expect, it } from 'vitest';
import { stripTimes, type ReaderStrip, type StripDay } from '@/lib/prayer/strip';

// Times of a Moroccan winter day at UTC+0, so clocks read the same as the UTC instants.
function day(date: string, clocks: [string, string, string, string, string, string]): StripDay {
  const names = ['fajr', 'sunrise', 'dhuhr', 'asr', 'maghrib', 'isha'] as const;
  return {
    date,
    clocks: Object.fromEntries(names.map((name, i) => [name, clocks[i]])) as StripDay['clocks'],
    instants: Object.fromEntries(names.map((name, i) => [name, `${date}T${clocks[i]}:00.000Z`])) as StripDay['instants'],
  };
}

const strip: ReaderStrip = {
  citySlug: 'fes',
  cityName: 'Fès',
  inCity: 'Horaires de prière à Fès',
  hijri: '14 joumada al-akhira 1448',
  monthHref: '/fr/horaires-priere/fes',
  today: day('2026-11-24', ['06:21', '07:49', '13:04', '15:49', '18:11', '19:33']),
  tomorrow: day('2026-11-25', ['06:22', '07:50', '13:04', '15:49', '18:11', '19:33']),
  validUntil: '2026-11-25T00:00:00.000Z',
};

describe('prayer strip rows in the browser', () => {
  it('marks the next prayer with the time left', () => {
    const rows = stripTimes(strip, new Date('2026-11-24T14:30:00Z'), 'fr');
    expect(rows.map((row) => row.clock)).toEqual(['06:21', '07:49', '13:04', '15:49', '18:11', '19:33']);
    expect(rows.filter((row) => row.isNext).map((row) => [row.name, row.left])).toEqual([['asr', 'dans 1 h 19']]);
    expect(stripTimes(strip, new Date('2026-11-24T15:48:30Z'), 'ar').find((row) => row.isNext)?.left).toBe('بعد دقيقة');
  });

  it("after Isha, shows tomorrow's Fajr in its row", () => {
    const fajr = stripTimes(strip, new Date('2026-11-24T21:00:00Z'), 'fr').find((row) => row.isNext);
    expect(fajr).toMatchObject({ name: 'fajr', clock: '06:22', iso: '2026-11-25T06:22:00.000Z', left: 'dans 9 h 22' });
  });

  it('marks nothing once the data is past its Moroccan midnight (the island fetches again)', () => {
    expect(stripTimes(strip, new Date('2026-11-25T03:00:00Z'), 'fr').some((row) => row.isNext)).toBe(false);
  });
});
