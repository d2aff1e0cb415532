/*
 * The app's half of search normalisation. PostgreSQL folds documents and queries with
 * jarida_search_normalize (migration 0003); this module mirrors it so that excerpts highlighted on
 * folded text can be shown on the original one (with its hamzas, ta marbuta and harakat). An
 * integration test checks that both sides fold the same way.
 */

/** Arabic letters folded to one form: أ إ آ ٱ ٲ ٳ → ا, ؤ → و, ئ → ي, ة → ه, ى → ي, Persian ی → ي. */
const FOLD: Readonly<Record<string, string>> = {
  '\u0623': '\u0627',
  '\u0625': '\u0627',
  '\u0622': '\u0627',
  '\u0671': '\u0627',
  '\u0672': '\u0627',
  '\u0673': '\u0627',
  '\u0624': '\u0648',
  '\u0626': '\u064A',
  '\u0629': '\u0647',
  '\u0649': '\u064A',
  '\u06CC': '\u064A',
};

/** Tatweel, harakat (U+064B–U+065F) and the superscript alef: dropped. */
const DROP = /[\u0640\u064B-\u065F\u0670]/;

// Private-use characters delimit highlights in ts_headline output; no article contains them.
export const HIGHLIGHT_START = '\uE000';
export const HIGHLIGHT_STOP = '\uE001';
export const FRAGMENT_DELIMITER = '\uE002';

/** The conjunction و before ال and at least three letters: "والمغرب" → "المغرب", but not والي. */
const WAW_BEFORE_ARTICLE = /(?<![\u0621-\u064A])\u0648(?=\u0627\u0644[\u0621-\u064A]{3})/g;

/** Same result as SQL jarida_search_normalize(text). */
export function normalizeForSearch(text: string): string {
  let result = '';
  for (const char of text) {
    if (DROP.test(char)) continue;
    result += FOLD[char] ?? char;
  }
  return result.replace(WAW_BEFORE_ARTICLE, '');
}

export interface FoldedText {
  original: string;
  folded: string;
  /** origin[i] is the index in `original` of folded[i] (one UTF-16 unit in, at most one out). */
  origin: number[];
}

/**
 * Folds text for ts_headline and keeps where each character came from. Also blanks what the
 * headline generator would alter: `<` (its parser drops anything that looks like a tag) and our
 * own delimiters.
 */
export function foldForHeadline(original: string): FoldedText {
  let folded = '';
  const origin: number[] = [];
  for (let i = 0; i < original.length; i++) {
    const char = original[i]!;
    if (DROP.test(char)) continue;
    const mapped = char === '<' || (char >= HIGHLIGHT_START && char <= FRAGMENT_DELIMITER) ? ' ' : (FOLD[char] ?? char);
    folded += mapped;
    origin.push(i);
  }
  const dropped = new Set([...folded.matchAll(WAW_BEFORE_ARTICLE)].map((match) => match.index));
  if (dropped.size === 0) return { original, folded, origin };
  let kept = '';
  const keptOrigin: number[] = [];
  for (let i = 0; i < folded.length; i++) {
    if (dropped.has(i)) continue;
    kept += folded[i];
    keptOrigin.push(origin[i]!);
  }
  return { original, folded: kept, origin: keptOrigin };
}

export interface HighlightPart {
  text: string;
  match: boolean;
}

export interface ExcerptFragment {
  parts: HighlightPart[];
  /** The fragment starts or ends inside the text: show an ellipsis there. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

function splitMarks(fragment: string): HighlightPart[] {
  const parts: HighlightPart[] = [];
  let match = false;
  let text = '';
  const push = () => {
    if (text) parts.push({ text, match });
    text = '';
  };
  for (const char of fragment) {
    if (char === HIGHLIGHT_START || char === HIGHLIGHT_STOP) {
      push();
      match = char === HIGHLIGHT_START;
    } else {
      text += char;
    }
  }
  push();
  return parts;
}

/**
 * Turns ts_headline output computed on `source.folded` back into parts of the original text. A
 * fragment that cannot be found (it should not happen) is shown as the generator returned it.
 */
export function alignHeadline(headline: string, source: FoldedText): ExcerptFragment[] {
  const fragments: ExcerptFragment[] = [];
  let cursor = 0;
  for (const raw of headline.split(FRAGMENT_DELIMITER)) {
    const marked = splitMarks(raw);
    const plain = marked.map((part) => part.text).join('');
    if (!plain.trim()) continue;
    let at = source.folded.indexOf(plain, cursor);
    if (at === -1) at = source.folded.indexOf(plain);
    if (at === -1) {
      fragments.push({ parts: marked, clippedStart: true, clippedEnd: true });
      continue;
    }
    const start = (index: number) => source.origin[index] ?? source.original.length;
    // A part ends where the next kept character starts, so harakat stay with their letter.
    const end = (index: number) => (index < source.folded.length ? start(index) : source.original.length);
    // Fragments start on a word, so anything dropped just before it (a leading و) belongs to it.
    const fragmentStart = at === 0 ? 0 : start(at - 1) + 1;
    const parts: HighlightPart[] = [];
    let offset = at;
    let position = fragmentStart;
    const append = (text: string, match: boolean) => {
      const last = parts[parts.length - 1];
      if (last && last.match === match) last.text += text;
      else if (text) parts.push({ text, match });
    };
    for (const part of marked) {
      // A dropped و before a marked word stays unmarked.
      if (part.match && position < start(offset)) {
        append(source.original.slice(position, start(offset)), false);
        position = start(offset);
      }
      const stop = end(offset + part.text.length);
      append(source.original.slice(position, stop), part.match);
      position = stop;
      offset += part.text.length;
    }
    fragments.push({
      parts: trimParts(parts),
      clippedStart: source.original.slice(0, fragmentStart).trim() !== '',
      clippedEnd: source.original.slice(end(at + plain.length)).trim() !== '',
    });
    cursor = at + plain.length;
  }
  return fragments;
}

function trimParts(parts: HighlightPart[]): HighlightPart[] {
  const result = parts.map((part) => ({ ...part }));
  if (result[0] && !result[0].match) result[0].text = result[0].text.trimStart();
  const last = result[result.length - 1];
  if (last && !last.match) last.text = last.text.trimEnd();
  return result.filter((part) => part.text !== '');
}

/** Text that reaches the database: NFC, no control or delimiter characters, single spaces. */
export function cleanSearchText(raw: string): string {
  return raw
    .normalize('NFC')
    // Control characters (PostgreSQL rejects NUL), our highlight delimiters and lone surrogates.
    .replace(/[\u0000-\u001F\u007F-\u009F\uE000-\uF8FF\uFFF0-\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}
