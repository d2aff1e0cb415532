'use client';

import { useEffect } from 'react';

let last = { id: 0, at: 0 };

/**
 * Counts a view of the article once it is really shown: not for prefetches (no script runs),
 * not while a speculative prerender waits unseen. No cookie, no identifier: just the article id.
 */
export function ViewBeacon({ articleId }: { articleId: number }) {
  useEffect(() => {
    const send = () => {
      // React may run an effect twice in development; one view is one view.
      if (last.id === articleId && Date.now() - last.at < 2000) return;
      last = { id: articleId, at: Date.now() };
      navigator.sendBeacon?.('/api/views', new URLSearchParams({ id: String(articleId) }));
    };
    if ((document as Document & { prerendering?: boolean }).prerendering) {
      document.addEventListener('prerenderingchange', send, { once: true });
      return () => document.removeEventListener('prerenderingchange', send);
    }
    send();
  }, [articleId]);
  return null;
}
