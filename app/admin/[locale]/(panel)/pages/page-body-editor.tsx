'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useState } from 'react';
import { useFormState } from '@/components/admin/form-state-context';
import { editableDocument, editorExtensions } from '@/lib/editor/extensions';
import { localeDirection } from '@/lib/i18n/routing';
import { CaptionDialog, type PendingFigure } from '../articles/_editor/caption-dialog';
import { EditorToolbar } from '../articles/_editor/editor-toolbar';
import { EmbedDialog } from '../articles/_editor/embed-dialog';
import { LinkDialog } from '../articles/_editor/link-dialog';
import { MediaLibraryDialog } from '../articles/_editor/media-library-dialog';

/**
 * A page's text in the articles' editor (same schema, toolbar, dialogs and media library). The form posts
 * it as JSON in a hidden field; the server sanitises it again.
 */
export function PageBodyEditor({ name, label, locale, adminLocale, initial }: { name: string; label: string; locale: 'fr' | 'ar'; adminLocale: 'fr' | 'ar'; initial: unknown }) {
  const state = useFormState();
  const errors = state.fieldErrors?.[name];
  const [json, setJson] = useState(() => JSON.stringify(initial));
  const [picking, setPicking] = useState(false);
  const [dialog, setDialog] = useState<null | 'link' | 'embed'>(null);
  const [captioning, setCaptioning] = useState<PendingFigure | null>(null);
  const editor = useEditor({
    extensions: editorExtensions(),
    content: editableDocument(initial),
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
      {editor && <EditorToolbar editor={editor} onImage={() => setPicking(true)} onLink={() => setDialog('link')} onEmbed={() => setDialog('embed')} />}
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
          // The site's own address, not the bucket's: bodies accept only `/media/<key>` (lib/rich-text.ts).
          setCaptioning({ url: media.path, width: media.width, height: media.height, alt: locale === 'fr' ? media.altFr : media.altAr });
        }}
      />
      <CaptionDialog
        figure={captioning}
        locale={locale}
        onInsert={(words) => {
          if (captioning && editor) {
            editor
              .chain()
              .focus()
              .insertContent({ type: 'image', attrs: { src: captioning.url, alt: words.alt, caption: words.caption, width: captioning.width, height: captioning.height } })
              .run();
          }
          setCaptioning(null);
        }}
        onClose={() => setCaptioning(null)}
      />
      {editor && (
        <>
          <LinkDialog editor={editor} open={dialog === 'link'} onClose={() => setDialog(null)} adminLocale={adminLocale} locale={locale} />
          <EmbedDialog editor={editor} open={dialog === 'embed'} onClose={() => setDialog(null)} />
        </>
      )}
    </div>
  );
}
