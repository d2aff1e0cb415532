import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { Excerpt, Highlighted } from '@/components/site/highlighted';
import { MostRead } from '@/components/site/most-read';
import { Pagination } from '@/components/site/pagination';
import { RelativeTime } from '@/components/site/relative-time';
import { SearchForm } from '@/components/site/search-form';
import { SiteHeader } from '@/components/site/site-header';
import { getSections } from '@/lib/data/reader';
import { keepSearchLexiconFresh, searchSite } from '@/lib/data/search';
import { alternatesMetadata, sameHrefAlternates } from '@/lib/i18n/alternates';
import { Link } from '@/lib/i18n/link';
import { getPathname } from '@/lib/i18n/navigation';
import { resolveLocaleParam } from '@/lib/i18n/params';
import type { AppLocale } from '@/lib/i18n/routing';
import { MAX_QUERY_LENGTH, parseSearchParams, type SearchField, type SearchInput } from '@/lib/search/params';
import type { OtherLanguageDto, SearchResultDto } from '@/lib/search/types';
import { renderClock } from '@/lib/time/render-clock';

type Props = PageProps<'/[locale]/search'>;

function searchHref(locale: AppLocale, input: Partial<SearchInput>): string {
  const params = new URLSearchParams();
  if (input.q) params.set('q', input.q);
  if (input.section) params.set('section', input.section);
  if (input.from) params.set('from', input.from);
  if (input.to) params.set('to', input.to);
  if (input.page && input.page > 1) params.set('page', String(input.page));
  const query = params.toString();
  return `${getPathname({ locale, href: '/search' })}${query ? `?${query}` : ''}`;
}

/**
 * A query typed in the other language's script also finds that language's stories: shown apart,
 * in their language and direction, with plain links to their pages (another locale's layout).
 */
function OtherLanguageResults({ other, query, title, all }: { other: OtherLanguageDto; query: string; title: string; all: string }) {
  const dir = other.locale === 'ar' ? 'rtl' : 'ltr';
  return (
    <section className="search-other" aria-labelledby="search-other-title" data-testid="search-other-language">
      <h2 id="search-other-title" className="search-other__title">
        {title}
      </h2>
      <ol className="search-other__list" lang={other.locale} dir={dir}>
        {other.items.map((hit) => (
          <li key={hit.article.id} className="search-other__hit">
            <p className="kicker">{hit.article.section.name}</p>
            <h3 className="search-other__hit-title">
              <a
                href={getPathname({ locale: other.locale, href: { pathname: '/article/[slug]', params: { slug: hit.article.slug } } })}
                hrefLang={other.locale}
              >
                <Highlighted parts={hit.title} />
              </a>
            </h3>
            <Excerpt fragments={hit.excerpt} className="search-hit__excerpt" />
          </li>
        ))}
      </ol>
      <p className="search-other__all">
        <a href={searchHref(other.locale, { q: query })} hrefLang={other.locale}>
          {all}
        </a>
      </p>
    </section>
  );
}

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = resolveLocaleParam((await params).locale);
  const parsed = parseSearchParams(await searchParams, { requireQuery: false, locale });
  const q = parsed.value?.q ?? '';
  const t = await getTranslations({ locale, namespace: 'Search' });
  return {
    title: q ? t('pageTitle', { query: q }) : t('title'),
    // Result pages are endless variations of the site's own content.
    robots: { index: false, follow: true },
    alternates: alternatesMetadata(locale, sameHrefAlternates('/search')),
  };
}

export default async function SearchPage({ params, searchParams }: Props) {
  const locale = resolveLocaleParam((await params).locale);
  const parsed = parseSearchParams(await searchParams, { requireQuery: false, locale });
  const [t, sections] = await Promise.all([getTranslations({ locale, namespace: 'Search' }), getSections(locale)]);

  const errors: { field: SearchField; message: string }[] = parsed.ok ? [] : parsed.errors;
  const input: Partial<SearchInput> = { ...parsed.value };
  if (input.section && !sections.some((section) => section.slug === input.section)) {
    errors.push({ field: 'section', message: t('unknownSection') });
    delete input.section;
  }
  const blocking = errors.some((error) => error.field === 'q' || error.field === 'page');
  let result: SearchResultDto | null = null;
  if (input.q && !blocking) {
    keepSearchLexiconFresh();
    result = await searchSite({ locale, q: input.q, section: input.section, from: input.from, to: input.to, page: input.page ?? 1 });
  }
  const now = renderClock();
  const errorText = (field: SearchField) =>
    field === 'q' ? t('tooLong', { max: MAX_QUERY_LENGTH }) : field === 'page' ? t('badPage') : field === 'section' ? t('unknownSection') : t('badDate');
  const messages = [...new Set(errors.map((error) => (error.message === 'from is after to' ? t('badRange') : errorText(error.field))))];

  return (
    <>
      <SiteHeader locale={locale} alternates={sameHrefAlternates('/search')} />
      <main id="main" className="container">
        <div className="listing-layout">
          <div>
            <header className="page-header">
              <h1 className="page-title">{input.q ? t('pageTitle', { query: input.q }) : t('title')}</h1>
              {!input.q ? <p className="page-intro">{t('intro')}</p> : null}
            </header>
            <SearchForm locale={locale} values={input} sections={sections} />
            {messages.length ? (
              <div className="form-errors" role="alert">
                {messages.map((message) => (
                  <p key={message}>{message}</p>
                ))}
              </div>
            ) : null}
            {result ? (
              <section aria-labelledby="search-results-count" className="search-results">
                <p id="search-results-count" className="search-results__count">
                  {t('count', { count: result.total })}
                </p>
                {result.suggestion ? (
                  <p className="search-results__suggestion">
                    {t('didYouMean')}{' '}
                    <a href={searchHref(locale, { ...input, q: result.suggestion, page: 1 })} data-testid="search-suggestion">
                      {result.suggestion}
                    </a>
                  </p>
                ) : null}
                {result.items.length === 0 ? (
                  <div className="empty-state">
                    {result.total > 0 ? (
                      <p>{t('badPage')}</p>
                    ) : (
                      <>
                        <p>{t('empty', { query: result.query })}</p>
                        <p>{t('emptyHelp')}</p>
                      </>
                    )}
                  </div>
                ) : (
                  <ol className="search-results__list">
                    {result.items.map((hit) => (
                      <li key={hit.article.id}>
                        <article className="search-hit">
                          <Link href={{ pathname: '/section/[section]', params: { section: hit.article.section.slug } }} className="kicker">
                            {hit.article.section.name}
                          </Link>
                          <h2 className="search-hit__title">
                            <Link href={{ pathname: '/article/[slug]', params: { slug: hit.article.slug } }}>
                              <Highlighted parts={hit.title} />
                            </Link>
                          </h2>
                          <Excerpt fragments={hit.excerpt} className="search-hit__excerpt" />
                          <p className="card__meta">
                            <RelativeTime iso={hit.article.publishedAt} locale={locale} now={now} />
                          </p>
                        </article>
                      </li>
                    ))}
                  </ol>
                )}
                <Pagination
                  locale={locale}
                  page={result.page}
                  pageCount={result.pageCount}
                  hrefFor={(page) => searchHref(locale, { ...input, page })}
                />
                {result.otherLanguage ? (
                  <OtherLanguageResults
                    other={result.otherLanguage}
                    query={result.query}
                    title={t('otherLanguage')}
                    all={t('otherLanguageAll', { count: result.otherLanguage.total })}
                  />
                ) : null}
              </section>
            ) : null}
          </div>
          <aside className="sidebar">
            <MostRead locale={locale} />
          </aside>
        </div>
      </main>
    </>
  );
}
