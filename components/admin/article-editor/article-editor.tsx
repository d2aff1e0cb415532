'use client';

import { EditorContent, useEditor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { changeStatusAction, deleteArticleAction, saveArticleAction, type EditorResult } from '@/app/admin/[locale]/(panel)/articles/actions';
import { editorExtensions } from '@/lib/editor/extensions';
import { formatTime } from '@/lib/time/format';
import { EditorToolbar } from './editor-toolbar';
import { MediaPicker, type PickedMedia } from './media-picker';

export interface EditorArticle {
  id: number;
  version: number;
  locale: 'fr' | 'ar';
  status: 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished';
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

interface Fields {
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

/**
 * The article editor. All of the editor's work lives in this component's state until the server
 * accepts it: a refused save (validation, conflict, expired session, database down) shows why
 * and keeps every character. Drafts autosave a few seconds after typing stops.
 */
export function ArticleEditor({
  adminLocale,
  article,
  options,
  permissions,
  defaultPublishAt,
  links,
}: {
  adminLocale: 'fr' | 'ar';
  article: EditorArticle;
  options: { sections: { id: number; name: string }[]; authors: { id: number; name: string }[] };
  permissions: { publish: boolean; delete: boolean; edit: boolean };
  defaultPublishAt: string;
  links: { preview: string; revisions: string; list: string; saved: string };
}) {
  const t = useTranslations('Admin.articles');
  const [fields, setFields] = useState<Fields>({
    title: article.title,
    summary: article.summary,
    slug: article.slug,
    sectionId: article.sectionId,
    authorIds: article.authorIds,
    tags: article.tagNames.join(', '),
    cover: article.cover,
    coverAlt: article.coverAlt,
    coverCaption: article.coverCaption,
    coverCredit: article.coverCredit,
    seoTitle: article.seoTitle,
    seoDescription: article.seoDescription,
  });
  const [version, setVersion] = useState(article.version);
  const [status, setStatus] = useState(article.status);
  const [dirty, setDirty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<EditorResult | null>(null);
  const [savedNote, setSavedNote] = useState('');
  const [publishAt, setPublishAt] = useState(defaultPublishAt);
  const [picker, setPicker] = useState<null | 'cover' | 'inline'>(null);
  const dir = article.locale === 'ar' ? 'rtl' : 'ltr';

  const editor = useEditor({
    extensions: editorExtensions(),
    content: article.body as object,
    immediatelyRender: false,
    editable: permissions.edit,
    editorProps: { attributes: { class: 'editor-content', dir, lang: article.locale, 'aria-label': t('edit.body'), role: 'textbox', 'aria-multiline': 'true' } },
    onUpdate: () => setDirty(true),
  });

  // Keep the latest values for the autosave timer and the unload guard.
  const latest = useRef({ fields, version, dirty, status, busy });
  useLayoutEffect(() => {
    latest.current = { fields, version, dirty, status, busy };
  });

  const update = <K extends keyof Fields>(key: K, value: Fields[K]) => {
    setFields((current) => ({ ...current, [key]: value }));
    setDirty(true);
  };

  const payload = useCallback(
    (current: Fields) => ({
      title: current.title,
      summary: current.summary,
      slug: current.slug,
      sectionId: current.sectionId,
      authorIds: current.authorIds,
      tagNames: current.tags.split(/[,،]/).map((tag) => tag.trim()).filter(Boolean),
      coverId: current.cover?.id ?? null,
      coverAlt: current.coverAlt,
      coverCaption: current.coverCaption,
      coverCredit: current.coverCredit,
      seoTitle: current.seoTitle,
      seoDescription: current.seoDescription,
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
        input: payload(current.fields),
      }).catch((): EditorResult => ({ ok: false, message: t('edit.unsaved') }));
      setBusy(false);
      if (response.ok && response.version) {
        setVersion(response.version);
        setDirty(false);
        setResult(options.autosave ? null : response);
        const time = formatTime(new Date(response.savedAt ?? Date.now()));
        setSavedNote(options.autosave ? t('edit.autosaved', { time }) : t('edit.saved', { time }));
        return response.version;
      }
      // Autosave failures stay quiet unless they need the editor (conflict, validation).
      if (!options.autosave || response.conflict || response.fieldErrors) setResult(response);
      return null;
    },
    [adminLocale, article.id, payload, t],
  );

  // Autosave drafts and submissions a few seconds after the last change.
  useEffect(() => {
    if (!dirty || !permissions.edit || (status !== 'draft' && status !== 'in_review') || result?.conflict) return;
    const timer = setTimeout(() => {
      if (latest.current.dirty && !latest.current.busy) void save({ autosave: true });
    }, AUTOSAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [dirty, fields, status, save, permissions.edit, result?.conflict]);

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (latest.current.dirty) event.preventDefault();
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  async function transition(to: EditorArticle['status']) {
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
    if (response.ok && response.version) {
      setVersion(response.version);
      setStatus(to);
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

  function picked(media: PickedMedia) {
    const alt = article.locale === 'fr' ? media.altFr : media.altAr;
    if (picker === 'cover') {
      setFields((current) => ({ ...current, cover: { id: media.id, url: media.url, width: media.width, height: media.height }, coverAlt: current.coverAlt || alt, coverCredit: current.coverCredit || media.credit }));
      setDirty(true);
    } else if (editor) {
      const caption = window.prompt(t('toolbar.imageCaption')) ?? '';
      editor.chain().focus().insertContent({ type: 'image', attrs: { src: media.url, alt, caption, width: media.width, height: media.height } }).run();
    }
    setPicker(null);
  }

  const errors = result?.fieldErrors ?? {};
  const fieldError = (name: string) =>
    errors[name] ? (
      <span className="error" id={`error-${name}`}>
        {errors[name].join(' ')}
      </span>
    ) : null;
  const invalid = (name: string) => (errors[name] ? { 'aria-invalid': true as const, 'aria-describedby': `error-${name}` } : {});

  return (
    <div className="article-editor" data-version={version} data-status={status}>
      <div className="editor-statusbar" role="status" aria-live="polite">
        <span className={`badge ${status}`}>{t('edit.statusLabel', { status: t(`statuses.${status}`) })}</span>{' '}
        <span>{dirty ? t('edit.unsaved') : savedNote}</span>
      </div>

      {result?.conflict ? (
        <div className="notice error" role="alert">
          <strong>{t('edit.conflictTitle')}</strong>
          <p>{t('edit.conflictBody', { name: result.conflict.updatedBy ?? t('edit.conflictSomeone'), version: result.conflict.version })}</p>
          <p className="toolbar">
            <a href={links.saved} target="_blank" rel="noopener">
              {t('edit.conflictOpen')}
            </a>
            <button type="button" onClick={() => void save({ expectedVersion: result.conflict!.version })}>
              {t('edit.conflictOverwrite')}
            </button>
          </p>
        </div>
      ) : (
        result?.message && (
          <p className={result.ok ? 'notice ok' : 'notice error'} role={result.ok ? 'status' : 'alert'}>
            {result.message}
          </p>
        )
      )}

      <div className="editor-grid">
        <div className="editor-main">
          <div className="field">
            <label htmlFor="article-title">{t('edit.titleField')}</label>
            <input id="article-title" type="text" value={fields.title} onChange={(e) => update('title', e.target.value)} dir={dir} lang={article.locale} maxLength={200} className="title-input" {...invalid('title')} />
            {fieldError('title')}
          </div>
          <div className="field">
            <label htmlFor="article-summary">{t('edit.summary')}</label>
            <textarea id="article-summary" value={fields.summary} onChange={(e) => update('summary', e.target.value)} dir={dir} lang={article.locale} maxLength={500} rows={3} {...invalid('summary')} />
            {fieldError('summary')}
          </div>
          <div className="field">
            <span className="label" id="body-label">
              {t('edit.body')}
            </span>
            {editor && <EditorToolbar editor={editor} onImage={() => setPicker('inline')} />}
            <EditorContent editor={editor} aria-labelledby="body-label" />
            {fieldError('body')}
          </div>
        </div>

        <aside className="editor-side">
          <div className="panel editor-actions">
            <button type="button" onClick={() => void save()} disabled={busy || !permissions.edit}>
              {busy ? t('edit.saving') : t('edit.save')}
            </button>
            <button type="button" className="secondary" onClick={() => void openPreview()}>
              {t('edit.preview')}
            </button>
            <a href={links.revisions}>{t('edit.revisions')}</a>
            {status === 'draft' && permissions.edit && (
              <button type="button" className="secondary" onClick={() => void transition('in_review')} disabled={busy}>
                {t('edit.submit')}
              </button>
            )}
            {status === 'in_review' && permissions.edit && (
              <button type="button" className="secondary" onClick={() => void transition('draft')} disabled={busy}>
                {t('edit.backToDraft')}
              </button>
            )}
            {permissions.publish && status !== 'published' && (
              <>
                <button type="button" onClick={() => void transition('published')} disabled={busy}>
                  {t('edit.publishNow')}
                </button>
                <div className="field">
                  <label htmlFor="publish-at">{t('edit.publishAt')}</label>
                  <input id="publish-at" type="datetime-local" value={publishAt} onChange={(e) => setPublishAt(e.target.value)} {...invalid('publishAt')} />
                  {fieldError('publishAt')}
                </div>
                <button type="button" className="secondary" onClick={() => void transition('scheduled')} disabled={busy}>
                  {t('edit.schedule')}
                </button>
              </>
            )}
            {permissions.publish && status === 'published' && (
              <button type="button" className="secondary" onClick={() => void transition('unpublished')} disabled={busy}>
                {t('edit.unpublish')}
              </button>
            )}
            {permissions.delete && (
              <button type="button" className="danger" onClick={() => void remove()} disabled={busy}>
                {t('edit.delete')}
              </button>
            )}
          </div>

          <div className="panel">
            <div className="field">
              <label htmlFor="article-slug">{t('edit.slug')}</label>
              <input id="article-slug" type="text" value={fields.slug} onChange={(e) => update('slug', e.target.value)} dir="ltr" maxLength={120} {...invalid('slug')} />
              <span className="hint">{t('edit.slugHint')}</span>
              {fieldError('slug')}
            </div>
            <div className="field">
              <label htmlFor="article-section">{t('edit.section')}</label>
              <select id="article-section" value={fields.sectionId} onChange={(e) => update('sectionId', Number(e.target.value))} {...invalid('sectionId')}>
                {options.sections.map((section) => (
                  <option key={section.id} value={section.id}>
                    {section.name}
                  </option>
                ))}
              </select>
              {fieldError('sectionId')}
            </div>
            <div className="field">
              <label htmlFor="article-authors">{t('edit.authors')}</label>
              <select
                id="article-authors"
                multiple
                value={fields.authorIds.map(String)}
                onChange={(e) => update('authorIds', [...e.target.selectedOptions].map((option) => Number(option.value)))}
                size={Math.min(6, options.authors.length)}
                {...invalid('authorIds')}
              >
                {options.authors.map((author) => (
                  <option key={author.id} value={author.id}>
                    {author.name}
                  </option>
                ))}
              </select>
              {fieldError('authorIds')}
            </div>
            <div className="field">
              <label htmlFor="article-tags">{t('edit.tags')}</label>
              <input id="article-tags" type="text" value={fields.tags} onChange={(e) => update('tags', e.target.value)} dir={dir} {...invalid('tagNames')} />
              <span className="hint">{t('edit.tagsHint')}</span>
              {fieldError('tagNames')}
            </div>
          </div>

          <div className="panel">
            <span className="label">{t('edit.cover')}</span>
            {fields.cover && (
              // eslint-disable-next-line @next/next/no-img-element -- admin preview of the chosen cover
              <img src={fields.cover.url} alt={fields.coverAlt} width={280} height={Math.round((280 * fields.cover.height) / fields.cover.width)} className="cover-preview" />
            )}
            <p className="toolbar">
              <button type="button" className="secondary" onClick={() => setPicker('cover')}>
                {t('edit.coverChoose')}
              </button>
              {fields.cover && (
                <button type="button" className="secondary" onClick={() => update('cover', null)}>
                  {t('edit.coverRemove')}
                </button>
              )}
            </p>
            {fieldError('coverId')}
            <div className="field">
              <label htmlFor="cover-alt">{t('edit.coverAlt')}</label>
              <input id="cover-alt" type="text" value={fields.coverAlt} onChange={(e) => update('coverAlt', e.target.value)} dir={dir} maxLength={300} />
            </div>
            <div className="field">
              <label htmlFor="cover-caption">{t('edit.coverCaption')}</label>
              <input id="cover-caption" type="text" value={fields.coverCaption} onChange={(e) => update('coverCaption', e.target.value)} dir={dir} maxLength={500} />
            </div>
            <div className="field">
              <label htmlFor="cover-credit">{t('edit.coverCredit')}</label>
              <input id="cover-credit" type="text" value={fields.coverCredit} onChange={(e) => update('coverCredit', e.target.value)} maxLength={200} />
            </div>
          </div>

          <details className="panel">
            <summary>{t('edit.seo')}</summary>
            <div className="field">
              <label htmlFor="seo-title">{t('edit.seoTitle')}</label>
              <input id="seo-title" type="text" value={fields.seoTitle} onChange={(e) => update('seoTitle', e.target.value)} dir={dir} maxLength={120} {...invalid('seoTitle')} />
              {fieldError('seoTitle')}
            </div>
            <div className="field">
              <label htmlFor="seo-description">{t('edit.seoDescription')}</label>
              <textarea id="seo-description" value={fields.seoDescription} onChange={(e) => update('seoDescription', e.target.value)} dir={dir} maxLength={300} {...invalid('seoDescription')} />
              {fieldError('seoDescription')}
            </div>
          </details>
        </aside>
      </div>
      <MediaPicker open={picker !== null} onClose={() => setPicker(null)} onPick={picked} />
    </div>
  );
}
