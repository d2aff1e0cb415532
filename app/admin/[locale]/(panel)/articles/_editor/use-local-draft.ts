'use client';

import type { Editor } from '@tiptap/react';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { afterSave, draftKey, onOpen, type DraftContent, type LocalDraft } from '@/lib/editor/local-draft';
import { deleteLocalDraft, readLocalDraft, writeLocalDraft } from '@/lib/editor/local-draft-store';

/** Every change is in the copy at most this long after it was typed: a killed tab keeps the last words, and keys are not written one by one. */
const WRITE_DELAY_MS = 300;

export interface LocalDraftOffer {
  writtenAt: number;
  /** Someone saved the article after the copy was written: restoring will meet a conflict. */
  changedSince: boolean;
}

/**
 * The editor's unsaved copy in this browser (see lib/editor/local-draft.ts): written shortly after
 * every change, dropped when the server confirms a save of the same text, and offered back when
 * the article opens with text the server does not have.
 */
export function useLocalDraft({
  userId,
  articleId,
  editor,
  enabled,
  dirty,
  changes,
  version,
  latestVersion,
  snapshot,
  apply,
}: {
  userId: number;
  articleId: number;
  editor: Editor | null;
  enabled: boolean;
  dirty: boolean;
  /** Counts the edits; each one schedules a write. */
  changes: number;
  /** The version the editor holds now, and the same read from its ref for timers. */
  version: number;
  latestVersion: () => number;
  snapshot: () => DraftContent;
  /** Puts a restored copy into the fields and body, based on its version, and marks it unsaved. */
  apply: (content: DraftContent, baseVersion: number) => void;
}) {
  const key = draftKey(userId, articleId);
  const [offer, setOffer] = useState<LocalDraft | null>(null);
  // No write before the stored copy was read and judged: it must not be overwritten unseen.
  const [ready, setReady] = useState(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const holding = useRef(true);
  useLayoutEffect(() => {
    holding.current = !ready || offer !== null;
  });

  useEffect(() => {
    if (!editor || !enabled) return;
    // The server's text as the editor holds it, taken before anyone could type.
    const server = snapshot();
    let live = true;
    void readLocalDraft(key).then((local) => {
      if (!live) return;
      const decision = onOpen(local, server);
      if (decision === 'drop') void deleteLocalDraft(key);
      if (decision === 'offer') setOffer(local);
      setReady(true);
    });
    return () => {
      live = false;
    };
    // Once per opened article: `snapshot` changes with every keystroke.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, enabled, key]);

  const write = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    if (holding.current) return Promise.resolve();
    return writeLocalDraft({ key, userId, articleId, baseVersion: latestVersion(), writtenAt: Date.now(), content: snapshot() });
  }, [key, userId, articleId, latestVersion, snapshot]);

  useEffect(() => {
    // A write already on its way is not put off by the next key (it reads the text when it runs):
    // someone who types without ever pausing is kept too, not only when they stop.
    if (!dirty || !ready || offer || timer.current) return;
    timer.current = setTimeout(() => void write(), WRITE_DELAY_MS);
  }, [changes, dirty, ready, offer, write]);

  // Leaving the editor (another page of the newsroom) writes what the delay still held.
  const writeNow = useRef(write);
  useEffect(() => {
    writeNow.current = write;
  });
  useEffect(
    () => () => {
      if (timer.current) void writeNow.current();
    },
    [],
  );

  /** The server saved `saved`: drop the copy if nothing was typed since, else write what was. */
  const confirmSaved = useCallback(
    (saved: DraftContent) => {
      if (holding.current) return;
      if (afterSave(snapshot(), saved) === 'drop') {
        if (timer.current) clearTimeout(timer.current);
        timer.current = null;
        void deleteLocalDraft(key);
      } else void write();
    },
    [key, snapshot, write],
  );

  const restore = useCallback(() => {
    if (!offer) return;
    apply(offer.content, offer.baseVersion);
    setOffer(null);
  }, [offer, apply]);

  const discard = useCallback(() => {
    setOffer(null);
    void deleteLocalDraft(key);
  }, [key]);

  const shown: LocalDraftOffer | null = offer ? { writtenAt: offer.writtenAt, changedSince: offer.baseVersion !== version } : null;
  return { offer: shown, restore, discard, confirmSaved, flush: write };
}
