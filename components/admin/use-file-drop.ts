'use client';

import { useEffect, useState, type RefObject } from 'react';

/**
 * Lets a file input take a picture dropped on `zone` or pasted anywhere on the page while
 * `active`: the file is put into the input itself (a DataTransfer), so the form submits it as if
 * it had been chosen, and the input's own checks (accept, required) still apply. Returns whether
 * a file is being dragged over the zone, for its highlight.
 */
export function useFileDrop(zone: RefObject<HTMLElement | null>, input: RefObject<HTMLInputElement | null>, active = true): boolean {
  const [over, setOver] = useState(false);
  useEffect(() => {
    const area = zone.current;
    if (!active || !area) return;
    const take = (files: FileList | null | undefined): boolean => {
      const file = [...(files ?? [])].find((candidate) => candidate.type.startsWith('image/'));
      const field = input.current;
      if (!file || !field) return false;
      const transfer = new DataTransfer();
      transfer.items.add(file);
      field.files = transfer.files;
      field.dispatchEvent(new Event('change', { bubbles: true }));
      return true;
    };
    const dragOver = (event: DragEvent) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      setOver(true);
    };
    const dragLeave = () => setOver(false);
    const drop = (event: DragEvent) => {
      setOver(false);
      if (take(event.dataTransfer?.files)) event.preventDefault();
    };
    // A paste into a text field stays that field's; elsewhere, a pasted picture becomes the file.
    const paste = (event: ClipboardEvent) => {
      const target = event.target as HTMLElement | null;
      if (target && target !== input.current && target.closest('input, textarea, [contenteditable="true"]')) return;
      if (take(event.clipboardData?.files)) event.preventDefault();
    };
    area.addEventListener('dragover', dragOver);
    area.addEventListener('dragleave', dragLeave);
    area.addEventListener('drop', drop);
    document.addEventListener('paste', paste);
    return () => {
      area.removeEventListener('dragover', dragOver);
      area.removeEventListener('dragleave', dragLeave);
      area.removeEventListener('drop', drop);
      document.removeEventListener('paste', paste);
    };
  }, [zone, input, active]);
  return over;
}
