import type { Metadata } from 'next';
import { notFound, permanentRedirect } from 'next/navigation';
import { AdSlot } from '@/components/site/ad-slot';
import { MostRead } from '@/components/site/most-read';
import { SiteHeader } from '@/components/site/site-header';
import { JsonLdScript } from '@/components/seo/json-ld';
import { ViewBeacon } from '@/components/site/view-beacon';
import { ArticleView } from '@/components/site/article-view';
import { getArticle, getRedirectedSlug, getStaticSlugs, type ArticleRead } from '@/lib/data/reader';
import type { ArticleDetailDto } from '@/lib/data/types';
import type { Alternates } from '@/lib/i18n/alternates';
import { getPathname } from '@/lib/i18n/navigation';
import { decodeSlug, resolveLocaleParam } from '@/lib/i18n/params';
import { otherLocale, toLocale, type AppLocale } from '@/lib/i18n/routing';
import { breadcrumbJsonLd, newsArticleJsonLd } from '@/lib/seo/json-ld';
import { seoMetadata } from '@/lib/seo/metadata';
import { absoluteUrl, articleOgImagePath, articleOgImageType, articlePath, authorPath, OG_IMAGE, sectionPath, siteIdentity } from '@/lib/seo/site';
import { formatDateTimeISO } from '@/lib/time/format';

type Props = PageProps<'/[locale]/article/[slug]'>;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const locale = toLocale(params.locale);
  // The stories readers are most likely to open right after a deploy (a new build starts with an
  // empty page cache): each render costs ~40 ms of one core, so 100 per language add ~8 s to the
  // build and spare the first readers of each a cold render, which queues under load (bench).
  const slugs = await getStaticSlugs('article', locale, 100);
  // Cache Components needs one sample; an unknown slug renders a 404 at request time.
  return (slugs.length ? slugs : ['exemple']).map((slug) => ({ slug }));
}

async function load(props: Props): Promise<{ locale: AppLocale; article: ArticleRead }> {
  const { locale: rawLocale, slug } = await props.params;
  const locale = resolveLocaleParam(rawLocale);
  const article = await getArticle(locale, decodeSlug(slug));
  if (!article) {
    // An old address of a story whose slug changed after publication.
    const current = await getRedirectedSlug(locale, decodeSlug(slug));
    if (current) permanentRedirect(getPathname({ locale, href: { pathname: '/article/[slug]', params: { slug: current } } }));
    notFound();
  }
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
    image: { url: articleOgImagePath(article), ...OG_IMAGE, type: articleOgImageType(article), alt: article.title },
    article: {
      publishedTime: formatDateTimeISO(new Date(article.publishedAt)),
      modifiedTime: formatDateTimeISO(new Date(article.modifiedAt ?? article.publishedAt)),
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
          now={article.readAt}
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
