import { renderClock } from '@/lib/time/render-clock';
import type { ReactNode } from 'react';
import { cacheLife } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { Listing, ListingPage } from '@/components/site/listing';
import { listingRoutes } from '@/components/site/listing-route';
import { getSection, getSectionArticles } from '@/lib/data/reader';
import type { ArticleCardDto, Page, SectionDto } from '@/lib/data/types';
import { alternatesFor } from '@/lib/i18n/alternates';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { FeedLink } from '@/components/site/feed-link';

function sectionHref(slug: string, page: number) {
  return page === 1
    ? { pathname: '/section/[section]' as const, params: { section: slug } }
    : { pathname: '/section/[section]/page/[page]' as const, params: { section: slug, page: String(page) } };
}

function sectionAlternates(section: SectionDto, page: number) {
  return alternatesFor({ fr: sectionHref(section.slugs.fr, page), ar: sectionHref(section.slugs.ar, page) });
}

// Built at build time: the sections with a published article in this language; the others are 404s.
export const sectionRoutes = listingRoutes({
  slugs: { param: 'section', kind: 'section', sample: 'maroc' },
  load: getSection,
  articles: getSectionArticles,
  metadata: async (section, { page }) => ({
    name: section.name,
    description: section.description,
    alternates: sectionAlternates(section, page),
    feeds: { kind: 'section', slug: section.slug },
  }),
  render: (section, result, { locale, page }) => (
    <ListingPage locale={locale} alternates={sectionAlternates(section, page)} currentSection={section.slug}>
      {(sidebar) => <SectionContent locale={locale} section={section} result={result} sidebar={sidebar} />}
    </ListingPage>
  ),
});

async function SectionContent({ locale, section, result, sidebar }: { locale: AppLocale; section: SectionDto; result: Page<ArticleCardDto>; sidebar: ReactNode }) {
  'use cache';
  cacheLife('news');
  const now = renderClock();
  const t = await getTranslations({ locale, namespace: 'Section' });
  return (
    <Listing
      locale={locale}
      now={now}
      heading={<h1 className="page-title">{section.name}</h1>}
      intro={section.description ? <p className="page-intro">{section.description}</p> : null}
      result={result}
      empty={t('empty')}
      showSection={false}
      feed={<FeedLink locale={locale} scope={{ kind: 'section', slug: section.slug }} name={section.name} />}
      sidebar={sidebar}
      hrefFor={(p) => getPathname({ locale, href: sectionHref(section.slug, p) })}
    />
  );
}
