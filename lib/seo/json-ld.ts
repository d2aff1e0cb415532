import type { ArticleDetailDto } from '@/lib/data/types';
import { formatDateTimeISO } from '@/lib/time/format';

/*
 * schema.org structured data as plain objects, built from DTOs and absolute URLs that the page
 * computes, so the builders stay pure and unit-testable.
 */

export type JsonLd = Record<string, unknown>;

export interface Publisher {
  name: string;
  url: string;
  logo: { url: string; width: number; height: number };
}

/** Absolute URLs an article's structured data points at. */
export interface ArticleLinks {
  article: string;
  home: string;
  section: string;
  /** By author slug. */
  authors: Record<string, string>;
  /** Largest first: the generated 1200×630 card, then the cover. */
  images: string[];
}

function organization(publisher: Publisher): JsonLd {
  return {
    '@type': 'Organization',
    name: publisher.name,
    url: publisher.url,
    logo: { '@type': 'ImageObject', url: publisher.logo.url, width: publisher.logo.width, height: publisher.logo.height },
  };
}

export function newsArticleJsonLd(article: ArticleDetailDto, links: ArticleLinks, publisher: Publisher): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    mainEntityOfPage: { '@type': 'WebPage', '@id': links.article },
    url: links.article,
    headline: article.title,
    description: article.seoDescription ?? article.summary,
    image: links.images,
    datePublished: formatDateTimeISO(new Date(article.publishedAt)),
    dateModified: formatDateTimeISO(new Date(article.modifiedAt ?? article.publishedAt)),
    author: article.authors.map((author) => ({
      '@type': 'Person',
      name: author.name,
      url: links.authors[author.slug],
      ...(author.role ? { jobTitle: author.role } : {}),
    })),
    publisher: organization(publisher),
    articleSection: article.section.name,
    keywords: article.tags.map((tag) => tag.name),
    inLanguage: article.locale,
    isAccessibleForFree: true,
  };
}

export function breadcrumbJsonLd(items: { name: string; url: string }[]): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'BreadcrumbList',
    itemListElement: items.map((item, index) => ({ '@type': 'ListItem', position: index + 1, name: item.name, item: item.url })),
  };
}

export function organizationJsonLd(publisher: Publisher): JsonLd {
  return { '@context': 'https://schema.org', ...organization(publisher) };
}

export function webSiteJsonLd(site: { name: string; url: string; locale: string; searchUrlTemplate: string }): JsonLd {
  return {
    '@context': 'https://schema.org',
    '@type': 'WebSite',
    name: site.name,
    url: site.url,
    inLanguage: site.locale,
    potentialAction: {
      '@type': 'SearchAction',
      target: { '@type': 'EntryPoint', urlTemplate: site.searchUrlTemplate },
      'query-input': 'required name=search_term_string',
    },
  };
}

/**
 * JSON for an inline <script>: `<` is escaped so no value (a title containing "</script>") can
 * end the element, `>` and `&` so no HTML parser reads markup in it, and U+2028/U+2029 for
 * JavaScript parsers that predate ES2019. JSON.parse returns the same value.
 */
export function serializeJsonLd(data: JsonLd): string {
  return JSON.stringify(data)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
