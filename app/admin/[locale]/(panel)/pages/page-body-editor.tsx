'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { useFormState } from '@/components/admin/form-state-context';
import { editorExtensions } from '@/lib/editor/extensions';
import { localeDirection } from '@/lib/i18n/routing';
import { EditorToolbar } from '../articles/_editor/editor-toolbar';
import { MediaLibraryDialog } from '../articles/_editor/media-library-dialog';

/**
 * A page's text in the articles' editor (same schema, toolbar and media library). The form posts
 * it as JSON in a hidden field; the server sanitises it again.
 */
export function PageBodyEditor({ name, label, locale, initial }: { name: string; label: string; locale: 'fr' | 'ar'; initial: unknown }) {
  const t = useTranslations('Admin.articles');
  const state = useFormState();
  const errors = state.fieldErrors?.[name];
  const [json, setJson] = useState(() => JSON.stringify(initial));
  const [picking, setPicking] = useState(false);
  const editor = useEditor({
    extensions: editorExtensions(),
    content: initial as object,
    immediatelyRender: false,
    editorProps: {
      attributes: {
        class: 'editor-content',
        dir: localeDirection(locale),
        lang: locale,
        'aria-label': label,
        role: 'textbox',
        'aria-multiline': 'true',
        ...(errors ? { 'aria-invalid': 'true', 'aria-describedby': `${name}-error` } : {}),
      },
    },
    onUpdate: ({ editor: current }) => setJson(JSON.stringify(current.getJSON())),
  });
  return (
    <div className="field">
      <span className="label" id={`${name}-label`}>
        {label}
      </span>
      <input type="hidden" name={name} value={json} />
      {editor && <EditorToolbar editor={editor} onImage={() => setPicking(true)} />}
      <EditorContent editor={editor} aria-labelledby={`${name}-label`} />
      {errors && (
        <span className="error" id={`${name}-error`}>
          {errors.join(' ')}
        </span>
      )}
      <MediaLibraryDialog
        open={picking}
        onClose={() => setPicking(false)}
        onPick={(media) => {
          setPicking(false);
          if (!editor) return;
          const alt = locale === 'fr' ? media.altFr : media.altAr;
          const caption = window.prompt(t('toolbar.imageCaption')) ?? '';
          editor.chain().focus().insertContent({ type: 'image', attrs: { src: media.url, alt, caption, width: media.width, height: media.height } }).run();
        }}
      />
    </div>
  );
}
