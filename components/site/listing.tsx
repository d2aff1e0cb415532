import type { ReactNode } from 'react';
import type { ArticleCardDto, Page } from '@/lib/data/types';
import type { Alternates } from '@/lib/i18n/alternates';
import type { AppLocale } from '@/lib/i18n/routing';
import { AdSlot } from './ad-slot';
import { ArticleCard } from './article-card';
import { Pagination } from './pagination';
import { SiteHeader } from './site-header';

/**
 * The page around a listing: the header with the listing's language alternates, and the main
 * column. The listing receives the sidebar's ad slot, a dynamic hole its cached body cannot render.
 */
export function ListingPage({
  locale,
  alternates,
  currentSection,
  children,
}: {
  locale: AppLocale;
  alternates: Alternates;
  currentSection?: string;
  children: (sidebar: ReactNode) => ReactNode;
}) {
  return (
    <>
      <SiteHeader locale={locale} alternates={alternates} currentSection={currentSection} />
      <main id="main" className="container">
        {children(<AdSlot kind="rectangle" locale={locale} />)}
      </main>
    </>
  );
}

/** Shared body of section, latest, author and tag pages. */
export function Listing({
  locale,
  now,
  heading,
  intro,
  result,
  empty,
  hrefFor,
  showSection = true,
  sidebar,
  feed,
}: {
  locale: AppLocale;
  now: number;
  heading: ReactNode;
  intro?: ReactNode;
  result: Page<ArticleCardDto>;
  empty: string;
  hrefFor: (page: number) => string;
  showSection?: boolean;
  // Passed through from the page: ad slots hold a dynamic hole, which cached content cannot render itself.
  sidebar: ReactNode;
  /** A visible link to this page's feed, under its heading. */
  feed?: ReactNode;
}) {
  return (
    <div className="listing-layout">
      <div>
        <header className="page-header">
          {heading}
          {intro}
          {feed}
        </header>
        {result.items.length === 0 ? (
          <p className="empty-state">{empty}</p>
        ) : (
          <div className="card-list">
            {result.items.map((article, index) => (
              <ArticleCard
                key={article.id}
                article={article}
                locale={locale}
                now={now}
                variant="standard"
                showSection={showSection}
                priority={index === 0}
                headingLevel={2}
              />
            ))}
          </div>
        )}
        <Pagination locale={locale} page={result.page} pageCount={result.pageCount} hrefFor={hrefFor} />
      </div>
      <aside className="sidebar">{sidebar}</aside>
    </div>
  );
}
