import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ArticleBody } from '@/components/site/article-body';
import { SiteHeader } from '@/components/site/site-header';
import { getPageLinks, getPublisherPage, type PublisherPageDto } from '@/lib/data/pages';
import type { Alternates } from '@/lib/i18n/alternates';
import { getPathname } from '@/lib/i18n/navigation';
import { decodeSlug, resolveLocaleParam } from '@/lib/i18n/params';
import { otherLocale, toLocale, type AppLocale } from '@/lib/i18n/routing';
import { seoMetadata } from '@/lib/seo/metadata';
import { formatDate, formatDateTimeISO } from '@/lib/time/format';

type Props = PageProps<'/[locale]/info/[slug]'>;

export async function generateStaticParams({ params }: { params: { locale: string } }) {
  const links = await getPageLinks(toLocale(params.locale));
  // Cache Components needs one sample; an unknown slug renders a 404 at request time.
  return (links.length ? links.map((link) => link.slug) : ['exemple']).map((slug) => ({ slug }));
}

async function load(props: Props): Promise<{ locale: AppLocale; page: PublisherPageDto }> {
  const { locale: rawLocale, slug } = await props.params;
  const locale = resolveLocaleParam(rawLocale);
  const page = await getPublisherPage(locale, decodeSlug(slug));
  if (!page) notFound();
  return { locale, page };
}

/** The page and its twin in the other language; without a twin, the switch leads to the other front page. */
function pageAlternates(page: PublisherPageDto): Alternates {
  const other = otherLocale(page.locale);
  const self = getPathname({ locale: page.locale, href: { pathname: '/info/[slug]', params: { slug: page.slug } } });
  const twin = page.twin ? getPathname({ locale: other, href: { pathname: '/info/[slug]', params: { slug: page.twin.slug } } }) : getPathname({ locale: other, href: '/' });
  return page.locale === 'fr' ? { fr: self, ar: twin } : { fr: twin, ar: self };
}

export async function generateMetadata(props: Props): Promise<Metadata> {
  const { locale, page } = await load(props);
  const description = page.description || undefined;
  return {
    title: page.title,
    description,
    ...(await seoMetadata({ locale, title: page.title, description, alternates: pageAlternates(page), translated: page.twin !== null })),
  };
}

export default async function PublisherPage(props: Props) {
  const { locale, page } = await load(props);
  const [t, tConsent] = await Promise.all([getTranslations({ locale, namespace: 'Info' }), getTranslations({ locale, namespace: 'Consent' })]);
  const embedLabels = {
    placeholder: (provider: string) => tConsent('embedPlaceholder', { provider }),
    load: tConsent('embedLoad'),
    open: (provider: string) => tConsent('embedOpen', { provider }),
  };
  const updated = new Date(page.updatedAt);
  return (
    <>
      <SiteHeader locale={locale} alternates={pageAlternates(page)} />
      <main id="main" className="container info-page">
        <article className="article">
          <header className="article__header">
            <h1 className="article__title">{page.title}</h1>
            {page.description ? <p className="article__standfirst">{page.description}</p> : null}
            <p className="article__dates">
              {t('updated')} <time dateTime={formatDateTimeISO(updated)}>{formatDate(updated, locale)}</time>
            </p>
          </header>
          <ArticleBody body={page.body} embedLabels={embedLabels} />
        </article>
      </main>
    </>
  );
}
