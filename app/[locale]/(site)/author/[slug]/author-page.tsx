import { renderClock } from '@/lib/time/render-clock';
import type { ReactNode } from 'react';
import { cacheLife } from 'next/cache';
import { ResponsiveImage } from '@/components/site/responsive-image';
import { getTranslations } from 'next-intl/server';
import { Listing, ListingPage } from '@/components/site/listing';
import { listingRoutes } from '@/components/site/listing-route';
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

export const authorRoutes = listingRoutes({
  slugs: { param: 'slug', kind: 'author', limit: 20, sample: 'redaction' },
  load: getAuthor,
  articles: getAuthorArticles,
  metadata: async (author, { page }) => ({
    name: author.name,
    description: author.bio || author.role,
    alternates: sameHrefAlternates(authorHref(author.slug, page)),
    feeds: { kind: 'author', slug: author.slug },
  }),
  render: (author, result, { locale, page }) => (
    <ListingPage locale={locale} alternates={sameHrefAlternates(authorHref(author.slug, page))}>
      {(sidebar) => <AuthorContent locale={locale} author={author} result={result} sidebar={sidebar} />}
    </ListingPage>
  ),
});

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
            <ResponsiveImage image={author.avatar} alt="" sizes="96px" priority className="author-card__avatar" />
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
