'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import type { FieldDiff } from '@/lib/admin/revision-diff';
import type { ArticleEditorState, ArticleFields } from './use-article-editor';

/** A version from the history offered for restoring (see the editor page's `?restore=`). */
export interface RestoreOffer {
  revisionId: number;
  version: number;
  number: number;
  fields: ArticleFields;
  body: unknown;
  diff: FieldDiff[];
}

/**
 * Restoring asks first and writes nothing: the version is shown against the article as it
 * stands, then loaded into the editor as unsaved changes. The article table holds the one text
 * readers see, so a published article changes only when the editor publishes the loaded version.
 */
export function RestorePanel({ offer, state, locale, canEdit }: { offer: RestoreOffer; state: ArticleEditorState; locale: 'fr' | 'ar'; canEdit: boolean }) {
  const t = useTranslations('Admin.editor.restore');
  const fieldName = useTranslations('Admin.articles.revisions.fields');
  const [step, setStep] = useState<'offered' | 'loaded' | 'closed'>('offered');
  if (step === 'closed') return null;
  const close = () => {
    // Reloading the page must not offer the same version again.
    window.history.replaceState(null, '', window.location.pathname);
    setStep('closed');
  };
  if (step === 'loaded') {
    const live = state.status === 'published';
    return (
      <section className="notice restore-panel" aria-labelledby="restore-title">
        <h2 id="restore-title">{t('title', { number: offer.number })}</h2>
        <p>{t(live ? 'loadedLive' : 'loadedDraft', { number: offer.number })}</p>
        {state.dirty && (
          <button type="button" onClick={() => void state.save().then((saved) => saved !== null && close())} disabled={state.busy}>
            {t(live ? 'publish' : 'keep')}
          </button>
        )}
      </section>
    );
  }
  return (
    <section className="notice restore-panel" aria-labelledby="restore-title">
      <h2 id="restore-title">{t('title', { number: offer.number })}</h2>
      <p>{t('intro')}</p>
      <h3>{t('diffTitle')}</h3>
      {offer.diff.length === 0 ? (
        <p>{t('noChanges')}</p>
      ) : (
        offer.diff.map((field) => (
          <div key={field.field}>
            <h4>{fieldName(field.field)}</h4>
            <p className="diff" dir="auto" lang={locale}>
              {field.parts.map((part, index) =>
                part.kind === 'added' ? <ins key={index}>{part.text}</ins> : part.kind === 'removed' ? <del key={index}>{part.text}</del> : <span key={index}>{part.text}</span>,
              )}
            </p>
          </div>
        ))
      )}
      <p className="toolbar">
        <button
          type="button"
          disabled={!canEdit || !state.editor}
          onClick={() => {
            state.loadRevision(offer.version, offer.fields, offer.body);
            setStep('loaded');
          }}
        >
          {t('load')}
        </button>
        <button type="button" className="secondary" onClick={close}>
          {t('cancel')}
        </button>
      </p>
    </section>
  );
}
