'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * Ctrl/Cmd+S saves (instead of the browser saving the page) and Ctrl/Cmd+K opens the link dialog,
 * anywhere on the editor's page. Keys are matched by position (KeyS, KeyK) so they work the same
 * on an Arabic keyboard layout, where those keys type س and ن.
 */
export function useEditorShortcuts(handlers: { save: () => void; link: () => void }) {
  const latest = useRef(handlers);
  useLayoutEffect(() => {
    latest.current = handlers;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const key = event.code || `Key${event.key.toUpperCase()}`;
      if (key === 'KeyS') {
        event.preventDefault();
        latest.current.save();
      } else if (key === 'KeyK') {
        event.preventDefault();
        latest.current.link();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
