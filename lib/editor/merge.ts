import { diffWords } from 'diff';
import { documentText, parseRichDocument } from '@/lib/rich-text';

/*
 * Three-way merge of an article, field by field, for two editors who saved over each other.
 * `base` is the version both started from, `mine` what this editor has, `theirs` what the server
 * holds now. A field only one side changed takes that side; one both changed to different values
 * is a conflict the editor settles by hand. Nothing here decides for the editor when both
 * changed a field: never drop a change without the editor seeing it.
 */

/**
 * An article's content as the merge sees it (the shape of a revision snapshot). The one list of
 * the fields an editor writes: the editor's article and form (use-article-editor.ts) derive from it.
 */
export interface MergeValues {
  title: string;
  summary: string;
  slug: string;
  sectionId: number;
  authorIds: number[];
  tagNames: string[];
  coverId: number | null;
  coverAlt: string;
  coverCaption: string;
  coverCredit: string;
  seoTitle: string;
  seoDescription: string;
  body: unknown;
}
export type MergeField = keyof MergeValues;

/** What the server sends an editor whose save lost a race (lib/admin/articles/merge-sides.ts). */
export interface MergeSides {
  /** The version the merged save must name as expected. */
  version: number;
  updatedAt: string;
  /** Everyone who saved after the base version, in order. */
  changedBy: string[];
  /** Null when the base's revision is gone (consecutive autosaves collapse into one revision). */
  base: MergeValues | null;
  theirs: MergeValues;
  /** The current cover, for the editor to show and keep if the merge takes it. */
  theirsCover: CoverPicture | null;
}

/** A cover as the editor shows it. */
export interface CoverPicture {
  id: number;
  url: string;
  width: number;
  height: number;
}

/** In the editor's order, so notices and the merge view list fields as the form does. */
export const MERGE_FIELDS: readonly MergeField[] = [
  'title',
  'summary',
  'body',
  'slug',
  'sectionId',
  'authorIds',
  'tagNames',
  'coverId',
  'coverAlt',
  'coverCaption',
  'coverCredit',
  'seoTitle',
  'seoDescription',
];

/** Fields whose two versions an editor may combine by hand in a text box. */
export const COMBINABLE_FIELDS: ReadonlySet<MergeField> = new Set(['title', 'summary', 'slug', 'tagNames', 'coverAlt', 'coverCaption', 'coverCredit', 'seoTitle', 'seoDescription']);

/** Splits a tag list as typed (Latin or Arabic commas). */
export function splitTags(text: string): string[] {
  return text
    .split(/[,،]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

/**
 * A value as the server would store it, so a difference the save would erase (spaces around a
 * title, tag order or case, attributes the body sanitiser drops) is not taken for a change.
 */
function canonical(field: MergeField, value: MergeValues[MergeField]): string {
  switch (field) {
    case 'body':
      return JSON.stringify(parseRichDocument(value));
    case 'tagNames':
      return JSON.stringify([...new Set((value as string[]).map((tag) => tag.trim().toLocaleLowerCase()).filter(Boolean))].sort());
    case 'authorIds':
      // Order matters: the first author leads the byline.
      return JSON.stringify([...new Set(value as number[])]);
    case 'sectionId':
    case 'coverId':
      return value === null ? '' : String(value);
    default:
      return String(value ?? '').trim();
  }
}

export function sameValue(field: MergeField, a: MergeValues[MergeField], b: MergeValues[MergeField]): boolean {
  return canonical(field, a) === canonical(field, b);
}

export interface MergeResult {
  /** Every field settled: mine, theirs, or (for conflicts) mine until the editor chooses. */
  merged: MergeValues;
  /** Fields taken from the other editor's version. */
  theirs: MergeField[];
  /** Fields both changed to different values: the editor must choose. */
  conflicts: MergeField[];
}

/**
 * Merges `mine` and `theirs` against `base`. Without a base (its revision is gone) every field
 * that differs is a conflict: the editor sees it rather than losing either side.
 */
export function mergeArticle(base: MergeValues | null, mine: MergeValues, theirs: MergeValues): MergeResult {
  const merged = { ...mine };
  const taken: MergeField[] = [];
  const conflicts: MergeField[] = [];
  for (const field of MERGE_FIELDS) {
    if (sameValue(field, mine[field], theirs[field])) continue;
    if (base && sameValue(field, base[field], mine[field])) {
      (merged as Record<MergeField, unknown>)[field] = theirs[field];
      taken.push(field);
    } else if (!base || !sameValue(field, base[field], theirs[field])) {
      conflicts.push(field);
    }
  }
  return { merged, theirs: taken, conflicts };
}

/** A field's value as text, for the side-by-side view and for combining by hand. */
export function fieldText(field: MergeField, value: MergeValues[MergeField]): string {
  if (field === 'body') return documentText(parseRichDocument(value));
  if (field === 'tagNames') return (value as string[]).join(', ');
  return value === null ? '' : String(value);
}

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

// diff's own tokenizer knows Latin letters only: Arabic would be compared letter by letter.
const words = new Intl.Segmenter(undefined, { granularity: 'word' });

/** Word by word, what `to` has that `from` has not (added) and the reverse (removed). */
export function wordDiff(from: string, to: string): DiffPart[] {
  return diffWords(from, to, { intlSegmenter: words }).map((change) => ({ kind: change.added ? 'added' : change.removed ? 'removed' : 'same', text: change.value }));
}
