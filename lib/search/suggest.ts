/*
 * "Did you mean": which lexicon word a misspelt query word most likely stands for. Both sides are
 * folded keys (public.jarida_search_key: no accents, no harakat, hamza and alef forms, ta marbuta
 * and alef maqsura unified, lower case), so what is left to weigh is the typing itself.
 */

/** Arabic long vowels (after folding): readers often leave them out or add one (الترموي for الترامواي). */
const ARABIC_LONG_VOWELS = new Set(['\u0627', '\u0648', '\u064A']);
const LATIN_VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);

/** Letters readers mix up, by sound or key position: a substitution between them costs less. */
const NEAR_PAIRS = [
  // Arabic: emphatic and plain consonants, close sounds.
  '\u0636\u0638', // ض ظ
  '\u0630\u0632', // ذ ز
  '\u062B\u0633', // ث س
  '\u0635\u0633', // ص س
  '\u0637\u062A', // ط ت
  '\u0642\u0643', // ق ك
  '\u062D\u0647', // ح ه
  // French: same sound, different letter.
  'ck',
  'cs',
  'sz',
  'iy',
  'fv',
];
const NEAR = new Set(NEAR_PAIRS.flatMap(([a, b]) => [`${a}${b}`, `${b}${a}`]));

/** Costs, relative to 1 for any other insertion, deletion or substitution. */
export const EDIT_COSTS = {
  /** Inserting or deleting an Arabic long vowel, or a letter doubling its neighbour. */
  cheapIndel: 0.3,
  /** One vowel for another (Latin) or one long vowel for another (Arabic). */
  vowelSwap: 0.6,
  nearLetters: 0.6,
  /** Two adjacent letters swapped ("tramwya"). */
  transposition: 0.6,
} as const;

function indelCost(word: string, index: number): number {
  const char = word[index]!;
  if (ARABIC_LONG_VOWELS.has(char)) return EDIT_COSTS.cheapIndel;
  if (word[index - 1] === char || word[index + 1] === char) return EDIT_COSTS.cheapIndel;
  return 1;
}

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  if ((ARABIC_LONG_VOWELS.has(a) && ARABIC_LONG_VOWELS.has(b)) || (LATIN_VOWELS.has(a) && LATIN_VOWELS.has(b))) return EDIT_COSTS.vowelSwap;
  if (NEAR.has(a + b)) return EDIT_COSTS.nearLetters;
  return 1;
}

/**
 * Weighted Damerau-Levenshtein distance (optimal string alignment) between two folded keys: what
 * it costs to type `a` when one meant `b`. Both scripts are in the Basic Multilingual Plane, so
 * UTF-16 indices are letters.
 */
export function editCost(a: string, b: string): number {
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let i = 1; i < rows; i++) d[i]![0] = d[i - 1]![0]! + indelCost(a, i - 1);
  for (let j = 1; j < cols; j++) d[0]![j] = d[0]![j - 1]! + indelCost(b, j - 1);
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      let best = Math.min(
        d[i - 1]![j]! + indelCost(a, i - 1),
        d[i]![j - 1]! + indelCost(b, j - 1),
        d[i - 1]![j - 1]! + substitutionCost(a[i - 1]!, b[j - 1]!),
      );
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1] && a[i - 1] !== a[i - 2]) {
        best = Math.min(best, d[i - 2]![j - 2]! + EDIT_COSTS.transposition);
      }
      d[i]![j] = best;
    }
  }
  return d[a.length]![b.length]!;
}

export interface LexiconCandidate {
  /** The word as written in articles. */
  word: string;
  /** Its folded key. */
  key: string;
  /** How many published articles use it. */
  articles: number;
}

/** Each doubling of a word's article count is worth this much edit cost. */
export const FREQUENCY_WEIGHT = 0.1;

/** Most edit cost a correction may have: one edit, plus one per three letters beyond three. */
export function maxCost(key: string): number {
  return Math.max(1, [...key].length / 3);
}

/**
 * Lower is better: the edit cost of the typing, less a little for words many articles use, so
 * that among equally close words the common one wins, but a common word never beats a closer one
 * by much.
 */
export function candidateScore(typedKey: string, candidate: LexiconCandidate): number {
  return editCost(typedKey, candidate.key) - FREQUENCY_WEIGHT * Math.log2(1 + Math.max(0, candidate.articles));
}

/** The best correction for one query word, or null when none is close enough. */
export function bestCandidate(typedKey: string, candidates: readonly LexiconCandidate[]): LexiconCandidate | null {
  let best: { candidate: LexiconCandidate; score: number } | null = null;
  for (const candidate of candidates) {
    if (candidate.key === typedKey) return null;
    if (editCost(typedKey, candidate.key) > maxCost(typedKey)) continue;
    const score = candidateScore(typedKey, candidate);
    if (!best || score < best.score || (score === best.score && candidate.key < best.candidate.key)) best = { candidate, score };
  }
  return best?.candidate ?? null;
}
