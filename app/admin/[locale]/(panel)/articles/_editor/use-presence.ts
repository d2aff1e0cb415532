'use client';

import { useEffect, useState } from 'react';

/*
 * Tells the server this tab has the article open, every HEARTBEAT_MS, and learns who else has
 * (app/api/admin/articles/[id]/presence). The server forgets a tab three beats after its last one
 * (PRESENCE_WINDOW_MS), and at once when the tab leaves: on `pagehide`, with `keepalive` so the
 * request outlives the page.
 */

const HEARTBEAT_MS = 15_000;

export interface PresentEditor {
  userId: number;
  name: string;
}

export function usePresence({ articleId, enabled, adminLocale }: { articleId: number; enabled: boolean; adminLocale: 'fr' | 'ar' }): PresentEditor[] {
  const [others, setOthers] = useState<PresentEditor[]>([]);

  useEffect(() => {
    if (!enabled) return;
    // One id per open editor: the same user in two tabs is two rows, each leaving on its own.
    const tabId = crypto.randomUUID();
    const url = `/api/admin/articles/${articleId}/presence?locale=${adminLocale}`;
    const body = JSON.stringify({ tabId });
    const headers = { 'Content-Type': 'application/json' };
    let stopped = false;

    async function beat() {
      const response = await fetch(url, { method: 'POST', headers, body }).catch(() => null);
      // A refusal or an outage shows nobody rather than a stale list.
      const answer = response?.ok ? ((await response.json().catch(() => null)) as { others?: PresentEditor[] } | null) : null;
      if (!stopped) setOthers(answer?.others ?? []);
    }
    const leave = () => void fetch(url, { method: 'DELETE', headers, body, keepalive: true }).catch(() => undefined);
    const back = () => {
      if (document.visibilityState === 'visible') void beat();
    };

    void beat();
    const timer = setInterval(() => void beat(), HEARTBEAT_MS);
    window.addEventListener('pagehide', leave);
    // A page restored from the back-forward cache left on pagehide: it says it is back.
    window.addEventListener('pageshow', back);
    document.addEventListener('visibilitychange', back);
    return () => {
      stopped = true;
      clearInterval(timer);
      window.removeEventListener('pagehide', leave);
      window.removeEventListener('pageshow', back);
      document.removeEventListener('visibilitychange', back);
      leave();
    };
  }, [articleId, enabled, adminLocale]);

  return others;
}
