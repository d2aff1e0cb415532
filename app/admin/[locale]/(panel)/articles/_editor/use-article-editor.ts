'use client';

import { useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { autosaves } from '@/lib/editor/autosave';
import { editableDocument, editorExtensions } from '@/lib/editor/extensions';
import type { DraftContent } from '@/lib/editor/local-draft';
import { splitTags, type CoverPicture, type MergeValues } from '@/lib/editor/merge';
import { localeDirection } from '@/lib/i18n/routing';
import { formatTime } from '@/lib/time/format';
import { changeStatusAction, deleteArticleAction, saveArticleAction, type EditorResult } from '../actions';
import type { PendingFigure } from './caption-dialog';
import { sendKeepaliveSave } from './keepalive-save';
import type { PickedMedia } from './media-library-dialog';
import { useLocalDraft } from './use-local-draft';
import { useSaveOnLeave } from './use-save-on-leave';

export type ArticleStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished';

/** The article as the editor opens it: its content as merges see it (lib/editor/merge.ts), the cover with its picture. */
export interface EditorArticle extends Omit<MergeValues, 'coverId'> {
  id: number;
  version: number;
  locale: 'fr' | 'ar';
  status: ArticleStatus;
  cover: CoverPicture | null;
}

/** The fields of the form around the body, as the editor types them (the tags as one text). */
export type ArticleFields = Omit<EditorArticle, 'id' | 'version' | 'locale' | 'status' | 'body' | 'tagNames'> & { tags: string };

/** The form and the body as the server stores them, and as merges compare them. */
export function contentOf({ tags, cover, ...fields }: ArticleFields, body: unknown): MergeValues {
  return { ...fields, tagNames: splitTags(tags), coverId: cover?.id ?? null, body };
}

const AUTOSAVE_DELAY_MS = 4000;

/** `fields`: what a merge has just set, saved before it renders. */
type SaveOptions = { autosave?: boolean; expectedVersion?: number; keepalive?: boolean; fields?: ArticleFields };

function initialFields(article: EditorArticle): ArticleFields {
  const { id: _id, version: _version, locale: _locale, status: _status, body: _body, tagNames, ...fields } = article;
  return { ...fields, tags: tagNames.join(', ') };
}

/** The text fields, and where the server puts their errors. */
type TextKey = 'title' | 'summary' | 'slug' | 'tags' | 'coverAlt' | 'coverCaption' | 'coverCredit' | 'seoTitle' | 'seoDescription';
const ERROR_KEY: Partial<Record<TextKey, string>> = { tags: 'tagNames' };

/**
 * The editor's state and its calls to the server. All of the editor's work lives here until the
 * server accepts it: a refused save (validation, conflict, expired session, database down) shows
 * why and keeps every character. Drafts autosave a few seconds after typing stops.
 */
export function useArticleEditor({
  adminLocale,
  article,
  userId,
  canEdit,
  links,
}: {
  adminLocale: 'fr' | 'ar';
  article: EditorArticle;
  /** Whose copy of unsaved work this browser keeps (use-local-draft.ts). */
  userId: number;
  canEdit: boolean;
  links: { preview: string; list: string };
}) {
  const t = useTranslations('Admin.articles');
  const [fields, setFields] = useState<ArticleFields>(() => initialFields(article));
  // What the server holds: every save and transition answers with the new version.
  const [stored, setStored] = useState({ version: article.version, status: article.status });
  const [dirty, setDirty] = useState(false);
  // Counts edits: a save clears `dirty` only if nothing was typed while it was on its way.
  const [changes, setChanges] = useState(0);
  const touched = useCallback(() => {
    setDirty(true);
    setChanges((count) => count + 1);
  }, []);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EditorResult | null>(null);
  const [savedNote, setSavedNote] = useState('');
  // "Signaler une mise à jour", sent with the next save or republication of a published article.
  const [flagUpdate, setFlagUpdate] = useState(false);
  const { version, status } = stored;
  // The history version loaded to restore, until a save records it as the restore.
  const restoredFrom = useRef<number | undefined>(undefined);

  const editor = useEditor({
    extensions: editorExtensions(),
    content: editableDocument(article.body),
    immediatelyRender: false,
    editable: canEdit,
    editorProps: {
      attributes: {
        class: 'editor-content',
        dir: localeDirection(article.locale),
        lang: article.locale,
        'aria-label': t('edit.body'),
        role: 'textbox',
        'aria-multiline': 'true',
      },
    },
    onUpdate: () => touched(),
  });

  // Keep the latest values for the autosave timer and the unload guard.
  const latest = useRef({ fields, version, dirty, busy, changes, status, result, flagUpdate });
  useLayoutEffect(() => {
    latest.current = { fields, version, dirty, busy, changes, status, result, flagUpdate };
  });

  const update = <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    touched();
  };
  const errors = result?.fieldErrors ?? {};
  /** A text field's value, setter and errors, for the editor's controls. */
  const text = (key: TextKey) => ({ value: fields[key], onChange: (value: string) => update(key, value), errors: errors[ERROR_KEY[key] ?? key] });

  // The last body read: a save sent as the editor unmounts may read it after Tiptap destroyed its editor.
  const lastBody = useRef(article.body);
  const bodyJson = useCallback(() => {
    // ProseMirror attrs objects have no prototype; a JSON round trip makes them plain for the server action.
    if (editor && !editor.isDestroyed) lastBody.current = JSON.parse(JSON.stringify(editor.getJSON())) as unknown;
    return lastBody.current;
  }, [editor]);

  const payload = useCallback((current: ArticleFields) => contentOf(current, bodyJson()), [bodyJson]);

  const latestVersion = useCallback(() => latest.current.version, []);
  const snapshot = useCallback((): DraftContent => ({ fields: { ...latest.current.fields }, body: bodyJson() }), [bodyJson]);
  /** A restored local copy: its text, saved against the version it was written on (a conflict shows if the article moved on). */
  const apply = useCallback(
    (content: DraftContent, baseVersion: number) => {
      // Only the fields this editor knows, in case the copy was written by an older or newer page.
      setFields((current) => ({ ...current, ...Object.fromEntries(Object.entries(content.fields).filter(([key]) => key in current)) }));
      editor?.commands.setContent(content.body as object);
      setStored((previous) => ({ ...previous, version: baseVersion }));
      touched();
    },
    [editor, touched],
  );
  const localDraft = useLocalDraft({ userId, articleId: article.id, editor, enabled: canEdit, dirty, changes, version, latestVersion, snapshot, apply });
  const { confirmSaved } = localDraft;

  const saveNow = useCallback(
    async (options: SaveOptions): Promise<number | null> => {
      const current = latest.current;
      // An unasked save with nothing new to send (leaving a field right after a save that carried it).
      if (options.autosave && !current.dirty) return current.version;
      // A merge saves the fields it has just set, before they render.
      const fields = options.fields ?? current.fields;
      const request = {
        id: article.id,
        expectedVersion: options.expectedVersion ?? current.version,
        autosave: options.autosave ?? false,
        flagUpdate: !options.autosave && current.flagUpdate,
        restoredFrom: restoredFrom.current,
        input: payload(fields),
      };
      const sent: DraftContent = { fields: { ...fields }, body: request.input.body };
      // Unasked saves leave the buttons alone: a click on Save or Publish during one waits its turn instead of being lost.
      if (!options.autosave) setBusy(true);
      const failed: EditorResult = { ok: false, message: t('edit.unsaved') };
      const response = await (options.keepalive ? sendKeepaliveSave(adminLocale, request) : saveArticleAction(adminLocale, request)).then(
        (answer) => answer ?? failed,
        () => failed,
      );
      if (!options.autosave) setBusy(false);
      if (response.ok && response.version) {
        const saved = response.version;
        const clean = latest.current.changes === current.changes;
        // The next queued save reads these before React renders them.
        latest.current = { ...latest.current, version: saved, dirty: latest.current.dirty && !clean };
        setStored((previous) => ({ ...previous, version: saved }));
        if (clean) setDirty(false);
        confirmSaved(sent);
        restoredFrom.current = undefined;
        if (!options.autosave) setFlagUpdate(false);
        // A translation's provisional slug follows its title: show what the server made of it.
        const sentSlug = current.fields.slug;
        if (response.slug && response.slug !== sentSlug) setFields((now) => (now.slug === sentSlug ? { ...now, slug: response.slug! } : now));
        setResult(options.autosave ? null : response);
        const time = formatTime(new Date(response.savedAt ?? Date.now()));
        setSavedNote(options.autosave ? t('edit.autosaved', { time }) : t('edit.saved', { time }));
        return saved;
      }
      // Autosave failures stay quiet unless they need the editor (conflict, validation). A save sent as the
      // page was hidden stays quiet too: it may only have crossed one of the editor's own saves, and the next
      // ordinary save meets any real conflict.
      if (!options.keepalive && (!options.autosave || response.conflict || response.fieldErrors)) setResult(response);
      return null;
    },
    [adminLocale, article.id, payload, t, confirmSaved],
  );

  // Saves run one after another, each sent with the version the one before produced. A save sent as
  // the page goes cannot wait for one the closing page may never see answered.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const save = useCallback(
    (options: SaveOptions = {}): Promise<number | null> => {
      if (options.keepalive) return saveNow(options);
      const run = queue.current.then(() => saveNow(options));
      queue.current = run.catch(() => undefined);
      return run;
    },
    [saveNow],
  );

  // Autosave drafts and submissions a few seconds after the last change.
  useEffect(() => {
    if (!dirty || !canEdit || !autosaves(status) || result?.conflict) return;
    const timer = setTimeout(() => {
      if (latest.current.dirty && !latest.current.busy) void save({ autosave: true });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, changes, status, save, canEdit, result?.conflict]);

  useSaveOnLeave({
    isDirty: () => latest.current.dirty,
    isBusy: () => latest.current.busy,
    mayAutosave: () => canEdit && autosaves(latest.current.status) && !latest.current.result?.conflict,
    save,
    flushLocalCopy: localDraft.flush,
    confirmLeave: (reason) => window.confirm(t(reason === 'refused' ? 'localCopy.leaveRefused' : 'localCopy.leaveManual')),
  });

  /** Saves pending changes first, so a status change never drops what was typed. */
  async function transition(to: ArticleStatus, publishAt: string) {
    let expected = version;
    if (dirty) {
      const saved = await save();
      if (saved === null) return;
      expected = saved;
    }
    setBusy(true);
    const response = await changeStatusAction(adminLocale, { id: article.id, expectedVersion: expected, to, publishAt: to === 'scheduled' ? publishAt : undefined, flagUpdate }).catch(
      (): EditorResult => ({ ok: false, message: t('edit.unsaved') }),
    );
    setBusy(false);
    setResult(response);
    if (response.ok && response.version) {
      setStored({ version: response.version, status: to });
      setFlagUpdate(false);
    }
  }

  async function remove() {
    if (!window.confirm(t('edit.confirmDelete'))) return;
    const response = await deleteArticleAction(adminLocale, { id: article.id, expectedVersion: version });
    if (response.ok) window.location.assign(links.list);
    else setResult(response);
  }

  async function openPreview() {
    if (dirty && (await save()) === null) return;
    window.open(links.preview, '_blank', 'noopener');
  }

  /** An old version from the history, loaded as unsaved changes: it goes live only once saved (published). */
  function loadRevision(revisionVersion: number, loaded: ArticleFields, body: unknown) {
    restoredFrom.current = revisionVersion;
    setFields(loaded);
    editor?.commands.setContent(editableDocument(body));
    touched();
  }

  /** A picture from the library as the cover: its alt text and credit fill empty fields. */
  function placeCover(media: PickedMedia) {
    const alt = article.locale === 'fr' ? media.altFr : media.altAr;
    setFields((current) => ({
      ...current,
      cover: { id: media.id, url: media.url, width: media.width, height: media.height },
      coverAlt: current.coverAlt || alt,
      coverCredit: current.coverCredit || media.credit,
    }));
    touched();
  }

  /** A library picture into the body (at the cursor, or where it was dropped), with the words the dialog asked for. */
  function insertFigure(figure: PendingFigure, words: { alt: string; caption: string }, at: number | null = null) {
    const content = { type: 'image', attrs: { src: figure.url, alt: words.alt, caption: words.caption, width: figure.width, height: figure.height } };
    if (at === null) editor?.chain().focus().insertContent(content).run();
    else editor?.chain().focus().insertContentAt(at, content).run();
  }

  /** After a merge: the fields as merged, based on the server's newer `version` (still to be saved). */
  function rebase(version: number, merged: ArticleFields) {
    setStored((previous) => ({ ...previous, version }));
    setFields(merged);
    setDirty(true);
  }

  return {
    editor,
    fields,
    rebase,
    update,
    version,
    status,
    dirty,
    busy,
    result,
    savedNote,
    errors,
    text,
    save,
    transition,
    remove,
    openPreview,
    placeCover,
    insertFigure,
    loadRevision,
    flagUpdate,
    setFlagUpdate,
    localDraft,
  };
}

export type ArticleEditorState = ReturnType<typeof useArticleEditor>;
