import { describe, expect, it } from 'vitest';
import { scriptLocale } from '@/lib/search/script';
import { bestCandidate, candidateScore, EDIT_COSTS, editCost, maxCost, type LexiconCandidate } from '@/lib/search/suggest';

const word = (key: string, articles = 1): LexiconCandidate => ({ word: key, key, articles });

describe('editCost', () => {
  it('is zero for the same key and counts plain edits as 1', () => {
    expect(editCost('tramway', 'tramway')).toBe(0);
    expect(editCost('tramway', 'tramwax')).toBe(1);
    expect(editCost('tramway', 'tramwa')).toBe(1);
    expect(editCost('', 'abc')).toBe(3);
  });

  it('makes Arabic long vowels cheap to leave out or add', () => {
    // الترموي → الترامواي: two alefs left out.
    expect(editCost('الترموي', 'الترامواي')).toBeCloseTo(2 * EDIT_COSTS.cheapIndel);
    // الترموي → التمويل: a consonant dropped and another added.
    expect(editCost('الترموي', 'التمويل')).toBe(2);
    expect(editCost('الجفف', 'الجفاف')).toBeCloseTo(EDIT_COSTS.cheapIndel);
  });

  it('makes doubled letters, swapped letters, vowel swaps and near letters cheaper than other edits', () => {
    expect(editCost('aggrumes', 'agrumes')).toBeCloseTo(EDIT_COSTS.cheapIndel);
    expect(editCost('telecabinne', 'telecabine')).toBeCloseTo(EDIT_COSTS.cheapIndel);
    expect(editCost('tramwya', 'tramway')).toBeCloseTo(EDIT_COSTS.transposition);
    expect(editCost('athletsime', 'athletisme')).toBeCloseTo(EDIT_COSTS.transposition);
    expect(editCost('ecanomie', 'economie')).toBeCloseTo(EDIT_COSTS.vowelSwap);
    expect(editCost('kasablanca', 'casablanca')).toBeCloseTo(EDIT_COSTS.nearLetters);
    expect(editCost('الزعقران', 'الزعفران')).toBe(1);
  });

  it('is symmetric', () => {
    for (const [a, b] of [['الترموي', 'الترامواي'], ['tramwya', 'tramway'], ['aggrumes', 'agrumes'], ['abc', 'xyz']] as const) {
      expect(editCost(a, b)).toBeCloseTo(editCost(b, a));
    }
  });
});

describe('bestCandidate', () => {
  it('prefers the tramway to financing for الترموي, even when financing is far more common', () => {
    const candidates = [word('التمويل', 40), word('الترامواي', 1), word('التموين', 3)];
    expect(bestCandidate('الترموي', candidates)?.key).toBe('الترامواي');
    expect(candidateScore('الترموي', candidates[1]!)).toBeLessThan(candidateScore('الترموي', candidates[0]!));
  });

  it('breaks near ties by how many articles use the word', () => {
    // Both one substitution away from "marche".
    expect(bestCandidate('marche', [word('marchi', 1), word('marcho', 9)])?.key).toBe('marcho');
    expect(bestCandidate('marche', [word('marchi', 9), word('marcho', 1)])?.key).toBe('marchi');
  });

  it('offers nothing for a known word or when nothing is close enough', () => {
    expect(bestCandidate('tramway', [word('tramways', 5), word('tramway', 1)])).toBeNull();
    expect(bestCandidate('xqzwvkj', [word('quokka'), word('xenon')])).toBeNull();
    expect(bestCandidate('abc', [])).toBeNull();
  });

  it('allows one edit on short words and more on long ones', () => {
    expect(maxCost('eau')).toBe(1);
    expect(maxCost('teleconsultation')).toBeCloseTo(16 / 3);
    expect(bestCandidate('eax', [word('eau')])?.key).toBe('eau');
    expect(bestCandidate('exx', [word('eau')])).toBeNull();
  });
});

describe('scriptLocale', () => {
  it('reads the script of the letters, the majority when mixed', () => {
    expect(scriptLocale('اقتصاد')).toBe('ar');
    expect(scriptLocale('économie')).toBe('fr');
    expect(scriptLocale('المَغْرِبُ')).toBe('ar');
    expect(scriptLocale('OCP الفوسفاط')).toBe('ar');
    expect(scriptLocale('Tanger Med ميناء')).toBe('fr');
    expect(scriptLocale('2026 — 3,5 %')).toBeNull();
    expect(scriptLocale('')).toBeNull();
  });
});
