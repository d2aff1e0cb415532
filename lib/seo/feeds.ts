import { formatDateTimeISO, formatRfc822 } from '@/lib/time/format';
import { el, renderXml } from './xml';

/*
 * RSS 2.0 and Atom (RFC 4287) documents from one model. Pure: URLs arrive absolute, dates as ISO
 * instants; RSS gets RFC 822 dates, Atom RFC 3339 ones in Moroccan time.
 */

export interface FeedChannel {
  /** Atom feed id: a permanent IRI. */
  id: string;
  language: string;
  title: string;
  description: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  rssUrl: string;
  atomUrl: string;
  iconUrl: string;
  publisher: { name: string; url: string };
  /** Instant of the latest change; the newest entry's, or now for an empty feed. */
  updated: string;
}

export interface FeedEntry {
  id: string;
  title: string;
  url: string;
  summary: string;
  publishedAt: string;
  updatedAt: string;
  category: { term: string; label: string };
  authors: { name: string; url: string }[];
  enclosure: { url: string; type: string; length: number } | null;
}

const ATOM_NS = 'http://www.w3.org/2005/Atom';
const DC_NS = 'http://purl.org/dc/elements/1.1/';

const rfc822 = (iso: string) => formatRfc822(new Date(iso));
const rfc3339 = (iso: string) => formatDateTimeISO(new Date(iso));

export function buildRss(channel: FeedChannel, entries: FeedEntry[]): string {
  return renderXml(
    el(
      'rss',
      { version: '2.0', 'xmlns:atom': ATOM_NS, 'xmlns:dc': DC_NS },
      el(
        'channel',
        {},
        el('title', {}, channel.title),
        el('link', {}, channel.pageUrl),
        el('description', {}, channel.description),
        el('language', {}, channel.language),
        el('lastBuildDate', {}, rfc822(channel.updated)),
        el('atom:link', { href: channel.rssUrl, rel: 'self', type: 'application/rss+xml' }),
        el('image', {}, el('url', {}, channel.iconUrl), el('title', {}, channel.title), el('link', {}, channel.pageUrl)),
        entries.map((entry) =>
          el(
            'item',
            {},
            el('title', {}, entry.title),
            el('link', {}, entry.url),
            el('guid', { isPermaLink: 'false' }, entry.id),
            el('pubDate', {}, rfc822(entry.publishedAt)),
            el('description', {}, entry.summary),
            entry.authors.map((author) => el('dc:creator', {}, author.name)),
            el('category', {}, entry.category.label),
            entry.enclosure ? el('enclosure', { url: entry.enclosure.url, type: entry.enclosure.type, length: entry.enclosure.length }) : null,
          ),
        ),
      ),
    ),
  );
}

export function buildAtom(channel: FeedChannel, entries: FeedEntry[]): string {
  return renderXml(
    el(
      'feed',
      { xmlns: ATOM_NS, 'xml:lang': channel.language },
      el('id', {}, channel.id),
      el('title', {}, channel.title),
      el('subtitle', {}, channel.description),
      el('updated', {}, rfc3339(channel.updated)),
      el('link', { rel: 'alternate', type: 'text/html', href: channel.pageUrl }),
      el('link', { rel: 'self', type: 'application/atom+xml', href: channel.atomUrl }),
      el('icon', {}, channel.iconUrl),
      // Feed-level author: the fallback for entries without a byline, which Atom requires.
      el('author', {}, el('name', {}, channel.publisher.name), el('uri', {}, channel.publisher.url)),
      entries.map((entry) =>
        el(
          'entry',
          {},
          el('id', {}, entry.id),
          el('title', {}, entry.title),
          el('link', { rel: 'alternate', type: 'text/html', href: entry.url }),
          el('published', {}, rfc3339(entry.publishedAt)),
          el('updated', {}, rfc3339(entry.updatedAt)),
          el('summary', {}, entry.summary),
          entry.authors.map((author) => el('author', {}, el('name', {}, author.name), el('uri', {}, author.url))),
          el('category', { term: entry.category.term, label: entry.category.label }),
          entry.enclosure
            ? el('link', { rel: 'enclosure', type: entry.enclosure.type, length: entry.enclosure.length, href: entry.enclosure.url })
            : null,
        ),
      ),
    ),
  );
}
