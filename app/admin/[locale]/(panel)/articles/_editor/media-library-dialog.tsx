'use client';

import { useLocale, useTranslations } from 'next-intl';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { EditorDialog } from '@/components/admin/editor-dialog';
import { useFileDrop } from '@/components/admin/use-file-drop';
import type { MediaItemDto } from '@/lib/admin/media';
import { toLocale } from '@/lib/i18n/routing';
import { formatFileSize } from '@/lib/media/format-size';
import { formatDate } from '@/lib/time/format';

/** What the media API gives for one picture, less its variants. */
export type PickedMedia = Omit<MediaItemDto, 'variants'>;
/** A library row as the API lists it: the picture and what tells it apart in a grid. */
type ListedMedia = PickedMedia & { originalName: string; bytes: number; createdAt: string };

/** The editor's dialog over the media library: search and pick, or upload (alt text and credit required). */
export function MediaLibraryDialog({ open, onClose, onPick }: { open: boolean; onClose: () => void; onPick: (media: PickedMedia) => void }) {
  const t = useTranslations('Admin.articles.media');
  const adminLocale = toLocale(useLocale());
  const uploadForm = useRef<HTMLFormElement>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const dragging = useFileDrop(uploadForm, fileInput, open);
  const [query, setQuery] = useState('');
  const [items, setItems] = useState<ListedMedia[] | null>(null);
  const [error, setError] = useState('');
  const [uploading, setUploading] = useState(false);

  const load = useCallback(async (q: string) => {
    setItems(null);
    const response = await fetch(`/api/admin/media?q=${encodeURIComponent(q)}&page=1`, { headers: { accept: 'application/json' } });
    const body = (await response.json().catch(() => ({ items: [] }))) as { items?: ListedMedia[] };
    setItems(body.items ?? []);
  }, []);

  async function upload(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUploading(true);
    setError('');
    const response = await fetch('/api/admin/media', { method: 'POST', body: new FormData(event.currentTarget), headers: { accept: 'application/json' } });
    const body = (await response.json().catch(() => ({}))) as PickedMedia & { reason?: string; error?: string };
    setUploading(false);
    if (!response.ok) {
      setError(t('uploadFailed', { reason: body.reason ?? body.error ?? String(response.status) }));
      return;
    }
    onPick(body);
  }

  return (
    <EditorDialog open={open} onClose={onClose} onOpen={() => void load('')} heading={t('title')}>
      <form
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          void load(query);
        }}
        className="toolbar"
      >
        <label className="sr-only" htmlFor="media-q">
          {t('search')}
        </label>
        <input id="media-q" type="search" value={query} onChange={(event) => setQuery(event.target.value)} placeholder={t('search')} />
        <button type="submit">{t('search')}</button>
      </form>
      {items === null ? (
        <p>{t('loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ul className="media-grid">
          {items.map((item) => (
            <li key={item.id}>
              {/* eslint-disable-next-line @next/next/no-img-element -- the smallest whole-picture rendition, made at upload */}
              <img src={item.thumbUrl} alt={item.altFr || item.altAr} width={160} height={160} loading="lazy" decoding="async" />
              <span className="media-name" dir="auto" title={item.originalName}>
                {item.originalName || `#${item.id}`}
              </span>
              <span className="media-meta">
                {formatFileSize(item.bytes, adminLocale)} · {item.width}×{item.height} · {formatDate(new Date(item.createdAt), adminLocale)}
              </span>
              <button type="button" onClick={() => onPick(item)}>
                {t('use')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form ref={uploadForm} onSubmit={upload} className={dragging ? 'panel drop-target dragging' : 'panel drop-target'} encType="multipart/form-data">
        <h3>{t('upload')}</h3>
        <div className="field">
          <label htmlFor="media-file">{t('file')}</label>
          <input ref={fileInput} id="media-file" name="file" type="file" accept="image/jpeg,image/png,image/webp,image/avif,image/gif" required aria-describedby="media-file-hint" />
          <span className="hint" id="media-file-hint">
            {t('dropHint')}
          </span>
        </div>
        <div className="field">
          <label htmlFor="media-alt-fr">{t('altFr')}</label>
          <input id="media-alt-fr" name="altFr" type="text" required dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="media-alt-ar">{t('altAr')}</label>
          <input id="media-alt-ar" name="altAr" type="text" required dir="rtl" />
        </div>
        <div className="field">
          <label htmlFor="media-credit">{t('credit')}</label>
          <input id="media-credit" name="credit" type="text" required />
        </div>
        {error && (
          <p role="alert" className="form-error">
            {error}
          </p>
        )}
        <button type="submit" disabled={uploading}>
          {t('upload')}
        </button>
      </form>
      <button type="button" className="secondary" onClick={onClose}>
        {t('close')}
      </button>
    </EditorDialog>
  );
}
