import { describe, expect, it } from 'vitest';
import { timeUntil } from '@/lib/editor/schedule';

describe('timeUntil (the scheduling field read back as "dans 1 h 15")', () => {
  it('reads the typed value as Moroccan legal time: UTC+0 since 2026-09-20', () => {
    expect(timeUntil('2026-11-23T16:15', new Date('2026-11-23T15:00:00Z'))).toEqual({ hours: 1, minutes: 15 });
  });

  it('and UTC+1 in a summer before it', () => {
    // 12:00 in Morocco on 1 June 2026 is 11:00 UTC.
    expect(timeUntil('2026-06-01T13:15', new Date('2026-06-01T11:00:00Z'))).toEqual({ hours: 1, minutes: 15 });
  });

  it('rounds a part minute up, so a time just ahead never reads as "0 min"', () => {
    expect(timeUntil('2026-11-23T15:01', new Date('2026-11-23T15:00:30Z'))).toEqual({ hours: 0, minutes: 1 });
  });

  it('has nothing to say of a past, present or malformed value', () => {
    const now = new Date('2026-11-23T15:00:00Z');
    expect(timeUntil('2026-11-23T15:00', now)).toBeNull();
    expect(timeUntil('2026-11-23T14:00', now)).toBeNull();
    expect(timeUntil('demain', now)).toBeNull();
    expect(timeUntil('', now)).toBeNull();
  });
});
