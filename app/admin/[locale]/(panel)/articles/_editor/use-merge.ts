'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useRef, useState } from 'react';
import { fieldText, mergeArticle, splitTags, type MergeField, type MergeSides, type MergeValues } from '@/lib/editor/merge';
import { formatTime } from '@/lib/time/format';
import { mergeSidesAction } from '../actions';
import { contentOf, type ArticleEditorState, type ArticleFields } from './use-article-editor';

/** How the editor settles one conflicting field. */
export type MergeChoice = { pick: 'mine' } | { pick: 'theirs' } | { pick: 'combined'; text: string };

export interface PendingMerge {
  sides: MergeSides;
  /** This editor's values when the conflict was found, as the merge view shows them. */
  mine: MergeValues;
  /** Fields taken from the other version without asking. */
  taken: MergeField[];
  conflicts: MergeField[];
}

/** Writes merged values back into the form; the body goes into the rich editor (the caller's `setBody`). */
function withValues(fields: ArticleFields, values: Partial<MergeValues>, theirsCover: MergeSides['theirsCover']): ArticleFields {
  const next = { ...fields };
  for (const [field, value] of Object.entries(values) as [MergeField, MergeValues[MergeField]][]) {
    if (field === 'body') continue;
    if (field === 'tagNames') next.tags = (value as string[]).join(', ');
    else if (field === 'coverId') next.cover = value === null ? null : value === fields.cover?.id ? fields.cover : theirsCover;
    else (next as Record<string, unknown>)[field] = value;
  }
  return next;
}

function fromText(field: MergeField, text: string): MergeValues[MergeField] {
  return field === 'tagNames' ? splitTags(text) : text;
}

/**
 * What happens after a save loses a race (the server answered `conflict`): fetch the version both
 * editors started from and the one saved since, merge field by field, save at once when no field
 * was changed by both, otherwise hold the merge view open until the editor has chosen for each
 * such field. Autosave stays off meanwhile (the conflict remains the last result).
 */
export function useConflictMerge({ state, adminLocale, articleId }: { state: ArticleEditorState; adminLocale: 'fr' | 'ar'; articleId: number }) {
  const t = useTranslations('Admin.articles');
  const tf = useTranslations('Admin.articles.edit');
  const [pending, setPending] = useState<PendingMerge | null>(null);
  const [note, setNote] = useState('');
  const [failed, setFailed] = useState(false);
  // Each conflicting answer is merged once (every answer is a new object).
  const handled = useRef<unknown>(null);
  const conflict = state.result?.conflict;
  const { editor, fields, version, rebase, save } = state;

  const list = (items: string[]) => new Intl.ListFormat(adminLocale, { type: 'conjunction' }).format(items);
  const who = (sides: MergeSides) => (sides.changedBy.length ? list(sides.changedBy) : t('merge.someone'));
  const fieldNames = (names: MergeField[]) => list(names.map((field) => tf(FIELD_LABEL[field])));

  function mergedNote(sides: MergeSides, fromTheirs: MergeField[]) {
    const params = { names: who(sides), time: formatTime(new Date(sides.updatedAt)) };
    return fromTheirs.length ? t('merge.merged', { ...params, fields: fieldNames(fromTheirs) }) : t('merge.mergedNothing', params);
  }

  useEffect(() => {
    if (!conflict || handled.current === conflict || !editor) return;
    handled.current = conflict;
    setFailed(false);
    void (async () => {
      const response = await mergeSidesAction(adminLocale, { id: articleId, baseVersion: version }).catch(() => null);
      if (!response?.ok || !response.sides) {
        setFailed(true);
        return;
      }
      const sides = response.sides;
      const mine = contentOf(fields, JSON.parse(JSON.stringify(editor.getJSON())) as unknown);
      const result = mergeArticle(sides.base, mine, sides.theirs);
      if (result.theirs.includes('body')) editor.commands.setContent(sides.theirs.body as object, { emitUpdate: false });
      const merged = withValues(fields, result.merged, sides.theirsCover);
      if (result.conflicts.length) {
        // The other side's uncontested changes enter the form at once; the version stays the old
        // one until the editor has chosen, so a plain save meets the same choice again.
        rebase(version, merged);
        setPending({ sides, mine, taken: result.theirs, conflicts: result.conflicts });
        return;
      }
      // The form now holds both editors' work on top of the newer version.
      rebase(sides.version, merged);
      if ((await save({ expectedVersion: sides.version, fields: merged })) !== null) setNote(mergedNote(sides, result.theirs));
    })();
    // Runs once per conflicting answer; the values it reads are those of that moment.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [conflict, editor]);

  /** Applies the editor's choice for every conflicting field, then saves against the newer version. */
  async function resolve(choices: Partial<Record<MergeField, MergeChoice>>) {
    if (!pending || !editor) return;
    const settled: Partial<MergeValues> = {};
    const fromTheirs: MergeField[] = [...pending.taken];
    for (const field of pending.conflicts) {
      const choice = choices[field];
      if (!choice) return;
      if (choice.pick === 'mine') continue;
      fromTheirs.push(field);
      const value = choice.pick === 'theirs' ? pending.sides.theirs[field] : fromText(field, choice.text);
      if (field === 'body') editor.commands.setContent(value as object, { emitUpdate: false });
      else (settled as Record<string, unknown>)[field] = value;
    }
    const next = withValues(fields, settled, pending.sides.theirsCover);
    rebase(pending.sides.version, next);
    const sides = pending.sides;
    setPending(null);
    if ((await save({ expectedVersion: sides.version, fields: next })) !== null) setNote(mergedNote(sides, fromTheirs));
  }

  return { pending, note, failed, resolve, who, text: fieldText };
}

/** The editor's label for each merged field (messages under Admin.articles.edit). */
export const FIELD_LABEL = {
  title: 'titleField',
  summary: 'summary',
  body: 'body',
  slug: 'slug',
  sectionId: 'section',
  authorIds: 'authors',
  tagNames: 'tags',
  coverId: 'cover',
  coverAlt: 'coverAlt',
  coverCaption: 'coverCaption',
  coverCredit: 'coverCredit',
  seoTitle: 'seoTitle',
  seoDescription: 'seoDescription',
} as const satisfies Record<MergeField, string>;

export type ConflictMergeState = ReturnType<typeof useConflictMerge>;
