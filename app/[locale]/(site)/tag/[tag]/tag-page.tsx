import { renderClock } from '@/lib/time/render-clock';
import type { ReactNode } from 'react';
import { cacheLife } from 'next/cache';
import { getTranslations } from 'next-intl/server';
import { Listing, ListingPage } from '@/components/site/listing';
import { listingRoutes } from '@/components/site/listing-route';
import { getTag, getTagArticles } from '@/lib/data/reader';
import type { ArticleCardDto, Page, TagRef } from '@/lib/data/types';
import type { Alternates } from '@/lib/i18n/alternates';
import { getPathname } from '@/lib/i18n/navigation';
import { otherLocale, type AppLocale } from '@/lib/i18n/routing';

type TagWithId = TagRef & { id: number };

function tagHref(slug: string, page: number) {
  return page === 1
    ? { pathname: '/tag/[tag]' as const, params: { tag: slug } }
    : { pathname: '/tag/[tag]/page/[page]' as const, params: { tag: slug, page: String(page) } };
}

// Tags are per language, so the other locale's version of a tag page is its front page.
function tagAlternates(locale: AppLocale, tag: TagWithId, page: number): Alternates {
  const self = getPathname({ locale, href: tagHref(tag.slug, page) });
  const other = getPathname({ locale: otherLocale(locale), href: '/' });
  return locale === 'fr' ? { fr: self, ar: other } : { fr: other, ar: self };
}

export const tagRoutes = listingRoutes({
  slugs: { param: 'tag', kind: 'tag', limit: 10, sample: 'actualite' },
  load: getTag,
  articles: getTagArticles,
  metadata: async (tag, { locale, page }) => {
    const t = await getTranslations({ locale, namespace: 'Tag' });
    return { name: t('title', { name: tag.name }), alternates: tagAlternates(locale, tag, page), translated: false };
  },
  render: (tag, result, { locale, page }) => (
    <ListingPage locale={locale} alternates={tagAlternates(locale, tag, page)}>
      {(sidebar) => <TagContent locale={locale} tag={tag} result={result} sidebar={sidebar} />}
    </ListingPage>
  ),
});

async function TagContent({ locale, tag, result, sidebar }: { locale: AppLocale; tag: TagWithId; result: Page<ArticleCardDto>; sidebar: ReactNode }) {
  'use cache';
  cacheLife('news');
  const now = renderClock();
  const [t, tSection] = await Promise.all([
    getTranslations({ locale, namespace: 'Tag' }),
    getTranslations({ locale, namespace: 'Section' }),
  ]);
  return (
    <Listing
      locale={locale}
      now={now}
      heading={<h1 className="page-title">{t('title', { name: tag.name })}</h1>}
      result={result}
      empty={tSection('empty')}
      sidebar={sidebar}
      hrefFor={(p) => getPathname({ locale, href: tagHref(tag.slug, p) })}
    />
  );
}
