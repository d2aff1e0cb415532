'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useState, type FormEvent } from 'react';
import { EditorDialog, EditorDialogForm } from '@/components/admin/editor-dialog';
import { parseEmbedUrl } from '@/lib/rich-text';
import { AddressField } from './address-field';

/** A YouTube video or an X post for the body, by its public address (refused otherwise, in the dialog). */
export function EmbedDialog({ editor, open, onClose }: { editor: Editor; open: boolean; onClose: () => void }) {
  return (
    <EditorDialog open={open} onClose={onClose} className="embed-dialog">
      {open && <EmbedForm editor={editor} onClose={onClose} />}
    </EditorDialog>
  );
}

function EmbedForm({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations('Admin.editor.embed');
  const toolbar = useTranslations('Admin.articles.toolbar');
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
    <EditorDialogForm heading={toolbar('embed')} onSubmit={submit} confirm={t('insert')} cancel={t('cancel')} onCancel={onClose}>
      <AddressField
        label={toolbar('embedPrompt')}
        type="url"
        value={url}
        refusal={invalid ? toolbar('embedInvalid') : null}
        onChange={(value) => {
          setUrl(value);
          setInvalid(false);
        }}
      />
    </EditorDialogForm>
  );
}
