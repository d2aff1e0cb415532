'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';

/**
 * Formatting controls; every button has a text label for screen readers and a visible state.
 * Links, pictures and embeds open the editor's dialogs (onLink, onImage, onEmbed).
 */
export function EditorToolbar({ editor, onImage, onLink, onEmbed }: { editor: Editor; onImage: () => void; onLink: () => void; onEmbed: () => void }) {
  const t = useTranslations('Admin.articles.toolbar');
  const chain = () => editor.chain().focus();
  const button = (key: string, label: string, action: () => void, active = false) => (
    <button key={key} type="button" className="secondary" aria-pressed={active} onClick={action} title={label}>
      {label}
    </button>
  );
  const setDir = (dir: 'ltr' | 'rtl' | null) => {
    for (const type of ['paragraph', 'heading']) if (editor.isActive(type)) editor.chain().focus().updateAttributes(type, { dir }).run();
  };
  return (
    <div role="toolbar" aria-label={t('label')} className="editor-toolbar">
      {button('bold', t('bold'), () => chain().toggleBold().run(), editor.isActive('bold'))}
      {button('italic', t('italic'), () => chain().toggleItalic().run(), editor.isActive('italic'))}
      {button('strike', t('strike'), () => chain().toggleStrike().run(), editor.isActive('strike'))}
      {button('p', t('paragraph'), () => chain().setParagraph().run(), editor.isActive('paragraph'))}
      {button('h2', t('h2'), () => chain().toggleHeading({ level: 2 }).run(), editor.isActive('heading', { level: 2 }))}
      {button('h3', t('h3'), () => chain().toggleHeading({ level: 3 }).run(), editor.isActive('heading', { level: 3 }))}
      {button('ul', t('bulletList'), () => chain().toggleBulletList().run(), editor.isActive('bulletList'))}
      {button('ol', t('orderedList'), () => chain().toggleOrderedList().run(), editor.isActive('orderedList'))}
      {button('quote', t('quote'), () => chain().toggleBlockquote().run(), editor.isActive('blockquote'))}
      {button('link', t('link'), onLink, editor.isActive('link'))}
      {button('unlink', t('unlink'), () => chain().unsetLink().run())}
      {button('image', t('image'), onImage)}
      {button('embed', t('embed'), onEmbed)}
      {button('hr', t('rule'), () => chain().setHorizontalRule().run())}
      {button('ltr', t('ltr'), () => setDir('ltr'))}
      {button('rtl', t('rtl'), () => setDir('rtl'))}
      {button('auto', t('autoDir'), () => setDir(null))}
      {button('undo', t('undo'), () => chain().undo().run())}
      {button('redo', t('redo'), () => chain().redo().run())}
    </div>
  );
}
