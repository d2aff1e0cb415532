import { renderClock } from '@/lib/time/render-clock';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cacheLife } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { AdSlot } from '@/components/site/ad-slot';
import { ArticleCard } from '@/components/site/article-card';
import { MostRead } from '@/components/site/most-read';
import { SiteHeader } from '@/components/site/site-header';
import { JsonLdScript } from '@/components/seo/json-ld';
import { getFrontPage } from '@/lib/data/reader';
import { sameHrefAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/link';
import { resolveLocaleParam } from '@/lib/i18n/params';
import type { AppLocale } from '@/lib/i18n/routing';
import { organizationJsonLd, webSiteJsonLd } from '@/lib/seo/json-ld';
import { seoMetadata } from '@/lib/seo/metadata';
import { searchUrlTemplate, siteIdentity } from '@/lib/seo/site';

export async function generateMetadata({ params }: PageProps<'/[locale]'>): Promise<Metadata> {
  const locale = resolveLocaleParam((await params).locale);
  const site = await siteIdentity(locale);
  return seoMetadata({
    locale,
    title: `${site.name} · ${site.tagline}`,
    description: site.description,
    alternates: sameHrefAlternates('/'),
    feeds: { kind: 'site' },
  });
}

async function SiteJsonLd({ locale }: { locale: AppLocale }) {
  const site = await siteIdentity(locale);
  return (
    <>
      <JsonLdScript data={organizationJsonLd(site.publisher)} />
      <JsonLdScript data={webSiteJsonLd({ name: site.name, url: site.homeUrl, locale, searchUrlTemplate: searchUrlTemplate(locale) })} />
    </>
  );
}

export default async function FrontPage({ params }: PageProps<'/[locale]'>) {
  const locale = resolveLocaleParam((await params).locale);
  return (
    <>
      <SiteHeader locale={locale} alternates={sameHrefAlternates('/')} />
      <main id="main" className="container">
        <SiteJsonLd locale={locale} />
        <FrontPageContent
          locale={locale}
          rectangle={<AdSlot kind="rectangle" locale={locale} />}
          mostRead={<MostRead locale={locale} variant="band" />}
        />
      </main>
    </>
  );
}

// The ad slot is passed through: it holds a dynamic hole, which cached content cannot render itself.
// So is "most read", which keeps its own, shorter cache life.
async function FrontPageContent({ locale, rectangle, mostRead }: { locale: AppLocale; rectangle: ReactNode; mostRead: ReactNode }) {
  'use cache';
  cacheLife('news');
  const now = renderClock();
  const [t, front] = await Promise.all([getTranslations({ locale, namespace: 'Home' }), getFrontPage(locale)]);
  const [headlines, more] = [front.latest.slice(0, 5), front.latest.slice(5)];
  return (
    <>
      <h1 className="visually-hidden">{t('lead')}</h1>
      <section className="front-top" aria-label={t('lead')}>
        {front.lead ? (
          <div className="front-top__lead">
            <ArticleCard article={front.lead} locale={locale} now={now} variant="lead" priority headingLevel={2} />
          </div>
        ) : null}
        <section className="front-top__latest latest-rail" aria-labelledby="latest-heading">
          <h2 id="latest-heading" className="rail-heading">
            {t('latest')}
          </h2>
          <ol className="latest-rail__list">
            {headlines.map((article) => (
              <li key={article.id}>
                <ArticleCard article={article} locale={locale} now={now} variant="text" />
              </li>
            ))}
          </ol>
          <Link href="/latest" className="more-link">
            {t('seeAll')}
          </Link>
        </section>
      </section>
      {more.length > 0 ? (
        <section className="card-grid card-grid--4" aria-label={t('latest')}>
          {more.map((article) => (
            <ArticleCard key={article.id} article={article} locale={locale} now={now} />
          ))}
        </section>
      ) : null}
      {mostRead}
      {rectangle}
      {front.sections.map(({ section, articles }) => {
        const [first, ...rest] = articles;
        return (
          <section key={section.id} className="section-block" aria-labelledby={`section-${section.id}`}>
            <header className="section-block__header">
              <h2 id={`section-${section.id}`} className="section-block__title">
                <Link href={{ pathname: '/section/[section]', params: { section: section.slug } }}>{section.name}</Link>
              </h2>
              <Link href={{ pathname: '/section/[section]', params: { section: section.slug } }} className="more-link">
                {t('seeSection', { section: section.name })}
              </Link>
            </header>
            <div className="section-block__grid">
              {first ? <ArticleCard article={first} locale={locale} now={now} showSection={false} /> : null}
              <div className="section-block__rest">
                {rest.map((article) => (
                  <ArticleCard key={article.id} article={article} locale={locale} now={now} variant="compact" showSection={false} />
                ))}
              </div>
            </div>
          </section>
        );
      })}
    </>
  );
}
