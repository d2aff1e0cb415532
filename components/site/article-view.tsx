import { ResponsiveImage } from '@/components/site/responsive-image';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { ArticleBody } from '@/components/site/article-body';
import { ArticleCard } from '@/components/site/article-card';
import { RelativeTime } from '@/components/site/relative-time';
import { ShareLinks } from '@/components/site/share-links';
import { getRelated } from '@/lib/data/reader';
import type { ArticleDetailDto } from '@/lib/data/types';
import { Link } from '@/lib/i18n/link';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatDateShort, formatDateTimeISO, formatTime } from '@/lib/time/format';

/**
 * The article as readers see it. Shared by the article page and the editors' preview, so a
 * preview is the real thing. `now` is the instant relative times are computed from: the article
 * page passes the time of its cached read (lib/data/reader.ts), the preview the time of the
 * request.
 */
// Not a 'use cache' component: the article page is itself cached whole, and caching this part
// of it again cost a cold render about an eighth of its CPU (keying, storing and decoding the
// whole article on both render passes) for a hit only when the page is rendered again.
export async function ArticleView({
  locale,
  article,
  now,
  inArticleAd,
  sidebarAd,
  mostRead,
  shareable = true,
}: {
  locale: AppLocale;
  article: ArticleDetailDto;
  now: number;
  inArticleAd: ReactNode;
  sidebarAd: ReactNode;
  mostRead: ReactNode;
  /** False for the editors' preview of a draft: its address is not public yet. */
  shareable?: boolean;
}) {
  const [t, tConsent, related] = await Promise.all([
    getTranslations({ locale, namespace: 'Article' }),
    getTranslations({ locale, namespace: 'Consent' }),
    getRelated(locale, article.id),
  ]);
  const embedLabels = {
    placeholder: (provider: string) => tConsent('embedPlaceholder', { provider }),
    load: tConsent('embedLoad'),
    open: (provider: string) => tConsent('embedOpen', { provider }),
  };
  // Only an update the newsroom flagged (modifiedAt), not every save: a typo fix is not news.
  const modified = article.modifiedAt ? new Date(article.modifiedAt) : null;
  return (
    <div className="article-layout">
      <article className="article">
        <header className="article__header">
          <Link href={{ pathname: '/section/[section]', params: { section: article.section.slug } }} className="kicker">
            {article.section.name}
          </Link>
          <h1 className="article__title">{article.title}</h1>
          {article.summary ? <p className="article__standfirst">{article.summary}</p> : null}
          <div className="article__byline">
            {article.authors.length ? (
              <p className="article__authors">
                {t('by')}{' '}
                {article.authors.map((author, index) => (
                  <span key={author.slug}>
                    {index > 0 ? (locale === 'fr' ? ' et ' : ' و') : null}
                    <Link href={{ pathname: '/author/[slug]', params: { slug: author.slug } }} rel="author">
                      {author.name}
                    </Link>
                  </span>
                ))}
              </p>
            ) : null}
            <p className="article__dates">
              <RelativeTime iso={article.publishedAt} locale={locale} now={now} />
              {modified ? (
                <>
                  {' · '}
                  <time dateTime={formatDateTimeISO(modified)} className="article__updated">
                    {t('updatedOn', { date: formatDateShort(modified, locale), time: formatTime(modified) })}
                  </time>
                </>
              ) : null}
            </p>
          </div>
          {shareable ? <ShareLinks locale={locale} slug={article.slug} title={article.title} /> : null}
        </header>
        {article.cover ? (
          <figure className="article__cover">
            <ResponsiveImage image={article.cover} alt={article.cover.alt} sizes="(min-width: 1100px) 760px, 100vw" priority blur />
            {article.coverCaption || article.coverCredit ? (
              <figcaption>
                {article.coverCaption}
                {article.coverCredit ? <span className="credit"> {t('coverCredit', { credit: article.coverCredit })}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <ArticleBody body={article.body} embedLabels={embedLabels} insert={inArticleAd} images={article.bodyImages} />
        {article.tags.length ? (
          <footer className="article__tags">
            <h2 className="visually-hidden">{t('tags')}</h2>
            <ul className="tag-list">
              {article.tags.map((tag) => (
                <li key={tag.slug}>
                  <Link href={{ pathname: '/tag/[tag]', params: { tag: tag.slug } }} className="tag">
                    {tag.name}
                  </Link>
                </li>
              ))}
            </ul>
          </footer>
        ) : null}
      </article>
      <aside className="sidebar">
        {mostRead}
        {sidebarAd}
      </aside>
      {related.length ? (
        <section className="read-more" aria-labelledby="read-more-heading">
          <h2 id="read-more-heading" className="rail-heading">
            {t('readMore')}
          </h2>
          <div className="card-grid card-grid--4">
            {related.map((item) => (
              <ArticleCard key={item.id} article={item} locale={locale} now={now} />
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}
