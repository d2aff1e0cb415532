import { describe, expect, it } from 'vitest';
import { formatCountdown } from '@/lib/prayer/countdown';

describe('formatCountdown', () => {
  it('French', () => {
    expect(formatCountdown(80, 'fr')).toBe('dans 1 h 20');
    expect(formatCountdown(45, 'fr')).toBe('dans 45 min');
    expect(formatCountdown(120, 'fr')).toBe('dans 2 h');
    expect(formatCountdown(65, 'fr')).toBe('dans 1 h 05');
    expect(formatCountdown(0.2, 'fr')).toBe('dans 1 min');
  });

  it('Arabic, with dual and plural forms', () => {
    expect(formatCountdown(80, 'ar')).toBe('بعد ساعة و20 دقيقة');
    expect(formatCountdown(120, 'ar')).toBe('بعد ساعتين');
    expect(formatCountdown(185, 'ar')).toBe('بعد 3 ساعات و5 دقائق');
    expect(formatCountdown(2, 'ar')).toBe('بعد دقيقتين');
    expect(formatCountdown(1, 'ar')).toBe('بعد دقيقة');
    expect(formatCountdown(61, 'ar')).toBe('بعد ساعة ودقيقة');
    expect(formatCountdown(11 * 60 + 11, 'ar')).toBe('بعد 11 ساعة و11 دقيقة');
  });
});
