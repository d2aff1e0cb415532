'use client';

import { useTranslations } from 'next-intl';
import type { ArticleEditorState } from './use-article-editor';

/**
 * "Signaler une mise à jour": on a published article (or one about to be republished), tells
 * readers the next save changed it substantially; they see « Mis à jour le … » at that save's time.
 * Unticked after each save, so a later typo fix is not announced again.
 */
export function UpdateFlag({ state }: { state: ArticleEditorState }) {
  const t = useTranslations('Admin.articles.updateFlag');
  if (state.status !== 'published' && state.status !== 'unpublished') return null;
  return (
    <div className="panel field update-flag">
      <label>
        <input type="checkbox" checked={state.flagUpdate} onChange={(event) => state.setFlagUpdate(event.target.checked)} aria-describedby="update-flag-hint" />{' '}
        {t('label')}
      </label>
      <span className="hint" id="update-flag-hint">
        {t('hint')}
      </span>
    </div>
  );
}
