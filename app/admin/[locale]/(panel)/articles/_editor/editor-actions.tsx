'use client';

import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ScheduleField } from './schedule-field';
import type { ArticleEditorState } from './use-article-editor';

/**
 * Where the article stands (status, unsaved or when it was saved) and what the last call said.
 * A conflict is the merge view's (MergeView), not a message here.
 */
export function EditorStatus({ state }: { state: ArticleEditorState }) {
  const t = useTranslations('Admin.articles');
  const { status, dirty, savedNote, result } = state;
  return (
    <>
      <div className="editor-statusbar" role="status" aria-live="polite">
        <span className={`badge ${status}`}>{t('edit.statusLabel', { status: t(`statuses.${status}`) })}</span> <span>{dirty ? t('edit.unsaved') : savedNote}</span>
      </div>
      {!result?.conflict && result?.message && (
        <p className={result.ok ? 'notice ok' : 'notice error'} role={result.ok ? 'status' : 'alert'}>
          {result.message}
        </p>
      )}
    </>
  );
}

/** Save, preview, history, and the status changes the user's role allows. */
export function EditorActions({
  state,
  permissions,
  defaultPublishAt,
  publishedAt,
  locale,
  revisionsHref,
}: {
  state: ArticleEditorState;
  permissions: { publish: boolean; delete: boolean; edit: boolean };
  defaultPublishAt: string;
  publishedAt: string | null;
  locale: 'fr' | 'ar';
  revisionsHref: string;
}) {
  const t = useTranslations('Admin.articles.edit');
  const [publishAt, setPublishAt] = useState(defaultPublishAt);
  const { status, busy, errors, save, openPreview, transition, remove } = state;
  const change = (to: Parameters<typeof transition>[0], label: string, secondary = true) => (
    <button type="button" className={secondary ? 'secondary' : undefined} onClick={() => void transition(to, publishAt)} disabled={busy}>
      {label}
    </button>
  );
  return (
    <div className="panel editor-actions">
      <button type="button" onClick={() => void save()} disabled={busy || !permissions.edit}>
        {busy ? t('saving') : t('save')}
      </button>
      <button type="button" className="secondary" onClick={() => void openPreview()}>
        {t('preview')}
      </button>
      <a href={revisionsHref}>{t('revisions')}</a>
      {status === 'draft' && permissions.edit && change('in_review', t('submit'))}
      {status === 'in_review' && permissions.edit && change('draft', t('backToDraft'))}
      {permissions.publish && status !== 'published' && (
        <>
          {change('published', t('publishNow'), false)}
          <ScheduleField value={publishAt} onChange={setPublishAt} errors={errors.publishAt} status={status} publishedAt={publishedAt} locale={locale} showInput />
          {change('scheduled', t('schedule'))}
        </>
      )}
      {status === 'published' && <ScheduleField value={publishAt} onChange={setPublishAt} status={status} publishedAt={publishedAt} locale={locale} showInput={false} />}
      {permissions.publish && status === 'published' && change('unpublished', t('unpublish'))}
      {permissions.delete && (
        <button type="button" className="danger" onClick={() => void remove()} disabled={busy}>
          {t('delete')}
        </button>
      )}
    </div>
  );
}
