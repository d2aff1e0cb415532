'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { EditorDialog, EditorDialogForm } from '@/components/admin/editor-dialog';
import type { PickedMedia } from './media-library-dialog';

/** An image file pasted or dropped into the body, and where it goes. */
export interface PastedImage {
  file: File;
  /** The body position it was dropped at; null for a paste (at the cursor). */
  at: number | null;
}

/**
 * A picture pasted or dropped into the body goes to the media library first (the library needs
 * its alt text in both languages and a credit, as the library's own upload does), then into the
 * body with its caption. Nothing reaches the body from outside the library.
 */
export function PastedImageDialog({
  pasted,
  locale,
  onDone,
  onClose,
}: {
  pasted: PastedImage | null;
  locale: 'fr' | 'ar';
  onDone: (media: PickedMedia, words: { alt: string; caption: string }, at: number | null) => void;
  onClose: () => void;
}) {
  return (
    <EditorDialog open={pasted !== null} onClose={onClose} className="caption-dialog">
      {pasted && <UploadForm pasted={pasted} locale={locale} onDone={onDone} onClose={onClose} />}
    </EditorDialog>
  );
}

function UploadForm({ pasted, locale, onDone, onClose }: { pasted: PastedImage; locale: 'fr' | 'ar'; onDone: (media: PickedMedia, words: { alt: string; caption: string }, at: number | null) => void; onClose: () => void }) {
  const t = useTranslations('Admin.editor');
  const media = useTranslations('Admin.articles.media');
  const ids = useId();
  const [preview] = useState(() => URL.createObjectURL(pasted.file));
  useEffect(() => () => URL.revokeObjectURL(preview), [preview]);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const body = new FormData();
    body.set('file', pasted.file, pasted.file.name || 'image');
    for (const key of ['altFr', 'altAr', 'credit']) body.set(key, String(form.get(key) ?? ''));
    setBusy(true);
    setError('');
    const response = await fetch('/api/admin/media', { method: 'POST', body, headers: { accept: 'application/json' } }).catch(() => null);
    const answer = response ? ((await response.json().catch(() => ({}))) as PickedMedia & { reason?: string; error?: string }) : { reason: undefined, error: undefined };
    setBusy(false);
    if (!response?.ok) {
      setError(t('upload.failed', { reason: answer.reason ?? answer.error ?? String(response?.status ?? '—') }));
      return;
    }
    const uploaded = answer as PickedMedia;
    onDone(uploaded, { alt: locale === 'fr' ? uploaded.altFr : uploaded.altAr, caption: String(form.get('caption') ?? '').trim() }, pasted.at);
  }

  return (
    <EditorDialogForm
      heading={t('caption.title')}
      onSubmit={(event) => void submit(event)}
      confirm={busy ? t('upload.uploading') : t('caption.insert')}
      cancel={t('caption.cancel')}
      onCancel={onClose}
      busy={busy}
    >
      {/* eslint-disable-next-line @next/next/no-img-element -- the pasted file, before it is uploaded */}
      <img src={preview} alt="" width={240} className="cover-preview" />
      <div className="field">
        <label htmlFor={`${ids}-caption`}>{t('caption.caption')}</label>
        <input id={`${ids}-caption`} name="caption" type="text" dir={locale === 'ar' ? 'rtl' : 'ltr'} lang={locale} maxLength={500} autoFocus />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-alt-fr`}>{media('altFr')}</label>
        <input id={`${ids}-alt-fr`} name="altFr" type="text" required dir="ltr" lang="fr" maxLength={300} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-alt-ar`}>{media('altAr')}</label>
        <input id={`${ids}-alt-ar`} name="altAr" type="text" required dir="rtl" lang="ar" maxLength={300} />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-credit`}>{media('credit')}</label>
        <input id={`${ids}-credit`} name="credit" type="text" required maxLength={200} />
      </div>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
    </EditorDialogForm>
  );
}
