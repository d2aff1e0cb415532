import { describe, expect, it } from 'vitest';
import { buildAtom, buildRss, type FeedChannel, type FeedEntry } from '@/lib/seo/feeds';
import { expectReadableFeed } from '../support/feeds';

function channel(language: 'fr' | 'ar'): FeedChannel {
  return {
    id: `https://jarida.test/${language}/atom`,
    language,
    title: language === 'fr' ? 'Économie · Jarida' : 'اقتصاد · جريدة',
    description: language === 'fr' ? 'Chiffres & <tendances>' : 'أرقام و«اتجاهات»',
    pageUrl: `https://jarida.test/${language}`,
    rssUrl: `https://jarida.test/${language}/rss`,
    atomUrl: `https://jarida.test/${language}/atom`,
    iconUrl: 'https://jarida.test/logo.png',
    publisher: { name: language === 'fr' ? 'Jarida' : 'جريدة', url: `https://jarida.test/${language}` },
    updated: '2026-11-23T11:05:00.000Z',
  };
}

const entries: Record<'fr' | 'ar', FeedEntry[]> = {
  fr: [
    {
      id: 'tag:jarida.test,2026:article:1',
      title: 'Bourse : « 5 % » & <plus> en une séance',
      url: 'https://jarida.test/fr/article/bourse?x=1&y=2',
      summary: 'Un résumé complet, avec des guillemets "droits" et l\'apostrophe.',
      publishedAt: '2026-11-23T09:30:00.000Z',
      updatedAt: '2026-11-23T11:05:00.000Z',
      category: { term: 'economie', label: 'Économie' },
      authors: [{ name: 'Salma Bennani', url: 'https://jarida.test/fr/auteur/salma-bennani' }],
      enclosure: { url: 'https://jarida.test/media/demo/a.webp', type: 'image/webp', length: 26188 },
    },
    {
      id: 'tag:jarida.test,2026:article:2',
      title: 'Sans photo ni auteur',
      url: 'https://jarida.test/fr/article/sans-photo',
      summary: '',
      publishedAt: '2026-07-01T22:59:30.000Z',
      updatedAt: '2026-07-01T22:59:30.000Z',
      category: { term: 'maroc', label: 'Maroc' },
      authors: [],
      enclosure: null,
    },
  ],
  ar: [
    {
      id: 'tag:jarida.test,2026:article:3',
      title: 'المغرب </script> يطلق «مشروعا» & جديدا',
      url: 'https://jarida.test/ar/article/%D9%82%D9%85%D8%A9',
      summary: 'ملخص كامل للمقال.',
      publishedAt: '2026-11-23T08:00:00.000Z',
      updatedAt: '2026-11-23T08:10:00.000Z',
      category: { term: 'اقتصاد', label: 'اقتصاد' },
      authors: [
        { name: 'سلمى بناني', url: 'https://jarida.test/ar/katib/salma-bennani' },
        { name: 'يوسف العمراني', url: 'https://jarida.test/ar/katib/youssef-amrani' },
      ],
      enclosure: { url: 'https://jarida.test/media/demo/b.webp', type: 'image/webp', length: 1234 },
    },
  ],
};

/** What RSS and Atom both carry of an entry: its title, address, id and publication time. */
function expectSameEntry(item: ReturnType<typeof expectReadableFeed>['items'][number], entry: FeedEntry) {
  expect(item.title).toBe(entry.title);
  expect(item.url).toBe(entry.url);
  expect(item.id).toBe(entry.id);
  expect(item.published!.getTime()).toBe(Date.parse(entry.publishedAt));
}

describe.each(['fr', 'ar'] as const)('feeds in %s', (language) => {
  it('RSS 2.0 parses with every item complete, RFC 822 dates and enclosures', () => {
    const xml = buildRss(channel(language), entries[language]);
    const feed = expectReadableFeed(xml, { type: 'rss', language, minItems: entries[language].length });
    expect(feed.title).toBe(channel(language).title);
    feed.items.forEach((item, index) => {
      const entry = entries[language][index]!;
      expectSameEntry(item, entry);
      expect(item.authors.map((author) => author.name)).toEqual(entry.authors.map((author) => author.name));
      if (entry.enclosure) {
        expect(item.media).toEqual([expect.objectContaining({ url: entry.enclosure.url, mimeType: entry.enclosure.type, length: entry.enclosure.length })]);
      }
    });
    expect(xml).toMatch(/<pubDate>\w{3}, \d{2} \w{3} \d{4} \d{2}:\d{2}:\d{2} GMT<\/pubDate>/);
    expect(xml).toContain(`<language>${language}</language>`);
  });

  it('Atom parses with every entry complete and RFC 3339 dates', () => {
    const xml = buildAtom(channel(language), entries[language]);
    const feed = expectReadableFeed(xml, { type: 'atom', language, minItems: entries[language].length });
    feed.items.forEach((item, index) => {
      const entry = entries[language][index]!;
      expectSameEntry(item, entry);
      expect(item.updated!.getTime()).toBe(Date.parse(entry.updatedAt));
    });
    for (const [, date] of xml.matchAll(/<(?:published|updated)>([^<]+)</g)) {
      expect(date).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    }
  });
});
