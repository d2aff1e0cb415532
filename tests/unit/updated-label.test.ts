import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';
import { formatDateShort, formatDateTimeISO, formatTime } from '@/lib/time/format';

// The reader's "Mis à jour le …" as components/site/article-view.tsx builds it, for a given
// instant (no clock is read: the flagged time is the only input).
function label(locale: 'fr' | 'ar', modifiedAt: Date): string {
  const t = createTranslator({ locale, messages: locale === 'fr' ? fr : ar, namespace: 'Article' });
  return t('updatedOn', { date: formatDateShort(modifiedAt, locale), time: formatTime(modifiedAt) });
}

describe('the "updated" label', () => {
  it('reads as a day, an abbreviated month and a time in French, full Moroccan month names in Arabic', () => {
    const flagged = new Date('2026-12-03T14:05:00Z');
    expect(label('fr', flagged)).toBe('Mis à jour le 3 déc. 2026 à 14:05');
    expect(label('ar', flagged)).toBe('تحديث 3 دجنبر 2026 على الساعة 14:05');
    expect(label('fr', new Date('2027-02-01T08:00:00Z'))).toBe('Mis à jour le 1er févr. 2027 à 08:00');
  });

  it('is in Moroccan legal time, whatever tz data says: UTC+1 until 2026-09-20, UTC+0 since', () => {
    expect(label('fr', new Date('2026-06-01T13:05:00Z'))).toBe('Mis à jour le 1er juin 2026 à 14:05');
    expect(label('fr', new Date('2026-11-23T23:30:00Z'))).toBe('Mis à jour le 23 nov. 2026 à 23:30');
    expect(formatDateTimeISO(new Date('2026-11-23T23:30:00Z'))).toBe('2026-11-23T23:30:00+00:00');
  });

  it('puts the previous day right at a UTC+1 midnight', () => {
    expect(label('ar', new Date('2026-07-31T23:30:00Z'))).toBe('تحديث 1 غشت 2026 على الساعة 00:30');
  });
});
