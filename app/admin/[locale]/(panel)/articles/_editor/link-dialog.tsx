'use client';

import type { Editor } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { EditorDialog, EditorDialogForm } from '@/components/admin/editor-dialog';
import { safeHref } from '@/lib/rich-text';
import { searchLinkTargetsAction } from '../actions';
import { AddressField } from './address-field';

type Target = { id: number; locale: 'fr' | 'ar'; title: string; path: string };

/**
 * The body's link dialog (toolbar "Lien" or Ctrl/Cmd+K): an address typed or found among the
 * site's published articles, and whether it opens in a new tab. Only what the reader keeps is
 * accepted (http(s), mailto, site paths: safeHref, the sanitiser's own rule), so nothing is
 * silently dropped at save.
 */
export function LinkDialog({ editor, open, onClose, adminLocale, locale }: { editor: Editor; open: boolean; onClose: () => void; adminLocale: 'fr' | 'ar'; locale: 'fr' | 'ar' }) {
  // A fresh form at each opening (mounted only while open), filled from the link under the cursor.
  return (
    <EditorDialog open={open} onClose={onClose} className="link-dialog">
      {open && <LinkForm editor={editor} onClose={onClose} adminLocale={adminLocale} locale={locale} />}
    </EditorDialog>
  );
}

function LinkForm({ editor, onClose, adminLocale, locale }: { editor: Editor; onClose: () => void; adminLocale: 'fr' | 'ar'; locale: 'fr' | 'ar' }) {
  const t = useTranslations('Admin.editor.link');
  const current = editor.getAttributes('link') as { href?: string; target?: string | null };
  const [url, setUrl] = useState(current.href ?? '');
  const [newTab, setNewTab] = useState(current.target === '_blank');
  const [invalid, setInvalid] = useState(false);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ q: string; items: Target[] } | null>(null);
  const [chosenTitle, setChosenTitle] = useState('');
  const ids = useId();

  // Searches as the editor types, a moment after they stop; late answers to older queries are ignored.
  useEffect(() => {
    const q = query.trim();
    if (!q) return;
    let stale = false;
    const timer = setTimeout(() => {
      void searchLinkTargetsAction(adminLocale, { q, locale })
        .catch(() => ({ ok: false as const }))
        .then((response) => {
          if (!stale) setFound({ q, items: response.ok && 'items' in response ? (response.items as Target[]) : [] });
        });
    }, 250);
    return () => {
      stale = true;
      clearTimeout(timer);
    };
  }, [query, adminLocale, locale]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const href = safeHref(url);
    if (!href) {
      setInvalid(true);
      return;
    }
    const attrs = { href, target: newTab ? '_blank' : null };
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      // Nothing selected: the link brings its own words (the article's title, or the address).
      chain.insertContent({ type: 'text', text: chosenTitle || href, marks: [{ type: 'link', attrs }] }).run();
    } else {
      chain.extendMarkRange('link').setLink(attrs).run();
    }
    onClose();
  }

  const q = query.trim();
  const results = found && found.q === q ? found.items : null;
  return (
    <EditorDialogForm heading={t('title')} onSubmit={submit} confirm={t('insert')} cancel={t('cancel')} onCancel={onClose}>
      <AddressField
        label={t('url')}
        type="text"
        value={url}
        refusal={invalid ? t('invalid') : null}
        onChange={(value) => {
          setUrl(value);
          setInvalid(false);
        }}
      />
      <div className="field">
        <label htmlFor={`${ids}-search`}>{t('search')}</label>
        <input id={`${ids}-search`} type="search" value={query} dir="auto" lang={locale} onChange={(event) => setQuery(event.target.value)} />
      </div>
      {q && (
        <div role="region" aria-label={t('results')} aria-live="polite">
          {results === null ? (
            <p>{t('searching')}</p>
          ) : results.length === 0 ? (
            <p>{t('noResults')}</p>
          ) : (
            <ul className="link-results">
              {results.map((item) => (
                <li key={item.id}>
                  <button
                    type="button"
                    className="secondary"
                    dir="auto"
                    lang={item.locale}
                    aria-pressed={url === item.path}
                    onClick={() => {
                      setUrl(item.path);
                      setChosenTitle(item.title);
                      setInvalid(false);
                    }}
                  >
                    {item.title}
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      <div className="field checkbox">
        <label>
          <input type="checkbox" checked={newTab} onChange={(event) => setNewTab(event.target.checked)} /> {t('newTab')}
        </label>
      </div>
    </EditorDialogForm>
  );
}
