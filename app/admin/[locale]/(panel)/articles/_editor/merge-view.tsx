'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { COMBINABLE_FIELDS, fieldText, wordDiff, type MergeField, type MergeValues } from '@/lib/editor/merge';
import { localeDirection } from '@/lib/i18n/routing';
import { formatTime } from '@/lib/time/format';
import { FIELD_LABEL, type ConflictMergeState, type MergeChoice, type PendingMerge } from './use-merge';
import type { ArticleEditorState } from './use-article-editor';

type Options = { sections: { id: number; name: string }[]; authors: { id: number; name: string }[] };

/** A field's value as the editor reads it: names for ids, text for the rest. */
function shown(field: MergeField, value: MergeValues[MergeField], options: Options, cover: { url: string } | null): string {
  if (field === 'sectionId') return options.sections.find((section) => section.id === value)?.name ?? '';
  if (field === 'authorIds') return (value as number[]).map((id) => options.authors.find((author) => author.id === id)?.name ?? `#${id}`).join(', ');
  if (field === 'coverId') return value === null ? '' : (cover?.url.split('/').pop() ?? `#${String(value)}`);
  return fieldText(field, value);
}

/** One side's text, its words missing from the other side marked. */
function Side({ heading, text, otherText, dir, lang }: { heading: string; text: string; otherText: string; dir: 'ltr' | 'rtl'; lang: string }) {
  const t = useTranslations('Admin.articles.merge');
  return (
    <div className="merge-side">
      <h4>{heading}</h4>
      <div className="diff" dir={dir} lang={lang}>
        {text === '' ? (
          <em>{t('empty')}</em>
        ) : (
          wordDiff(otherText, text)
            .filter((part) => part.kind !== 'removed')
            .map((part, index) => (part.kind === 'added' ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))
        )}
      </div>
    </div>
  );
}

/**
 * The fields both editors changed, side by side with their differing words marked: for each the
 * editor keeps their version, takes the other, or (for text) writes a combined one. Saving waits
 * until every field has a choice, so no change goes unseen.
 */
export function MergeView({ merge, state, locale, adminLocale, options }: { merge: ConflictMergeState; state: ArticleEditorState; locale: 'fr' | 'ar'; adminLocale: 'fr' | 'ar'; options: Options }) {
  const t = useTranslations('Admin.articles.merge');
  const tf = useTranslations('Admin.articles.edit');
  const [choices, setChoices] = useState<Partial<Record<MergeField, MergeChoice>>>({});
  const pending: PendingMerge | null = merge.pending;
  if (!pending) {
    if (merge.failed) return <p className="notice error" role="alert">{state.result?.message}</p>;
    return merge.note ? <p className="notice ok" role="status">{merge.note}</p> : null;
  }
  const { sides, mine, conflicts, taken } = pending;
  const names = merge.who(sides);
  const time = formatTime(new Date(sides.updatedAt));
  const dir = localeDirection(locale);
  const choose = (field: MergeField, choice: MergeChoice) => setChoices((current) => ({ ...current, [field]: choice }));
  const ready = conflicts.every((field) => choices[field]);
  return (
    <section className="panel merge-view" aria-labelledby="merge-heading">
      <h2 id="merge-heading">{t('title')}</h2>
      <p>{t('intro', { names, time, count: conflicts.length })}</p>
      {taken.length > 0 && <p>{t('taken', { fields: new Intl.ListFormat(adminLocale).format(taken.map((field) => tf(FIELD_LABEL[field]))) })}</p>}
      {conflicts.map((field) => {
        const label = tf(FIELD_LABEL[field]);
        const mineText = shown(field, mine[field], options, state.fields.cover);
        const theirsText = shown(field, sides.theirs[field], options, sides.theirsCover);
        const choice = choices[field];
        const name = `merge-${field}`;
        return (
          <fieldset key={field} className="merge-field">
            <legend>{label}</legend>
            <div className="merge-sides">
              <Side heading={t('mine')} text={mineText} otherText={theirsText} dir={dir} lang={locale} />
              <Side heading={t('theirs', { names })} text={theirsText} otherText={mineText} dir={dir} lang={locale} />
            </div>
            <div className="merge-choices">
              <label>
                <input type="radio" name={name} checked={choice?.pick === 'mine'} onChange={() => choose(field, { pick: 'mine' })} /> {t('keepMine')}
              </label>
              <label>
                <input type="radio" name={name} checked={choice?.pick === 'theirs'} onChange={() => choose(field, { pick: 'theirs' })} /> {t('takeTheirs', { names })}
              </label>
              {COMBINABLE_FIELDS.has(field) && (
                <label>
                  <input type="radio" name={name} checked={choice?.pick === 'combined'} onChange={() => choose(field, { pick: 'combined', text: mineText })} /> {t('combine')}
                </label>
              )}
            </div>
            {choice?.pick === 'combined' && (
              <div className="field">
                {/* Labelled by `for`, not by wrapping: a wrapped textarea's text would join its name. */}
                <label htmlFor={`${name}-combined`}>{t('combined')}</label>
                <textarea
                  id={`${name}-combined`}
                  value={choice.text}
                  onChange={(event) => choose(field, { pick: 'combined', text: event.target.value })}
                  dir={field === 'slug' ? 'ltr' : dir}
                  lang={locale}
                  rows={3}
                />
              </div>
            )}
            {field === 'body' && <p className="hint">{t('bodyHint')}</p>}
          </fieldset>
        );
      })}
      <p className="toolbar">
        <button type="button" onClick={() => void merge.resolve(choices)} disabled={!ready || state.busy}>
          {t('save')}
        </button>
        {!ready && <span className="hint">{t('chooseAll')}</span>}
      </p>
    </section>
  );
}
