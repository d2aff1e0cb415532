'use client';

import { useTranslations } from 'next-intl';
import { formatDate, formatTime } from '@/lib/time/format';
import type { ArticleEditorState } from './use-article-editor';

/** Text this browser kept and the server does not have (a closed tab, a server or session that failed): restore it or let it go. */
export function LocalDraftBanner({ state, locale }: { state: ArticleEditorState; locale: 'fr' | 'ar' }) {
  const t = useTranslations('Admin.articles.localCopy');
  const { offer, restore, discard } = state.localDraft;
  if (!offer) return null;
  const written = new Date(offer.writtenAt);
  return (
    <section className="notice local-copy" role="region" aria-label={t('label')}>
      <p>{t('offer', { date: formatDate(written, locale), time: formatTime(written, locale) })}</p>
      {offer.changedSince && <p>{t('changedSince')}</p>}
      <p className="toolbar">
        <button type="button" onClick={restore}>
          {t('restore')}
        </button>
        <button type="button" className="secondary" onClick={discard}>
          {t('discard')}
        </button>
      </p>
    </section>
  );
}
