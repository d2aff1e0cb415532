/*
 * Word count and reading time under the editor's body. A word is a run of letters, digits and
 * combining marks, so Arabic words count whole with their vowel signs (harakat), shadda and
 * tatweel, and Arabic punctuation (، ؛ ؟) separates words as Latin punctuation does. An
 * apostrophe or hyphen between letters keeps one word ("aujourd'hui", "peut-être").
 */
const WORD = /[\p{L}\p{N}\p{M}]+(?:['’\-][\p{L}\p{N}\p{M}]+)*/gu;

export function countWords(text: string): number {
  return text.match(WORD)?.length ?? 0;
}

/** Words a minute of an adult reading news on a screen; Arabic text reads more slowly. */
export const WORDS_PER_MINUTE = { fr: 220, ar: 170 } as const;

/** Whole minutes, rounded up; 0 only for an empty text. */
export function readingMinutes(words: number, locale: 'fr' | 'ar'): number {
  return words === 0 ? 0 : Math.ceil(words / WORDS_PER_MINUTE[locale]);
}

/**
 * Text cut as a search result or a share shows it: at most `max` characters, at a word boundary
 * when there is one in the last fifth, ending with "…". Search engines cut by pixel width, so this
 * is an approximation: about 60 characters for a title, 155 for a description.
 */
export function truncateForSnippet(text: string, max: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= max) return clean;
  const cut = clean.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max * 0.8 ? cut.slice(0, space) : cut).replace(/[\s,.;:،؛-]+$/u, '')}…`;
}

export const SNIPPET_LIMITS = { title: 60, description: 155 } as const;
