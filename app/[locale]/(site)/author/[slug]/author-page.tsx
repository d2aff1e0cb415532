import { renderClock } from '@/lib/time/render-clock';
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { cacheLife } from 'next/cache';
import { StaticImage } from '@/components/site/static-image';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Listing, ListingPage } from '@/components/site/listing';
import { listingMetadata, listingRoutes, type ListingAt } from '@/components/site/listing-route';
import { getAuthor, getAuthorArticles } from '@/lib/data/reader';
import type { ArticleCardDto, AuthorDto, Page } from '@/lib/data/types';
import { sameHrefAlternates } from '@/lib/i18n/alternates';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { FeedLink } from '@/components/site/feed-link';

function authorHref(slug: string, page: number) {
  return page === 1
    ? { pathname: '/author/[slug]' as const, params: { slug } }
    : { pathname: '/author/[slug]/page/[page]' as const, params: { slug, page: String(page) } };
}

async function loadAuthor(locale: AppLocale, slug: string): Promise<AuthorDto> {
  const author = await getAuthor(locale, slug);
  if (!author) notFound();
  return author;
}

async function authorMetadata({ locale, slug, page }: ListingAt): Promise<Metadata> {
  const author = await loadAuthor(locale, slug);
  return listingMetadata({
    locale,
    page,
    name: author.name,
    description: author.bio || author.role,
    alternates: sameHrefAlternates(authorHref(author.slug, page)),
    feeds: { kind: 'author', slug: author.slug },
  });
}

async function renderAuthorPage({ locale, slug, page }: ListingAt) {
  // Awaited before rendering so unknown authors and out-of-range pages get a real 404 status.
  const author = await loadAuthor(locale, slug);
  const result = await getAuthorArticles(locale, author.id, page);
  if (result.items.length === 0 && page > 1) notFound();
  return (
    <ListingPage locale={locale} alternates={sameHrefAlternates(authorHref(author.slug, page))}>
      {(sidebar) => <AuthorContent locale={locale} author={author} result={result} sidebar={sidebar} />}
    </ListingPage>
  );
}

export const authorRoutes = listingRoutes({ slugs: { param: 'slug', kind: 'author', limit: 20, sample: 'redaction' }, metadata: authorMetadata, render: renderAuthorPage });

async function AuthorContent({ locale, author, result, sidebar }: { locale: AppLocale; author: AuthorDto; result: Page<ArticleCardDto>; sidebar: ReactNode }) {
  'use cache';
  cacheLife('news');
  const now = renderClock();
  const t = await getTranslations({ locale, namespace: 'Author' });
  return (
    <Listing
      locale={locale}
      now={now}
      heading={
        <div className="author-card">
          {author.avatar ? (
            <StaticImage src={author.avatar.url} alt="" width={96} height={96} className="author-card__avatar" />
          ) : null}
          <div>
            <h1 className="page-title">{author.name}</h1>
            {author.role ? <p className="author-card__role">{author.role}</p> : null}
          </div>
        </div>
      }
      intro={
        <>
          {author.bio ? <p className="page-intro">{author.bio}</p> : null}
          <h2 className="rail-heading">{t('articles', { name: author.name })}</h2>
        </>
      }
      result={result}
      empty={t('empty')}
      feed={<FeedLink locale={locale} scope={{ kind: 'author', slug: author.slug }} name={author.name} />}
      sidebar={sidebar}
      hrefFor={(p) => getPathname({ locale, href: authorHref(author.slug, p) })}
    />
  );
}
