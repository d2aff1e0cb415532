import { describe, expect, it } from 'vitest';
import { formatRelative } from '@/lib/time/format';
import { moroccoDateKey, toMoroccoParts } from '@/lib/time/legal-time';

// Run once in the default zone and again under TZ=Asia/Tokyo and TZ=America/Los_Angeles (vitest.config.ts);
// tests/unit/zones/configured-zone.test.ts checks that those runs really are in their zone.
describe(`Moroccan day boundary with the server in ${process.env.TZ ?? 'its default zone'}`, () => {
  it('midnight in Morocco, not on the server, starts the day', () => {
    // 23:59:59 and 00:00:00 Moroccan time (UTC+0 since 2026-09-20); in Tokyo both are the same day (09:00).
    expect(moroccoDateKey(new Date('2026-11-22T23:59:59Z'))).toBe('2026-11-22');
    expect(moroccoDateKey(new Date('2026-11-23T00:00:00Z'))).toBe('2026-11-23');
    expect(toMoroccoParts(new Date('2026-11-23T00:00:00Z'))).toMatchObject({ hour: 0, minute: 0, day: 23 });
  });

  it('"Hier" flips exactly at the Moroccan midnight', () => {
    const published = new Date('2026-11-22T12:53:00Z');
    expect(formatRelative(published, new Date('2026-11-22T23:59:00Z'), 'fr')).toBe("Aujourd'hui 12:53");
    expect(formatRelative(published, new Date('2026-11-23T00:01:00Z'), 'fr')).toBe('Hier 12:53');
    expect(formatRelative(published, new Date('2026-11-23T00:01:00Z'), 'ar')).toBe('أمس 12:53');
  });

  it('summer 2026 (UTC+1): the day starts at 23:00 UTC', () => {
    expect(moroccoDateKey(new Date('2026-07-01T22:59:00Z'))).toBe('2026-07-01');
    expect(moroccoDateKey(new Date('2026-07-01T23:00:00Z'))).toBe('2026-07-02');
  });
});
