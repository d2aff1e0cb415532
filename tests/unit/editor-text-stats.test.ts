import { describe, expect, it } from 'vitest';
import { countWords, readingMinutes, SNIPPET_LIMITS, truncateForSnippet } from '@/lib/editor/text-stats';

describe('countWords', () => {
  it('counts French words, keeping elisions and hyphenated words whole', () => {
    expect(countWords("Aujourd'hui, la médina de Fès — peut-être la plus grande — s’éveille.")).toBe(10);
    expect(countWords('  ')).toBe(0);
    expect(countWords('En 2026, 3 ports.')).toBe(4);
  });

  it('counts Arabic words whole, with their vowel signs, shadda and tatweel', () => {
    // Harakat and shadda are combining marks: a \\w-style count would split "مُحَمَّدٌ" into letters.
    expect(countWords('وَصَلَ مُحَمَّدٌ إلى الرباط')).toBe(4);
    expect(countWords('الـمـغـرب')).toBe(1);
  });

  it('splits on Arabic punctuation as on Latin punctuation', () => {
    expect(countWords('الرباط،الدار البيضاء؛فاس؟نعم')).toBe(5);
  });

  it('counts mixed-script text', () => {
    expect(countWords('زار Emmanuel Macron الرباط')).toBe(4);
  });
});

describe('readingMinutes', () => {
  it('rounds up, at the slower pace for Arabic', () => {
    expect(readingMinutes(0, 'fr')).toBe(0);
    expect(readingMinutes(1, 'fr')).toBe(1);
    expect(readingMinutes(440, 'fr')).toBe(2);
    expect(readingMinutes(441, 'fr')).toBe(3);
    expect(readingMinutes(440, 'ar')).toBe(3);
  });
});

describe('truncateForSnippet', () => {
  it('keeps short text as it is, spaces folded', () => {
    expect(truncateForSnippet('  La récolte   des dattes ', 60)).toBe('La récolte des dattes');
  });

  it('cuts long text at a word boundary with an ellipsis, within the limit', () => {
    const title = 'Les dattes de Zagora arrivent au port de Tanger plus tôt que prévu cette année';
    const cut = truncateForSnippet(title, SNIPPET_LIMITS.title);
    expect(cut.length).toBeLessThanOrEqual(SNIPPET_LIMITS.title);
    expect(cut).toBe('Les dattes de Zagora arrivent au port de Tanger plus tôt…');
  });

  it('cuts Arabic the same way, without leaving Arabic punctuation before the ellipsis', () => {
    const cut = truncateForSnippet('وصلت تمور زاكورة إلى ميناء طنجة، قبل موعدها المعتاد هذه السنة', 36);
    expect(cut).toBe('وصلت تمور زاكورة إلى ميناء طنجة…');
  });
});
