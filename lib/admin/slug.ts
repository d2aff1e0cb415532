import 'server-only';

// Short vowels, shadda, sukun, superscript alef, Quranic annotation marks and tatweel: a title
// written with or without them is the same address. Hamza and madda are letters' own marks and
// stay (أ, إ, آ, ؤ, ئ are recomposed after the Latin accents are folded).
const ARABIC_MARKS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06ED\u0640]/g;
// Zero-width joiners and direction marks pasted with Arabic text would otherwise become dashes.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;
const EASTERN_DIGITS = /[\u0660-\u0669\u06F0-\u06F9]/g;

/**
 * A URL slug from a title: accents folded for Latin script; Arabic letters kept (browsers show
 * them readably), presentation forms normalised, vowel marks dropped and Arabic-Indic digits
 * written as the Western digits Moroccan media use; everything else turned into single dashes.
 */
export function slugify(value: string): string {
  return value
    .replace(INVISIBLE, '')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .normalize('NFC')
    .replace(ARABIC_MARKS, '')
    .replace(EASTERN_DIGITS, (digit) => String(digit.charCodeAt(0) & 0xf))
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 100)
    .replace(/-+$/, '');
}

/** Whether a title is written in its article's language (script), so a slug can be made from it. */
export function isInLocaleScript(value: string, locale: 'fr' | 'ar'): boolean {
  const arabic = /\p{Script=Arabic}/u.test(value);
  return locale === 'ar' ? arabic : !arabic && /\p{Script=Latin}/u.test(value);
}
