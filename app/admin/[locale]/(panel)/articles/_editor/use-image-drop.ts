'use client';

import type { Editor } from '@tiptap/react';
import { useEffect, useLayoutEffect, useRef } from 'react';
import type { PastedImage } from './pasted-image-dialog';

const IMAGE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/avif', 'image/gif']);

/**
 * Image files pasted or dropped on the body are taken before the editor sees them (it would
 * otherwise drop them, as its schema keeps library pictures only) and handed to `onImage`, which
 * uploads them to the media library. Text and HTML pastes go to the editor as before.
 */
export function useImageDrop(editor: Editor | null, enabled: boolean, onImage: (image: PastedImage) => void) {
  const latest = useRef(onImage);
  useLayoutEffect(() => {
    latest.current = onImage;
  });
  useEffect(() => {
    if (!editor || !enabled) return;
    const dom = editor.view.dom;
    const imageOf = (files: FileList | undefined | null) => [...(files ?? [])].find((file) => IMAGE_TYPES.has(file.type));
    const onPaste = (event: ClipboardEvent) => {
      const file = imageOf(event.clipboardData?.files);
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current({ file, at: null });
    };
    const onDrop = (event: DragEvent) => {
      const file = imageOf(event.dataTransfer?.files);
      if (!file) return;
      event.preventDefault();
      event.stopPropagation();
      latest.current({ file, at: editor.view.posAtCoords({ left: event.clientX, top: event.clientY })?.pos ?? null });
    };
    // Capture phase: before ProseMirror's own handlers.
    dom.addEventListener('paste', onPaste, true);
    dom.addEventListener('drop', onDrop, true);
    return () => {
      dom.removeEventListener('paste', onPaste, true);
      dom.removeEventListener('drop', onDrop, true);
    };
  }, [editor, enabled]);
}
