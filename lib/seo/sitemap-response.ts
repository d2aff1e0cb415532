import 'server-only';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getPageLinks } from '@/lib/data/pages';
import { getNewsSitemapArticles, getSitemapArticles, getSitemapAuthors, getSitemapOverview, getSitemapSections } from '@/lib/data/seo';
import { getPathname } from '@/lib/i18n/navigation';
import { isAppLocale, routing, type AppLocale } from '@/lib/i18n/routing';
import { listCities } from '@/lib/prayer/cities';
import { moroccoDateKey } from '@/lib/time/legal-time';
import { machineResponse, xmlResponse } from './responses';
import { absoluteUrl, articlePath, authorPath, parseSitemapName, sectionPath, siteIdentity, sitemapPath, type SitemapFile } from './site';
import { buildSitemapIndex, buildUrlSet, type SitemapUrl } from './sitemaps';

/*
 * Sitemaps are rendered per request from cached, tagged reads (lib/data/seo.ts): a publish
 * expires the locale's feeds tag and the next crawl sees the article.
 */

async function indexEntries(locale: AppLocale): Promise<{ loc: string; lastmod: string | null }[]> {
  const [overview, authors, news] = await Promise.all([getSitemapOverview(locale), getSitemapAuthors(locale), getNewsSitemapArticles(locale)]);
  const entry = (file: SitemapFile, lastmod: string | null) => ({ loc: absoluteUrl(sitemapPath(locale, file)), lastmod });
  return [
    ...overview.articlePages.map((page) => entry({ kind: 'articles', page: page.page }, page.lastmod)),
    entry({ kind: 'sections' }, overview.lastmod),
    // A urlset needs at least one <url>, so empty files are left out of the index.
    authors.length ? entry({ kind: 'authors' }, overview.lastmod) : null,
    entry({ kind: 'prayer-times' }, moroccoDateKey(new Date())),
    news.length ? entry({ kind: 'news' }, news[0]!.publishedAt) : null,
  ].filter((item) => item !== null);
}

/** GET /sitemap.xml: every locale's files. */
export function sitemapIndexResponse(): Promise<Response> {
  return machineResponse(async () => {
    await connection();
    const entries = (await Promise.all(routing.locales.map(indexEntries))).flat();
    return xmlResponse(buildSitemapIndex(entries));
  });
}

async function urlsFor(locale: AppLocale, file: SitemapFile): Promise<SitemapUrl[] | null> {
  switch (file.kind) {
    case 'articles': {
      const articles = await getSitemapArticles(locale, file.page);
      if (!articles.length && file.page > 1) return null;
      return articles.map((article) => ({
        loc: absoluteUrl(articlePath(locale, article.slug)),
        lastmod: article.updatedAt,
        images: article.coverUrl ? [absoluteUrl(article.coverUrl)] : [],
      }));
    }
    case 'sections': {
      // Listing pages: the front page and latest news, then every section; then the publisher's pages.
      const [overview, sections, pages] = await Promise.all([getSitemapOverview(locale), getSitemapSections(locale), getPageLinks(locale)]);
      return [
        { loc: absoluteUrl(getPathname({ locale, href: '/' })), lastmod: overview.lastmod, changefreq: 'hourly' },
        { loc: absoluteUrl(getPathname({ locale, href: '/latest' })), lastmod: overview.lastmod, changefreq: 'hourly' },
        ...sections.map((section) => ({ loc: absoluteUrl(sectionPath(locale, section.slug)), lastmod: section.lastmod, changefreq: 'hourly' as const })),
        ...pages.map((page) => ({ loc: absoluteUrl(getPathname({ locale, href: { pathname: '/info/[slug]', params: { slug: page.slug } } })), lastmod: page.updatedAt })),
      ];
    }
    case 'authors': {
      const authors = await getSitemapAuthors(locale);
      return authors.map((author) => ({ loc: absoluteUrl(authorPath(locale, author.slug)), lastmod: author.lastmod }));
    }
    case 'prayer-times': {
      // The times change every day, so the pages do too.
      const today = moroccoDateKey(new Date());
      return listCities().map((city) => ({
        loc: absoluteUrl(getPathname({ locale, href: { pathname: '/prayer-times/[city]', params: { city: locale === 'ar' ? city.slugAr : city.slug } } })),
        lastmod: today,
        changefreq: 'daily',
      }));
    }
    case 'news': {
      const [site, articles] = await Promise.all([siteIdentity(locale), getNewsSitemapArticles(locale)]);
      return articles.map((article) => ({
        loc: absoluteUrl(articlePath(locale, article.slug)),
        lastmod: article.updatedAt,
        news: { publicationName: site.name, language: locale, publishedAt: article.publishedAt, title: article.title },
        images: article.coverUrl ? [absoluteUrl(article.coverUrl)] : [],
      }));
    }
  }
}

/** GET /sitemaps/<locale>/<file>.xml */
export function sitemapResponse(params: { locale: string; file: string }): Promise<Response> {
  return machineResponse(async () => {
    await connection();
    const file = parseSitemapName(params.file);
    if (!isAppLocale(params.locale) || !file) notFound();
    const urls = await urlsFor(params.locale, file);
    if (!urls) notFound();
    return xmlResponse(buildUrlSet(urls));
  });
}
