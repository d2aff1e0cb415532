'use client';

import { useSyncExternalStore, type ReactNode } from 'react';

// Whether the browser can share does not change while the page is open.
const noChange = () => () => {};

/**
 * The browser's share sheet where it has one (navigator.share: most phones), in place of the
 * plain links, which the server renders for everyone else and for readers without JavaScript.
 */
export function NativeShare({ url, title, label, children }: { url: string; title: string; label: string; children: ReactNode }) {
  // Known only in the browser: the server render (and hydration) shows the links.
  const native = useSyncExternalStore(
    noChange,
    () => typeof navigator.share === 'function' && navigator.canShare?.({ url, title }) !== false,
    () => false,
  );
  if (!native) return children;
  return (
    <button
      type="button"
      className="share__native"
      onClick={() => {
        // A reader who closes the sheet rejects the promise: nothing to report.
        navigator.share({ url, title }).catch(() => {});
      }}
    >
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
        <path d="M10 13V3M6 7l4-4 4 4M4 11v6h12v-6" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" />
      </svg>
      {label}
    </button>
  );
}
