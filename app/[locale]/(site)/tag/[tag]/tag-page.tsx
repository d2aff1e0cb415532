import { renderClock } from '@/lib/time/render-clock';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cacheLife } from 'next/cache';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Listing, ListingPage } from '@/components/site/listing';
import { listingMetadata, listingRoutes, type ListingAt } from '@/components/site/listing-route';
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

async function loadTag(locale: AppLocale, slug: string): Promise<TagWithId> {
  const tag = await getTag(locale, slug);
  if (!tag) notFound();
  return tag;
}

async function tagMetadata({ locale, slug, page }: ListingAt): Promise<Metadata> {
  const tag = await loadTag(locale, slug);
  const t = await getTranslations({ locale, namespace: 'Tag' });
  return listingMetadata({ locale, page, name: t('title', { name: tag.name }), alternates: tagAlternates(locale, tag, page), translated: false });
}

async function renderTagPage({ locale, slug, page }: ListingAt) {
  // Awaited before rendering so unknown tags and out-of-range pages get a real 404 status.
  const tag = await loadTag(locale, slug);
  const result = await getTagArticles(locale, tag.id, page);
  if (result.items.length === 0 && page > 1) notFound();
  return (
    <ListingPage locale={locale} alternates={tagAlternates(locale, tag, page)}>
      {(sidebar) => <TagContent locale={locale} tag={tag} result={result} sidebar={sidebar} />}
    </ListingPage>
  );
}

export const tagRoutes = listingRoutes({ slugs: { param: 'tag', kind: 'tag', limit: 10, sample: 'actualite' }, metadata: tagMetadata, render: renderTagPage });

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
