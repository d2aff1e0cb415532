'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useRef } from 'react';

/** How long leaving waits for a save already on its way before sending its own. */
const SETTLE_LIMIT_MS = 10_000;

export interface LeaveGuard {
  isDirty: () => boolean;
  isBusy: () => boolean;
  /** Whether the server may be sent this article's text unasked (lib/editor/autosave.ts, no conflict open, may edit). */
  mayAutosave: () => boolean;
  /** The editor's save; null when it was refused. */
  save: (options: { autosave: true; keepalive?: boolean }) => Promise<number | null>;
  /** Writes the browser's copy now instead of after its short delay. */
  flushLocalCopy: () => Promise<void>;
  /** The question asked before leaving with unsaved text: whether a save was refused, or the article does not save unasked. */
  confirmLeave: (reason: 'refused' | 'manual') => boolean;
}

/**
 * Saves before the editor's text can be left behind: on leaving a field, before an in-app link or
 * form takes the page elsewhere (Next's router has no event to wait on, so clicks and submits are
 * caught before its handlers, the save awaited, then the navigation replayed), when the page is
 * hidden or unloaded (a keepalive request, which outlives the page), and when the editor unmounts
 * for any other reason (back button). When a save is refused, or the article does not save unasked
 * (published), leaving asks first; the local copy keeps the text either way.
 */
export function useSaveOnLeave(guard: LeaveGuard) {
  const router = useRouter();
  const latest = useRef(guard);
  useEffect(() => {
    latest.current = guard;
  });

  useEffect(() => {
    // Set while a navigation the guard already handled goes through, so it is not caught again.
    let released = false;
    let leaving = false;
    let hiding: Promise<unknown> | null = null;
    const g = () => latest.current;
    const saveUnasked = () => g().isDirty() && g().mayAutosave();

    async function settle(): Promise<void> {
      for (let waited = 0; g().isBusy() && waited < SETTLE_LIMIT_MS; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    }

    /** Saves, or asks whether to leave anyway; then goes on with `proceed`. */
    async function leave(proceed: () => void) {
      if (leaving) return;
      leaving = true;
      try {
        let refused = false;
        if (saveUnasked()) {
          await settle();
          if (saveUnasked()) refused = (await g().save({ autosave: true })) === null;
        }
        if (g().isDirty()) {
          await g().flushLocalCopy();
          if (!g().confirmLeave(refused || g().mayAutosave() ? 'refused' : 'manual')) return;
        }
        released = true;
        proceed();
        // A navigation that did not happen (a form that answered in place) must be guarded again.
        setTimeout(() => (released = false), 1000);
      } finally {
        leaving = false;
      }
    }

    const onClick = (event: MouseEvent) => {
      if (released || event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const link = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(link instanceof HTMLAnchorElement) || (link.target && link.target !== '_self') || link.hasAttribute('download')) return;
      // Links inside the body being written do not navigate.
      if (link.closest('[contenteditable="true"]')) return;
      const url = new URL(link.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search)) return;
      if (!g().isDirty()) return;
      event.preventDefault();
      event.stopPropagation();
      // The router also takes addresses outside the newsroom's layout, loading them as a full page.
      void leave(() => router.push(`${url.pathname}${url.search}${url.hash}`));
    };

    const onSubmit = (event: SubmitEvent) => {
      const form = event.target;
      if (released || !(form instanceof HTMLFormElement) || form.closest('.article-editor') || !g().isDirty()) return;
      event.preventDefault();
      event.stopPropagation();
      const submitter = event.submitter;
      void leave(() => form.requestSubmit(submitter));
    };

    const onFocusOut = (event: FocusEvent) => {
      const field = event.target;
      if (!(field instanceof HTMLElement) || !field.closest('.article-editor')) return;
      if (!field.matches('input, textarea, select, [contenteditable="true"]')) return;
      const next = event.relatedTarget;
      if (next instanceof Node && field.contains(next)) return;
      // Focus going to one of the editor's own buttons or links: that button saves (or publishes) itself, and a
      // save started here would hold it disabled under the click.
      if (next instanceof HTMLElement && next.closest('.article-editor') && next.matches('button, a[href], summary')) return;
      if (saveUnasked() && !g().isBusy()) void g().save({ autosave: true });
    };

    const onHide = (event: Event) => {
      if (event.type === 'visibilitychange' && document.visibilityState !== 'hidden') return;
      void g().flushLocalCopy();
      if (hiding || !saveUnasked()) return;
      hiding = g()
        .save({ autosave: true, keepalive: true })
        .finally(() => (hiding = null));
    };

    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!released && g().isDirty()) event.preventDefault();
    };

    window.addEventListener('click', onClick, true);
    window.addEventListener('submit', onSubmit, true);
    document.addEventListener('focusout', onFocusOut);
    document.addEventListener('visibilitychange', onHide);
    window.addEventListener('pagehide', onHide);
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => {
      window.removeEventListener('click', onClick, true);
      window.removeEventListener('submit', onSubmit, true);
      document.removeEventListener('focusout', onFocusOut);
      document.removeEventListener('visibilitychange', onHide);
      window.removeEventListener('pagehide', onHide);
      window.removeEventListener('beforeunload', onBeforeUnload);
      // Left without a caught click (the back button): the text goes in a request that outlives the editor.
      if (saveUnasked()) void g().save({ autosave: true, keepalive: true });
    };
  }, [router]);
}
