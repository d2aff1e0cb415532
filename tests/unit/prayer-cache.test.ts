import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { prayerDayKey, prayerMonthKey, prayerYears } from '@/lib/prayer/cache-keys';
import { CITIES } from '@/lib/prayer/cities';

/*
 * Prayer times are cached for as long as Next allows, in a cache that instances share with Redis:
 * whatever cities and dates requests make up, the cache's arguments must come from a bounded set.
 */
const cache = vi.hoisted(() => ({ entered: 0 }));
vi.mock('next/cache', () => ({
  cacheLife: () => {
    cache.entered += 1;
  },
  cacheTag: () => {},
}));
vi.mock('next/headers', () => ({ cookies: async () => ({ get: () => undefined }) }));

const { getPrayerDay, getPrayerMonth } = await import('@/lib/data/prayer');

// Judged against this clock, whatever the date the tests run.
const now = new Date('2026-12-03T12:00:00Z');
const slugs = new Set(CITIES.map((city) => city.slug));
const pad = (n: number, width: number) => String(n).padStart(width, '0');

describe('prayer cache arguments', () => {
  it('name the city by its own slug: a made-up city is the default one, another spelling the same city', () => {
    expect(prayerDayKey('atlantis', '2026-12-03', now)).toEqual({ city: 'casablanca', date: '2026-12-03' });
    expect(prayerDayKey('', '2026-12-03', now).city).toBe('casablanca');
    for (const spelling of ['fes', 'FES', ' fes ', 'فاس', encodeURIComponent('فاس')]) expect(prayerDayKey(spelling, '2026-12-03', now).city, spelling).toBe('fes');
    expect(prayerMonthKey('tanger', 2026, 2, now)).toEqual({ city: 'tanger', year: 2026, month: 2 });
    expect(prayerMonthKey('nowhere', 2026, 2, now).city).toBe('casablanca');
  });

  it('cover the current Moroccan year and one either side, and refuse anything else', () => {
    expect(prayerYears(now)).toEqual({ first: 2025, last: 2027 });
    // The Moroccan year: 23:30 UTC on 31 December 2025 was already 2026 there (UTC+1 until September 2026).
    expect(prayerYears(new Date('2025-12-31T23:30:00Z'))).toEqual({ first: 2025, last: 2027 });
    expect(prayerDayKey('rabat', '2025-01-01', now).date).toBe('2025-01-01');
    expect(prayerDayKey('rabat', '2027-12-31', now).date).toBe('2027-12-31');
    for (const date of ['2024-12-31', '2028-01-01', '1900-01-01', '9999-12-31', '2026-02-30', '2026-1-1', '2026-01-01T00:00', '']) {
      expect(() => prayerDayKey('rabat', date, now), date).toThrow(RangeError);
    }
    for (const [year, month] of [[2024, 12], [2028, 1], [2026, 0], [2026, 13], [2026.5, 1], [Number.NaN, 1]] as const) {
      expect(() => prayerMonthKey('rabat', year, month, now), `${year}-${month}`).toThrow(RangeError);
    }
  });

  it('stay within 22 cities × 3 years whatever cities and dates arrive', () => {
    const dateLike = fc
      .tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 }))
      .map(([y, m, d]) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`);
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom(...slugs)), fc.oneof(fc.string(), dateLike), (city, date) => {
        let key: { city: string; date: string };
        try {
          key = prayerDayKey(city, date, now);
        } catch (error) {
          return error instanceof RangeError;
        }
        return slugs.has(key.city) && key.date === date && date >= '2025-01-01' && date <= '2027-12-31';
      }),
      { numRuns: 2_000 },
    );
  });
});

describe('getPrayerDay and getPrayerMonth', () => {
  it("give a made-up city the default city's times", async () => {
    expect(await getPrayerDay('atlantis', '2026-12-03', now)).toEqual(await getPrayerDay('casablanca', '2026-12-03', now));
    expect(await getPrayerMonth('atlantis', 2026, 2, now)).toEqual(await getPrayerMonth('casablanca', 2026, 2, now));
  });

  it('refuse a date out of range before the cache is entered', async () => {
    const entered = cache.entered;
    await expect(getPrayerDay('rabat', '1999-01-01', now)).rejects.toThrow(RangeError);
    await expect(getPrayerMonth('rabat', 3000, 1, now)).rejects.toThrow(RangeError);
    expect(cache.entered).toBe(entered);
    await getPrayerDay('rabat', '2026-12-03', now);
    expect(cache.entered).toBe(entered + 1);
  });
});
