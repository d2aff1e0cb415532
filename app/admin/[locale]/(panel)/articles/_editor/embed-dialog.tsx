'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { parseEmbedUrl } from '@/lib/rich-text';

/** A YouTube video or an X post for the body, by its public address (refused otherwise, in the dialog). */
export function EmbedDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog ref={dialog} onClose={onClose} className="media-picker embed-dialog" aria-labelledby="embed-dialog-title">
      {open && <EmbedForm editor={editor} onClose={onClose} />}
    </dialog>
  );
}

function EmbedForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations('Admin.editor.embed');
  const toolbar = useTranslations('Admin.articles.toolbar');
  const ids = useId();
  const [url, setUrl] = useState('');
  const [invalid, setInvalid] = useState(false);
  function submit(event: FormEvent) {
    event.preventDefault();
    const embed = parseEmbedUrl(url);
    if (!embed) {
      setInvalid(true);
      return;
    }
    editor.chain().focus().insertContent({ type: 'embed', attrs: embed }).run();
    onClose();
  }
  return (
    <form onSubmit={submit}>
      <h2 id="embed-dialog-title">{toolbar('embed')}</h2>
      <div className="field">
        <label htmlFor={`${ids}-url`}>{toolbar('embedPrompt')}</label>
        <input
          id={`${ids}-url`}
          type="url"
          dir="ltr"
          value={url}
          autoFocus
          aria-invalid={invalid || undefined}
          aria-describedby={invalid ? `${ids}-error` : undefined}
          onChange={(event) => {
            setUrl(event.target.value);
            setInvalid(false);
          }}
        />
        {invalid && (
          <span id={`${ids}-error`} className="error" role="alert">
            {toolbar('embedInvalid')}
          </span>
        )}
      </div>
      <p className="toolbar">
        <button type="submit">{t('insert')}</button>
        <button type="button" className="secondary" onClick={onClose}>
          {t('cancel')}
        </button>
      </p>
    </form>
  );
}
