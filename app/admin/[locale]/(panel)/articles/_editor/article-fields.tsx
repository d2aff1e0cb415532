'use client';

import { EditorContent } from '@tiptap/react';
import { useTranslations } from 'next-intl';
import { localeDirection } from '@/lib/i18n/routing';
import { EditorToolbar } from './editor-toolbar';
import { AuthorPicker } from './author-picker';
import { BodyStats } from './body-stats';
import { SeoPreviews, type SeoPreviewSite } from './seo-previews';
import { Select, TextArea, TextInput } from './editor-fields';
import type { ArticleEditorState } from './use-article-editor';

type Props = { state: ArticleEditorState; locale: 'fr' | 'ar' };

function FieldError({ errors }: { errors?: string[] }) {
  return errors ? <span className="error">{errors.join(' ')}</span> : null;
}

/** The text itself: title, summary and body (with its toolbar; pictures come from the library). */
export function TextFields({ state, locale, onImage, onLink, onEmbed }: Props & { onImage: () => void; onLink: () => void; onEmbed: () => void }) {
  const t = useTranslations('Admin.articles.edit');
  const { text, errors, editor } = state;
  const dir = localeDirection(locale);
  return (
    <div className="editor-main">
      <TextInput id="article-title" label={t('titleField')} {...text('title')} dir={dir} lang={locale} maxLength={200} className="title-input" />
      <TextArea id="article-summary" label={t('summary')} {...text('summary')} dir={dir} lang={locale} maxLength={500} rows={3} />
      <div className="field">
        <span className="label" id="body-label">
          {t('body')}
        </span>
        {editor && <EditorToolbar editor={editor} onImage={onImage} onLink={onLink} onEmbed={onEmbed} />}
        <EditorContent editor={editor} aria-labelledby="body-label" />
        {editor && <BodyStats editor={editor} locale={locale} />}
        <FieldError errors={errors.body} />
      </div>
    </div>
  );
}

/** Where the article goes: address, section, bylines and tags. */
export function PlacementFields({ state, locale, options }: Props & { options: { sections: { id: number; name: string }[]; authors: { id: number; name: string }[] } }) {
  const t = useTranslations('Admin.articles.edit');
  const { fields, update, text, errors } = state;
  return (
    <div className="panel">
      <TextInput id="article-slug" label={t('slug')} hint={t('slugHint')} {...text('slug')} dir="ltr" maxLength={120} />
      <Select id="article-section" label={t('section')} errors={errors.sectionId} value={fields.sectionId} onChange={(value) => update('sectionId', value)} options={options.sections} />
      <AuthorPicker id="article-authors" label={t('authors')} errors={errors.authorIds} value={fields.authorIds} onChange={(value) => update('authorIds', value)} options={options.authors} />
      <TextInput id="article-tags" label={t('tags')} hint={t('tagsHint')} {...text('tags')} dir={localeDirection(locale)} />
    </div>
  );
}

/** The cover picture, chosen from the library, and the words that go with it. */
export function CoverFields({ state, locale, onChoose }: Props & { onChoose: () => void }) {
  const t = useTranslations('Admin.articles.edit');
  const { fields, update, text, errors } = state;
  const dir = localeDirection(locale);
  return (
    <div className="panel">
      <span className="label">{t('cover')}</span>
      {fields.cover && (
        // eslint-disable-next-line @next/next/no-img-element -- admin preview of the chosen cover
        <img src={fields.cover.url} alt={fields.coverAlt} width={280} height={Math.round((280 * fields.cover.height) / fields.cover.width)} className="cover-preview" />
      )}
      <p className="toolbar">
        <button type="button" className="secondary" onClick={onChoose}>
          {t('coverChoose')}
        </button>
        {fields.cover && (
          <button type="button" className="secondary" onClick={() => update('cover', null)}>
            {t('coverRemove')}
          </button>
        )}
      </p>
      <FieldError errors={errors.coverId} />
      <TextInput id="cover-alt" label={t('coverAlt')} {...text('coverAlt')} dir={dir} maxLength={300} />
      <TextInput id="cover-caption" label={t('coverCaption')} {...text('coverCaption')} dir={dir} maxLength={500} />
      <TextInput id="cover-credit" label={t('coverCredit')} {...text('coverCredit')} maxLength={200} />
    </div>
  );
}

/** What search engines and shares show, when it should differ from the title and summary. */
export function SeoFields({ state, locale, site }: Props & { site: SeoPreviewSite }) {
  const t = useTranslations('Admin.articles.edit');
  const { text, fields } = state;
  const dir = localeDirection(locale);
  return (
    <details className="panel">
      <summary>{t('seo')}</summary>
      <TextInput id="seo-title" label={t('seoTitle')} {...text('seoTitle')} dir={dir} maxLength={120} />
      <TextArea id="seo-description" label={t('seoDescription')} {...text('seoDescription')} dir={dir} maxLength={300} />
      <SeoPreviews fields={fields} locale={locale} site={site} />
    </details>
  );
}
