import { renderClock } from '@/lib/time/render-clock';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cacheLife } from 'next/cache';
import Image from 'next/image';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { AdSlot } from '@/components/site/ad-slot';
import { ArticleBody } from '@/components/site/article-body';
import { ArticleCard } from '@/components/site/article-card';
import { MostRead } from '@/components/site/most-read';
import { RelativeTime } from '@/components/site/relative-time';
import { SiteHeader } from '@/components/site/site-header';
import { JsonLdScript } from '@/components/seo/json-ld';
import { ViewBeacon } from '@/components/site/view-beacon';
import { getArticle, getRelated, getStaticSlugs } from '@/lib/data/reader';
import type { ArticleDetailDto } from '@/lib/data/types';
import type { Alternates } from '@/lib/i18n/alternates';
import { getPathname, Link } from '@/lib/i18n/navigation';
import { decodeSlug, resolveLocaleParam, staticParamsLocale } from '@/lib/i18n/params';
import { otherLocale, type AppLocale } from '@/lib/i18n/routing';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { seoMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, articleOgImagePath, articlePath, authorPath, OG_IMAGE, sectionPath, siteIdentity } from '@/lib/seo/site';
import { formatDateTimeISO, formatRelative } from '@/lib/time/format';

type Props = PageProps<'/[locale]/article/[slug]'>;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = staticParamsLocale(params);
  const slugs = await getStaticSlugs('article', locale, 10);
  // Cache Components needs one sample; an unknown slug renders a 404 at request time.
  return (slugs.length ? slugs : ['exemple']).map((slug) => ({ slug }));
}

async function load(props: Props): Promise<{ locale: AppLocale; article: ArticleDetailDto }> {
  const { locale: rawLocale, slug } = await props.params;
  const locale = resolveLocaleParam(rawLocale);
  const article = await getArticle(locale, decodeSlug(slug));
  if (!article) notFound();
  return { locale, article };
}

function articleAlternates(article: ArticleDetailDto): Alternates {
  const other = otherLocale(article.locale);
  const self = getPathname({ locale: article.locale, href: { pathname: '/article/[slug]', params: { slug: article.slug } } });
  const twin = article.translation
    ? getPathname({ locale: other, href: { pathname: '/article/[slug]', params: { slug: article.translation.slug } } })
    : getPathname({ locale: other, href: '/' });
  return article.locale === 'fr' ? { fr: self, ar: twin } : { fr: twin, ar: self };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, article } = await load(props);
  const seo = await seoMetadata({
    locale,
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.summary,
    alternates: articleAlternates(article),
    translated: article.translation !== null,
    image: { url: articleOgImagePath(article), ...OG_IMAGE, alt: article.title },
    article: {
      publishedTime: formatDateTimeISO(new Date(article.publishedAt)),
      modifiedTime: formatDateTimeISO(new Date(article.updatedAt)),
      section: article.section.name,
      tags: article.tags.map((tag) => tag.name),
      authors: article.authors.map((author) => absoluteUrl(authorPath(locale, author.slug))),
    },
  });
  return {
    title: article.seoTitle ?? article.title,
    description: article.seoDescription ?? article.summary,
    authors: article.authors.map((author) => ({ name: author.name, url: authorPath(locale, author.slug) })),
    ...seo,
  };
}

async function ArticleJsonLd({ locale, article }: { locale: AppLocale; article: ArticleDetailDto }) {
  const site = await siteIdentity(locale);
  const links = {
    article: absoluteUrl(articlePath(locale, article.slug)),
    home: site.homeUrl,
    section: absoluteUrl(sectionPath(locale, article.section.slug)),
    authors: Object.fromEntries(article.authors.map((author) => [author.slug, absoluteUrl(authorPath(locale, author.slug))])),
    images: [absoluteUrl(articleOgImagePath(article)), ...(article.cover ? [absoluteUrl(article.cover.url)] : [])],
  };
  return (
    <>
      <JsonLdScript data={newsArticleJsonLd(article, links, site.publisher)} />
      <JsonLdScript
        data={breadcrumbJsonLd([
          { name: site.name, url: links.home },
          { name: article.section.name, url: links.section },
          { name: article.title, url: links.article },
        ])}
      />
    </>
  );
}

export default async function ArticlePage(props: Props) {
  const { locale, article } = await load(props);
  return (
    <>
      <SiteHeader locale={locale} alternates={articleAlternates(article)} currentSection={article.section.slug} />
      <main id="main" className="container">
        <ArticleJsonLd locale={locale} article={article} />
        <ArticleView
          locale={locale}
          article={article}
          inArticleAd={<AdSlot kind="in-article" locale={locale} />}
          sidebarAd={<AdSlot kind="rectangle" locale={locale} />}
          mostRead={<MostRead locale={locale} />}
        />
      </main>
      {/* Cached pages cannot count on the server: the browser reports the view. */}
      <ViewBeacon articleId={article.id} />
    </>
  );
}

// Ad slots are passed through: they hold dynamic holes, which cached content cannot render itself.
async function ArticleView({
  locale,
  article,
  inArticleAd,
  sidebarAd,
  mostRead,
}: {
  locale: AppLocale;
  article: ArticleDetailDto;
  inArticleAd: ReactNode;
  sidebarAd: ReactNode;
  mostRead: ReactNode;
}) {
  'use cache';
  cacheLife('news');
  const now = renderClock();
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
  const updatedLater = new Date(article.updatedAt).getTime() - new Date(article.publishedAt).getTime() > 10 * 60_000;
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
              {updatedLater ? (
                <>
                  {' · '}
                  {t('updated')}{' '}
                  <time dateTime={formatDateTimeISO(new Date(article.updatedAt))}>
                    {formatRelative(new Date(article.updatedAt), new Date(now), locale)}
                  </time>
                </>
              ) : null}
            </p>
          </div>
        </header>
        {article.cover ? (
          <figure className="article__cover">
            <Image
              src={article.cover.url}
              alt={article.cover.alt}
              width={article.cover.width}
              height={article.cover.height}
              sizes="(min-width: 1100px) 760px, 100vw"
              priority
              placeholder={article.cover.blurDataUrl ? 'blur' : 'empty'}
              blurDataURL={article.cover.blurDataUrl ?? undefined}
            />
            {article.coverCaption || article.coverCredit ? (
              <figcaption>
                {article.coverCaption}
                {article.coverCredit ? <span className="credit"> {t('coverCredit', { credit: article.coverCredit })}</span> : null}
              </figcaption>
            ) : null}
          </figure>
        ) : null}
        <ArticleBody body={article.body} embedLabels={embedLabels} insert={inArticleAd} />
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
