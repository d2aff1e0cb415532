'use client';

import { useEditorState, type Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { countWords, readingMinutes } from '@/lib/editor/text-stats';

/** "1 240 mots · 6 min de lecture" under the body, following the text as it is typed. */
export function BodyStats({ editor, locale }: { editor: Editor; locale: 'fr' | 'ar' }) {
  const t = useTranslations('Admin.editor.count');
  // Blocks are joined by a space, so the last word of a paragraph never fuses with the next one's first.
  const words = useEditorState({ editor, selector: ({ editor: current }) => countWords(current.state.doc.textBetween(0, current.state.doc.content.size, ' ', ' ')) });
  return (
    <p className="body-stats">
      {t('words', { count: words })} · {t('reading', { count: Math.max(1, readingMinutes(words, locale)) })}
    </p>
  );
}
