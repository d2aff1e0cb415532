'use client';

import { useTranslations } from 'next-intl';
import { useId, useState, type FormEvent } from 'react';
import { EditorDialog, EditorDialogForm } from '@/components/admin/editor-dialog';

/** A picture waiting for its words before it goes into the body. */
export interface PendingFigure {
  url: string;
  width: number;
  height: number;
  /** The media library's alt text in the article's language. */
  alt: string;
}

/**
 * The caption and alt text of a picture placed in the body, asked in the page (not a browser
 * prompt) with the alt text prefilled from the media library, in the article's language.
 */
export function CaptionDialog({ figure, locale, onInsert, onClose }: { figure: PendingFigure | null; locale: 'fr' | 'ar'; onInsert: (words: { alt: string; caption: string }) => void; onClose: () => void }) {
  return (
    <EditorDialog open={figure !== null} onClose={onClose} className="caption-dialog">
      {figure && <CaptionForm key={figure.url} figure={figure} locale={locale} onInsert={onInsert} onClose={onClose} />}
    </EditorDialog>
  );
}

function CaptionForm({ figure, locale, onInsert, onClose }: { figure: PendingFigure; locale: 'fr' | 'ar'; onInsert: (words: { alt: string; caption: string }) => void; onClose: () => void }) {
  const t = useTranslations('Admin.editor.caption');
  const ids = useId();
  const [caption, setCaption] = useState('');
  const [alt, setAlt] = useState(figure.alt);
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  function submit(event: FormEvent) {
    event.preventDefault();
    onInsert({ alt: alt.trim(), caption: caption.trim() });
  }
  return (
    <EditorDialogForm heading={t('title')} onSubmit={submit} confirm={t('insert')} cancel={t('cancel')} onCancel={onClose}>
      {/* eslint-disable-next-line @next/next/no-img-element -- admin thumbnail of the library picture */}
      <img src={figure.url} alt={alt} width={240} height={Math.round((240 * figure.height) / figure.width)} className="cover-preview" />
      <div className="field">
        <label htmlFor={`${ids}-caption`}>{t('caption')}</label>
        <input id={`${ids}-caption`} type="text" value={caption} onChange={(event) => setCaption(event.target.value)} dir={dir} lang={locale} maxLength={500} autoFocus />
      </div>
      <div className="field">
        <label htmlFor={`${ids}-alt`}>{t('alt')}</label>
        <input id={`${ids}-alt`} type="text" value={alt} onChange={(event) => setAlt(event.target.value)} dir={dir} lang={locale} maxLength={300} />
      </div>
    </EditorDialogForm>
  );
}
