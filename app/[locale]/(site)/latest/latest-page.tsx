import { renderClock } from '@/lib/time/render-clock';
import type { ReactNode } from 'react';
import { cacheLife } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { Listing, ListingPage } from '@/components/site/listing';
import { listingRoutes } from '@/components/site/listing-route';
import { getLatest } from '@/lib/data/reader';
import type { ArticleCardDto, Page } from '@/lib/data/types';
import { sameHrefAlternates } from '@/lib/i18n/alternates';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';

function latestHref(page: number) {
  return page === 1 ? ('/latest' as const) : { pathname: '/latest/page/[page]' as const, params: { page: String(page) } };
}

export const latestRoutes = listingRoutes({
  articles: (locale, _all, page) => getLatest(locale, page),
  metadata: async (_all, { locale, page }) => {
    const t = await getTranslations({ locale, namespace: 'Latest' });
    return { name: t('title'), description: t('description'), alternates: sameHrefAlternates(latestHref(page)), feeds: { kind: 'site' } };
  },
  render: (_all, result, { locale, page }) => (
    <ListingPage locale={locale} alternates={sameHrefAlternates(latestHref(page))}>
      {(sidebar) => <LatestContent locale={locale} result={result} sidebar={sidebar} />}
    </ListingPage>
  ),
});

async function LatestContent({ locale, result, sidebar }: { locale: AppLocale; result: Page<ArticleCardDto>; sidebar: ReactNode }) {
  'use cache';
  cacheLife('news');
  const now = renderClock();
  const t = await getTranslations({ locale, namespace: 'Latest' });
  return (
    <Listing
      locale={locale}
      now={now}
      heading={<h1 className="page-title">{t('title')}</h1>}
      intro={<p className="page-intro">{t('description')}</p>}
      result={result}
      empty={t('description')}
      sidebar={sidebar}
      hrefFor={(p) => getPathname({ locale, href: latestHref(p) })}
    />
  );
}
