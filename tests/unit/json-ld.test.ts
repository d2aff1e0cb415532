import { describe, expect, it } from 'vitest';
import type { ArticleDetailDto } from '@/lib/data/types';
import { breadcrumbJsonLd, newsArticleJsonLd, organizationJsonLd, serializeJsonLd, webSiteJsonLd, type Publisher } from '@/lib/seo/json-ld';

const publisher: Publisher = { name: 'جريدة', url: 'https://jarida.test/ar', logo: { url: 'https://jarida.test/logo.png', width: 512, height: 512 } };

// A hostile title: it tries to close the script element and open another one.
const TITLE = 'المغرب </script><script>alert("x")</script> & «قمة» \u2028 سطر';

const article: ArticleDetailDto = {
  id: 42,
  locale: 'ar',
  slug: 'قمة-المناخ',
  title: TITLE,
  summary: 'ملخص <b>المقال</b>',
  publishedAt: '2026-11-23T09:30:00.000Z',
  updatedAt: '2026-11-23T11:05:00.000Z',
  // Flagged by an editor; later saves (updatedAt) were not news.
  modifiedAt: '2026-11-23T10:40:00.000Z',
  section: { slug: 'اقتصاد', name: 'اقتصاد' },
  cover: { url: '/media/demo/a.webp', width: 1600, height: 900, alt: 'صورة', blurDataUrl: null, sources: [] },
  body: { type: 'doc', content: [] },
  coverCaption: '',
  coverCredit: '',
  seoTitle: null,
  seoDescription: null,
  authors: [
    { slug: 'salma-bennani', name: 'سلمى بناني', role: 'صحافية' },
    { slug: 'youssef-amrani', name: 'يوسف العمراني', role: '' },
  ],
  tags: [{ slug: 'طاقة', name: 'طاقة' }],
  translation: null,
  sectionSlugs: { fr: 'economie', ar: 'اقتصاد' },
  bodyImages: {},
  shareImage: null,
};

const links = {
  article: 'https://jarida.test/ar/article/%D9%82%D9%85%D8%A9',
  home: 'https://jarida.test/ar',
  section: 'https://jarida.test/ar/qism/%D8%A7%D9%82%D8%AA%D8%B5%D8%A7%D8%AF',
  authors: { 'salma-bennani': 'https://jarida.test/ar/katib/salma-bennani', 'youssef-amrani': 'https://jarida.test/ar/katib/youssef-amrani' },
  images: ['https://jarida.test/og/ar/article/x.png?v=1', 'https://jarida.test/media/demo/a.webp'],
};

/** What a browser would hand to JSON.parse: the text between the script tags of the serialised element. */
function scriptText(data: Record<string, unknown>): string {
  const html = `<script type="application/ld+json">${serializeJsonLd(data)}</script>`;
  const match = /^<script type="application\/ld\+json">([\s\S]*?)<\/script>/i.exec(html);
  return match![1]!;
}

describe('serializeJsonLd', () => {
  it('keeps an Arabic title containing </script> inside one script element, and round-trips it', () => {
    const data = newsArticleJsonLd(article, links, publisher);
    const serialised = serializeJsonLd(data);
    expect(serialised).not.toMatch(/[<>&\u2028\u2029]/);
    // The whole payload survives up to the real closing tag, so nothing leaked into the page.
    const parsed = JSON.parse(scriptText(data));
    expect(parsed.headline).toBe(TITLE);
    expect(parsed).toEqual(data);
  });
});

describe('newsArticleJsonLd', () => {
  const parsed = JSON.parse(serializeJsonLd(newsArticleJsonLd(article, links, publisher)));

  it('has the properties schema.org and Google require of a NewsArticle', () => {
    expect(parsed['@context']).toBe('https://schema.org');
    expect(parsed['@type']).toBe('NewsArticle');
    expect(parsed.headline).toBe(TITLE);
    expect(parsed.image).toEqual(links.images);
    expect(parsed.image.every((url: string) => /^https:\/\//.test(url))).toBe(true);
    expect(parsed.mainEntityOfPage).toEqual({ '@type': 'WebPage', '@id': links.article });
    expect(parsed.articleSection).toBe('اقتصاد');
    expect(parsed.inLanguage).toBe('ar');
  });

  it('dates articles in ISO 8601 with the Moroccan offset', () => {
    expect(parsed.datePublished).toBe('2026-11-23T09:30:00+00:00');
    expect(parsed.dateModified).toBe('2026-11-23T10:40:00+00:00');
    expect(Date.parse(parsed.dateModified)).toBeGreaterThanOrEqual(Date.parse(parsed.datePublished));
  });

  it('dates an article never flagged as updated by its publication', () => {
    const plain = newsArticleJsonLd({ ...article, modifiedAt: null }, links, publisher);
    expect(plain.dateModified).toBe('2026-11-23T09:30:00+00:00');
  });

  it('names every author as a Person with the URL of their page', () => {
    expect(parsed.author).toEqual([
      { '@type': 'Person', name: 'سلمى بناني', url: links.authors['salma-bennani'], jobTitle: 'صحافية' },
      { '@type': 'Person', name: 'يوسف العمراني', url: links.authors['youssef-amrani'] },
    ]);
  });

  it('names the publisher as an Organization with a logo', () => {
    expect(parsed.publisher['@type']).toBe('Organization');
    expect(parsed.publisher.name).toBe('جريدة');
    expect(parsed.publisher.logo).toEqual({ '@type': 'ImageObject', url: 'https://jarida.test/logo.png', width: 512, height: 512 });
  });
});

describe('breadcrumbJsonLd', () => {
  it('lists the trail with positions from 1', () => {
    const parsed = JSON.parse(
      serializeJsonLd(
        breadcrumbJsonLd([
          { name: 'جريدة', url: links.home },
          { name: 'اقتصاد', url: links.section },
          { name: TITLE, url: links.article },
        ]),
      ),
    );
    expect(parsed['@type']).toBe('BreadcrumbList');
    expect(parsed.itemListElement).toHaveLength(3);
    parsed.itemListElement.forEach((item: Record<string, unknown>, index: number) => {
      expect(item['@type']).toBe('ListItem');
      expect(item.position).toBe(index + 1);
      expect(item.name).toBeTruthy();
      expect(item.item).toMatch(/^https:\/\//);
    });
    expect(parsed.itemListElement[2].name).toBe(TITLE);
  });
});

describe('front page structured data', () => {
  it('describes the Organization and a WebSite whose SearchAction targets the search page', () => {
    const organization = JSON.parse(serializeJsonLd(organizationJsonLd(publisher)));
    expect(organization).toMatchObject({ '@context': 'https://schema.org', '@type': 'Organization', name: 'جريدة', url: publisher.url });
    expect(organization.logo.url).toBe(publisher.logo.url);

    const site = JSON.parse(
      serializeJsonLd(webSiteJsonLd({ name: 'Jarida', url: 'https://jarida.test/fr', locale: 'fr', searchUrlTemplate: 'https://jarida.test/fr/recherche?q={search_term_string}' })),
    );
    expect(site['@type']).toBe('WebSite');
    expect(site.potentialAction['@type']).toBe('SearchAction');
    expect(site.potentialAction.target.urlTemplate).toBe('https://jarida.test/fr/recherche?q={search_term_string}');
    expect(site.potentialAction['query-input']).toBe('required name=search_term_string');
  });
});
