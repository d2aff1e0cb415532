import 'server-only';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getAuthor, getSection } from '@/lib/data/reader';
import { getFeedItems } from '@/lib/data/seo';
import type { FeedItemDto } from '@/lib/data/types';
import { decodeSlug } from '@/lib/i18n/params';
import { isAppLocale, type AppLocale } from '@/lib/i18n/routing';
import { buildAtom, buildRss, type FeedChannel, type FeedEntry } from './feeds';
import { machineResponse, xmlResponse } from './responses';
import {
  absoluteUrl,
  articlePath,
  articleTagUri,
  authorPath,
  feedPath,
  LOGO,
  sectionPath,
  siteIdentity,
  type FeedFormat,
  type FeedScope,
} from './site';

function toEntry(locale: AppLocale, item: FeedItemDto): FeedEntry {
  return {
    id: articleTagUri(item.id),
    title: item.title,
    url: absoluteUrl(articlePath(locale, item.slug)),
    summary: item.summary,
    publishedAt: item.publishedAt,
    updatedAt: item.updatedAt,
    category: { term: item.section.slug, label: item.section.name },
    authors: item.authors.map((author) => ({ name: author.name, url: absoluteUrl(authorPath(locale, author.slug)) })),
    enclosure: item.cover ? { url: absoluteUrl(item.cover.url), type: item.cover.mimeType, length: item.cover.bytes } : null,
  };
}

/**
 * GET of every feed: `/fr/rss`, `/fr/atom`, `/fr/rubrique/<section>/rss|atom`,
 * `/fr/auteur/<author>/rss|atom` (and the Arabic paths). Rendered per request from cached reads.
 */
export function feedResponse(params: { locale: string; format: FeedFormat; section?: string; author?: string }): Promise<Response> {
  return machineResponse(async () => {
    await connection();
    if (!isAppLocale(params.locale)) notFound();
    const locale = params.locale;
    const site = await siteIdentity(locale);

    let scope: FeedScope = { kind: 'site' };
    let title = site.name;
    let description = site.description;
    let page = site.homeUrl;
    let filter: { sectionId?: number; authorId?: number } = {};
    if (params.section !== undefined) {
      const section = await getSection(locale, decodeSlug(params.section));
      if (!section) notFound();
      scope = { kind: 'section', slug: section.slug };
      title = `${section.name} · ${site.name}`;
      description = section.description || site.description;
      page = absoluteUrl(sectionPath(locale, section.slug));
      filter = { sectionId: section.id };
    } else if (params.author !== undefined) {
      const author = await getAuthor(locale, decodeSlug(params.author));
      if (!author) notFound();
      scope = { kind: 'author', slug: author.slug };
      title = `${author.name} · ${site.name}`;
      description = author.bio || author.role || site.description;
      page = absoluteUrl(authorPath(locale, author.slug));
      filter = { authorId: author.id };
    }

    const items = await getFeedItems(locale, filter);
    const rssUrl = absoluteUrl(feedPath(locale, 'rss', scope));
    const atomUrl = absoluteUrl(feedPath(locale, 'atom', scope));
    const channel: FeedChannel = {
      id: atomUrl,
      language: locale,
      title,
      description,
      pageUrl: page,
      rssUrl,
      atomUrl,
      iconUrl: absoluteUrl(LOGO.path),
      publisher: { name: site.name, url: site.homeUrl },
      updated: items.reduce((latest, item) => (item.updatedAt > latest ? item.updatedAt : latest), items[0]?.updatedAt ?? new Date().toISOString()),
    };
    const entries = items.map((item) => toEntry(locale, item));
    return params.format === 'rss'
      ? xmlResponse(buildRss(channel, entries), 'application/rss+xml')
      : xmlResponse(buildAtom(channel, entries), 'application/atom+xml');
  });
}
