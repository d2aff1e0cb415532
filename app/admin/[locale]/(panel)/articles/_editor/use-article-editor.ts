'use client';

import { useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { editableDocument, editorExtensions } from '@/lib/editor/extensions';
import { localeDirection } from '@/lib/i18n/routing';
import { formatTime } from '@/lib/time/format';
import { changeStatusAction, deleteArticleAction, saveArticleAction, type EditorResult } from '../actions';
import type { PendingFigure } from './caption-dialog';
import type { PickedMedia } from './media-library-dialog';

export type ArticleStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished';

export interface EditorArticle {
  id: number;
  version: number;
  locale: 'fr' | 'ar';
  status: ArticleStatus;
  title: string;
  summary: string;
  slug: string;
  sectionId: number;
  authorIds: number[];
  tagNames: string[];
  cover: { id: number; url: string; width: number; height: number } | null;
  coverAlt: string;
  coverCaption: string;
  coverCredit: string;
  seoTitle: string;
  seoDescription: string;
  body: unknown;
}

/** The fields of the form around the body, as the editor types them. */
export interface ArticleFields {
  title: string;
  summary: string;
  slug: string;
  sectionId: number;
  authorIds: number[];
  tags: string;
  cover: EditorArticle['cover'];
  coverAlt: string;
  coverCaption: string;
  coverCredit: string;
  seoTitle: string;
  seoDescription: string;
}

const AUTOSAVE_DELAY_MS = 4000;

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
  canEdit,
  links,
}: {
  adminLocale: 'fr' | 'ar';
  article: EditorArticle;
  canEdit: boolean;
  links: { preview: string; list: string };
}) {
  const t = useTranslations('Admin.articles');
  const [fields, setFields] = useState<ArticleFields>(() => initialFields(article));
  // What the server holds: every save and transition answers with the new version.
  const [stored, setStored] = useState({ version: article.version, status: article.status });
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EditorResult | null>(null);
  const [savedNote, setSavedNote] = useState('');
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
    onUpdate: () => setDirty(true),
  });

  // Keep the latest values for the autosave timer and the unload guard.
  const latest = useRef({ fields, version, dirty, busy });
  useLayoutEffect(() => {
    latest.current = { fields, version, dirty, busy };
  });

  const update = <K extends keyof ArticleFields>(key: K, value: ArticleFields[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    setDirty(true);
  };
  const errors = result?.fieldErrors ?? {};
  /** A text field's value, setter and errors, for the editor's controls. */
  const text = (key: TextKey) => ({ value: fields[key], onChange: (value: string) => update(key, value), errors: errors[ERROR_KEY[key] ?? key] });

  const payload = useCallback(
    ({ tags, cover, ...current }: ArticleFields) => ({
      ...current,
      tagNames: tags.split(/[,،]/).map((tag) => tag.trim()).filter(Boolean),
      coverId: cover?.id ?? null,
      // ProseMirror attrs objects have no prototype; a JSON round trip makes them plain for the server action.
      body: editor ? (JSON.parse(JSON.stringify(editor.getJSON())) as unknown) : article.body,
    }),
    [editor, article.body],
  );

  const save = useCallback(
    async (options: { autosave?: boolean; expectedVersion?: number } = {}): Promise<number | null> => {
      const current = latest.current;
      setBusy(true);
      const response = await saveArticleAction(adminLocale, {
        id: article.id,
        expectedVersion: options.expectedVersion ?? current.version,
        autosave: options.autosave ?? false,
        restoredFrom: restoredFrom.current,
        input: payload(current.fields),
      }).catch((): EditorResult => ({ ok: false, message: t('edit.unsaved') }));
      setBusy(false);
      if (response.ok && response.version) {
        const saved = response.version;
        setStored((previous) => ({ ...previous, version: saved }));
        setDirty(false);
        restoredFrom.current = undefined;
        setResult(options.autosave ? null : response);
        const time = formatTime(new Date(response.savedAt ?? Date.now()));
        setSavedNote(options.autosave ? t('edit.autosaved', { time }) : t('edit.saved', { time }));
        return saved;
      }
      // Autosave failures stay quiet unless they need the editor (conflict, validation).
      if (!options.autosave || response.conflict || response.fieldErrors) setResult(response);
      return null;
    },
    [adminLocale, article.id, payload, t],
  );

  // Autosave drafts and submissions a few seconds after the last change.
  useEffect(() => {
    if (!dirty || !canEdit || (status !== 'draft' && status !== 'in_review') || result?.conflict) return;
    const timer = setTimeout(() => {
      if (latest.current.dirty && !latest.current.busy) void save({ autosave: true });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, fields, status, save, canEdit, result?.conflict]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  /** Saves pending changes first, so a status change never drops what was typed. */
  async function transition(to: ArticleStatus, publishAt: string) {
    let expected = version;
    if (dirty) {
      const saved = await save();
      if (saved === null) return;
      expected = saved;
    }
    setBusy(true);
    const response = await changeStatusAction(adminLocale, { id: article.id, expectedVersion: expected, to, publishAt: to === 'scheduled' ? publishAt : undefined }).catch(
      (): EditorResult => ({ ok: false, message: t('edit.unsaved') }),
    );
    setBusy(false);
    setResult(response);
    if (response.ok && response.version) setStored({ version: response.version, status: to });
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
    setDirty(true);
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
    setDirty(true);
  }

  /** A library picture into the body, with the words the caption dialog asked for. */
  function insertFigure(figure: PendingFigure, words: { alt: string; caption: string }) {
    editor
      ?.chain()
      .focus()
      .insertContent({ type: 'image', attrs: { src: figure.url, alt: words.alt, caption: words.caption, width: figure.width, height: figure.height } })
      .run();
  }

  return {
    editor,
    fields,
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
  };
}

export type ArticleEditorState = ReturnType<typeof useArticleEditor>;
