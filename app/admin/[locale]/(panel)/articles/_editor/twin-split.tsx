'use client';

import type { Editor } from '@tiptap/react';
import { useLocale, useTranslations } from 'next-intl';
import { useEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { TwinTextDto } from '@/lib/admin/articles';
import { localeDirection } from '@/lib/i18n/routing';

/** Which of the twin's texts faces the one being written. */
type Facing = { field: 'title' } | { field: 'summary' } | { field: 'body'; block: number } | null;

// The translator's choice stays while they move between the two versions and reload (and in
// other tabs): kept in localStorage, read as an external store so the server render stays closed.
const STORAGE_KEY = 'jarida.twinSplit';
const listeners = new Set<() => void>();
function subscribe(listener: () => void) {
  listeners.add(listener);
  window.addEventListener('storage', listener);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', listener);
  };
}
const isOpenStored = () => window.localStorage.getItem(STORAGE_KEY) === 'open';
function storeOpen(open: boolean) {
  window.localStorage.setItem(STORAGE_KEY, open ? 'open' : 'closed');
  for (const listener of listeners) listener();
}

function facingOf(target: EventTarget | null, editor: Editor | null): Facing {
  if (!(target instanceof HTMLElement)) return null;
  if (target.id === 'article-title') return { field: 'title' };
  if (target.id === 'article-summary') return { field: 'summary' };
  if (editor && target.closest('.ProseMirror')) return { field: 'body', block: editor.state.selection.$from.index(0) };
  return null;
}

/**
 * The side-by-side view of a translation: the other language's title, summary and body blocks,
 * read-only and in their own direction, beside the fields being written (stacked above them on
 * narrow screens). Body blocks line up by index; the one facing the block where the cursor is
 * is highlighted and scrolled into view inside the pane, so long texts stay aligned.
 */
export function TwinSplit({ twin, twinHref, editor, children }: { twin: TwinTextDto; twinHref: string; editor: Editor | null; children: ReactNode }) {
  const t = useTranslations('Admin.articles');
  // The pane's labels are in the interface's language, not the twin's (its lang and type).
  const adminLocale = useLocale();
  const labelLang = adminLocale === twin.locale ? undefined : adminLocale;
  const open = useSyncExternalStore(subscribe, isOpenStored, () => false);
  const [facing, setFacing] = useState<Facing>(null);
  const pane = useRef<HTMLElement>(null);

  const toggle = () => storeOpen(!open);

  // Moving the cursor between paragraphs of the body changes the facing block without a focus event.
  useEffect(() => {
    if (!editor || !open) return;
    const follow = () => {
      if (!editor.isFocused) return;
      const block = editor.state.selection.$from.index(0);
      // Every keystroke lands here: keep the same state while the cursor stays in its block.
      setFacing((was) => (was?.field === 'body' && was.block === block ? was : { field: 'body', block }));
    };
    editor.on('selectionUpdate', follow);
    editor.on('update', follow);
    return () => {
      editor.off('selectionUpdate', follow);
      editor.off('update', follow);
    };
  }, [editor, open]);

  // Scroll the pane itself, not the page: the editor's own position must not move while typing.
  useEffect(() => {
    const box = pane.current;
    const current = box?.querySelector<HTMLElement>('[aria-current="true"]');
    if (!box || !current) return;
    const top = current.offsetTop - box.offsetTop;
    if (top < box.scrollTop || top + current.offsetHeight > box.scrollTop + box.clientHeight) box.scrollTop = Math.max(0, top - 24);
  }, [facing, open]);

  const dir = localeDirection(twin.locale);
  const isFacing = (key: 'title' | 'summary' | number) =>
    facing !== null && (typeof key === 'number' ? facing.field === 'body' && facing.block === key : facing.field === key);
  const text = (value: string) => (value.trim() ? value : <span className="twin-empty">{t('bilingual.empty')}</span>);

  return (
    <div className={open ? 'twin-split open' : 'twin-split'}>
      <p className="twin-toggle">
        <button type="button" className="secondary" aria-pressed={open} aria-controls="twin-pane" onClick={toggle}>
          {t(`bilingual.show.${twin.locale}`)}
        </button>
      </p>
      <div className="twin-columns" onFocus={(event) => setFacing(facingOf(event.target, editor))}>
        {children}
        {open && (
          <aside id="twin-pane" ref={pane} className="twin-pane panel" aria-labelledby="twin-pane-heading">
            <h2 id="twin-pane-heading" className="twin-heading">
              {t(`bilingual.heading.${twin.locale}`)} <span className={`badge ${twin.status}`}>{t(`statuses.${twin.status}`)}</span>
            </h2>
            <p className="twin-help">
              {t('bilingual.help')} <a href={twinHref}>{t(`edit.openTwinIn.${twin.locale}`)}</a>
            </p>
            <div lang={twin.locale} dir={dir}>
              {/* Visible labels only: an accessible name would give the page a second "Titre" beside the field's own. */}
              <div className="twin-block twin-title" aria-current={isFacing('title')}>
                <span className="twin-label" lang={labelLang}>{t('edit.titleField')}</span>
                <p>{text(twin.title)}</p>
              </div>
              <div className="twin-block" aria-current={isFacing('summary')}>
                <span className="twin-label" lang={labelLang}>{t('edit.summary')}</span>
                <p>{text(twin.summary)}</p>
              </div>
              <ol className="twin-body">
                {twin.blocks.map((block, index) => (
                  <li key={index} className={`twin-block twin-kind-${block.kind}`} aria-current={isFacing(index)}>
                    <span className="twin-label" lang={labelLang}>{t('bilingual.block', { n: index + 1 })}</span>
                    <p>{text(block.text)}</p>
                  </li>
                ))}
              </ol>
              {facing?.field === 'body' && facing.block >= twin.blocks.length && <p className="twin-empty">{t('bilingual.beyond')}</p>}
            </div>
          </aside>
        )}
      </div>
    </div>
  );
}
