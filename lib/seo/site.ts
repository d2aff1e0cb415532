import 'server-only';
import { getTranslations } from 'next-intl/server';
import { getSiteName } from '@/lib/data/reader';
import { siteUrl } from '@/lib/env';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import type { Publisher } from './json-ld';

/*
 * Absolute URLs and the publisher's identity for machines (sitemaps, feeds, JSON-LD, cards).
 * Pages get absolute URLs from metadataBase instead; both come from SITE_URL.
 */

/** Resolves a site path against SITE_URL, percent-encoding whatever is not yet encoded. */
export function absoluteUrl(path: string): string {
  return new URL(path, `${siteUrl()}/`).href;
}

export function siteHost(): string {
  return new URL(siteUrl()).host;
}

/** Logo for publishers' structured data: a square PNG, as Google asks for (at least 112 px). */
export const LOGO = { path: '/logo.png', width: 512, height: 512 };

export interface SiteIdentity {
  locale: AppLocale;
  name: string;
  tagline: string;
  description: string;
  homeUrl: string;
  publisher: Publisher;
}

export async function siteIdentity(locale: AppLocale): Promise<SiteIdentity> {
  const [t, name] = await Promise.all([getTranslations({ locale, namespace: 'Metadata' }), getSiteName(locale)]);
  const homeUrl = absoluteUrl(getPathname({ locale, href: '/' }));
  return {
    locale,
    name,
    tagline: t('tagline'),
    description: t('description'),
    homeUrl,
    publisher: { name, url: homeUrl, logo: { url: absoluteUrl(LOGO.path), width: LOGO.width, height: LOGO.height } },
  };
}

/**
 * Stable ids for feed entries (RSS guid, Atom id): a tag URI on the article's number, so an
 * entry keeps its id when its slug is edited. The date is the year the site's names were minted.
 */
export function articleTagUri(articleId: number): string {
  return `tag:${new URL(siteUrl()).hostname},2026:article:${articleId}`;
}

export type FeedFormat = 'rss' | 'atom';

export type FeedScope = { kind: 'site' } | { kind: 'section'; slug: string } | { kind: 'author'; slug: string };

export function feedPath(locale: AppLocale, format: FeedFormat, scope: FeedScope): string {
  switch (scope.kind) {
    case 'site':
      return getPathname({ locale, href: format === 'rss' ? '/rss' : '/atom' });
    case 'section':
      return getPathname({
        locale,
        href: { pathname: format === 'rss' ? '/section/[section]/rss' : '/section/[section]/atom', params: { section: scope.slug } },
      });
    case 'author':
      return getPathname({
        locale,
        href: { pathname: format === 'rss' ? '/author/[slug]/rss' : '/author/[slug]/atom', params: { slug: scope.slug } },
      });
  }
}

export function articlePath(locale: AppLocale, slug: string): string {
  return getPathname({ locale, href: { pathname: '/article/[slug]', params: { slug } } });
}

export function sectionPath(locale: AppLocale, slug: string): string {
  return getPathname({ locale, href: { pathname: '/section/[section]', params: { section: slug } } });
}

export function authorPath(locale: AppLocale, slug: string): string {
  return getPathname({ locale, href: { pathname: '/author/[slug]', params: { slug } } });
}

/** The search page's URL template for WebSite's SearchAction. */
export function searchUrlTemplate(locale: AppLocale): string {
  return `${absoluteUrl(getPathname({ locale, href: '/search' }))}?q={search_term_string}`;
}

/*
 * Generated Open Graph images. Outside the proxy (their paths end in .png), so each route checks
 * its locale itself. The article card's ?v= changes with every edit, so social networks, which
 * cache cards by URL, fetch the new one.
 */
export const OG_IMAGE = { width: 1200, height: 630, type: 'image/png' };

type OgArticle = { locale: AppLocale; slug: string; updatedAt: string; shareImage?: { key: string } | null };

/** A card with the cover photo is a JPEG, a text-only one a PNG. */
export function articleOgImageType(article: OgArticle): 'image/jpeg' | 'image/png' {
  return article.shareImage ? 'image/jpeg' : 'image/png';
}

/** Short digest of a string, so a new focal point (a new share-base name) is a new card URL. */
function digest(text: string): string {
  let hash = 5381;
  for (let i = 0; i < text.length; i++) hash = ((hash * 33) ^ text.charCodeAt(i)) >>> 0;
  return hash.toString(36);
}

export function articleOgImagePath(article: OgArticle): string {
  const extension = article.shareImage ? 'jpg' : 'png';
  const version = Date.parse(article.updatedAt).toString(36) + (article.shareImage ? `.${digest(article.shareImage.key)}` : '');
  return `/og/${article.locale}/article/${encodeURIComponent(article.slug)}.${extension}?v=${version}`;
}

export function siteOgImagePath(locale: AppLocale): string {
  return `/og/${locale}/site.png`;
}

/*
 * Sitemaps: one index for the site, then per locale the article files (SITEMAP_PAGE_SIZE each),
 * the listing pages, authors, prayer times and the Google News file.
 */
export type SitemapFile = { kind: 'articles'; page: number } | { kind: 'sections' | 'authors' | 'prayer-times' | 'news' };

export function sitemapPath(locale: AppLocale, file: SitemapFile): string {
  const name = file.kind === 'articles' ? `articles-${file.page}` : file.kind;
  return `/sitemaps/${locale}/${name}.xml`;
}

export function parseSitemapName(name: string): SitemapFile | null {
  const articles = /^articles-([1-9]\d{0,5})\.xml$/.exec(name);
  if (articles) return { kind: 'articles', page: Number(articles[1]) };
  const match = /^(sections|authors|prayer-times|news)\.xml$/.exec(name);
  return match ? { kind: match[1] as 'sections' | 'authors' | 'prayer-times' | 'news' } : null;
}
