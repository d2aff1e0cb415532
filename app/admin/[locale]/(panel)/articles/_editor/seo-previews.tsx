'use client';

import { useTranslations } from 'next-intl';
import { SNIPPET_LIMITS, truncateForSnippet } from '@/lib/editor/text-stats';
import { localeDirection } from '@/lib/i18n/routing';
import type { ArticleFields } from './use-article-editor';

/** Where the article is read, for the previews: the site's host and its article address without the slug. */
export interface SeoPreviewSite {
  host: string;
  articlePathPrefix: string;
  /** The generated share card of the published article (it shows the saved title); null before publication. */
  ogImage: string | null;
}

/**
 * What a search engine and a social network would show, from the fields as typed: the SEO title
 * and description when set, else the title and summary, cut about where Google cuts them.
 */
export function SeoPreviews({ fields, locale, site }: { fields: ArticleFields; locale: 'fr' | 'ar'; site: SeoPreviewSite }) {
  const t = useTranslations('Admin.editor.preview');
  const title = fields.seoTitle.trim() || fields.title;
  const description = fields.seoDescription.trim() || fields.summary;
  const address = `${site.host}${site.articlePathPrefix}${fields.slug}`;
  const dir = localeDirection(locale);
  return (
    <div className="seo-previews">
      <figure className="search-preview" aria-label={t('search')}>
        <figcaption>{t('search')}</figcaption>
        <div dir={dir} lang={locale}>
          <cite dir="ltr">{address}</cite>
          <p className="search-preview-title">{truncateForSnippet(title, SNIPPET_LIMITS.title)}</p>
          <p className="search-preview-description">{truncateForSnippet(description, SNIPPET_LIMITS.description)}</p>
        </div>
      </figure>
      <figure className="social-preview" aria-label={t('social')}>
        <figcaption>{t('social')}</figcaption>
        <div className="social-card" dir={dir} lang={locale}>
          {site.ogImage ? (
            // eslint-disable-next-line @next/next/no-img-element -- the site's own generated card, as networks fetch it
            <img src={site.ogImage} alt="" width={1200} height={630} />
          ) : fields.cover ? (
            // eslint-disable-next-line @next/next/no-img-element -- admin preview of the chosen cover
            <img src={fields.cover.url} alt="" width={fields.cover.width} height={fields.cover.height} />
          ) : (
            <p className="social-card-empty">{t('noImage')}</p>
          )}
          <p className="social-card-host" dir="ltr">{site.host}</p>
          <p className="social-card-title">{truncateForSnippet(title, 90)}</p>
        </div>
      </figure>
    </div>
  );
}
