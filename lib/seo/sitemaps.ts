import { formatDateTimeISO } from '@/lib/time/format';
import { el, renderXml } from './xml';

/*
 * Sitemap documents (sitemaps.org 0.9, with Google's image and news extensions). Pure: URLs
 * arrive absolute and dates as ISO instants or calendar days.
 */

const SITEMAP_NS = 'http://www.sitemaps.org/schemas/sitemap/0.9';
const IMAGE_NS = 'http://www.google.com/schemas/sitemap-image/1.1';
const NEWS_NS = 'http://www.google.com/schemas/sitemap-news/0.9';

/** W3C datetime: a calendar day stays as is, an instant gets its Moroccan offset. */
function w3cDate(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : formatDateTimeISO(new Date(value));
}

function lastmodElement(value: string | null | undefined) {
  return value ? el('lastmod', {}, w3cDate(value)) : null;
}

export function buildSitemapIndex(sitemaps: { loc: string; lastmod?: string | null }[]): string {
  return renderXml(
    el(
      'sitemapindex',
      { xmlns: SITEMAP_NS },
      sitemaps.map((sitemap) => el('sitemap', {}, el('loc', {}, sitemap.loc), lastmodElement(sitemap.lastmod))),
    ),
  );
}

export interface SitemapUrl {
  loc: string;
  lastmod?: string | null;
  changefreq?: 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never';
  images?: string[];
  news?: { publicationName: string; language: string; publishedAt: string; title: string };
}

export function buildUrlSet(urls: SitemapUrl[]): string {
  const hasImages = urls.some((url) => url.images?.length);
  const hasNews = urls.some((url) => url.news);
  return renderXml(
    el(
      'urlset',
      { xmlns: SITEMAP_NS, 'xmlns:image': hasImages ? IMAGE_NS : undefined, 'xmlns:news': hasNews ? NEWS_NS : undefined },
      urls.map((url) =>
        el(
          'url',
          {},
          el('loc', {}, url.loc),
          lastmodElement(url.lastmod),
          url.changefreq ? el('changefreq', {}, url.changefreq) : null,
          // The schema wants extension elements after the core ones.
          url.news
            ? el(
                'news:news',
                {},
                el(
                  'news:publication',
                  {},
                  el('news:name', {}, url.news.publicationName),
                  el('news:language', {}, url.news.language),
                ),
                el('news:publication_date', {}, w3cDate(url.news.publishedAt)),
                el('news:title', {}, url.news.title),
              )
            : null,
          (url.images ?? []).map((image) => el('image:image', {}, el('image:loc', {}, image))),
        ),
      ),
    ),
  );
}
