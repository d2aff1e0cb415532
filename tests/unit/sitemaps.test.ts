import { describe, expect, it } from 'vitest';
import { buildSitemapIndex, buildUrlSet } from '@/lib/seo/sitemaps';
import { XSD, xmllintErrors } from '../support/xmllint';

describe('sitemap builders, validated by xmllint against the sitemaps.org and Google schemas', () => {
  it('a sitemap index', () => {
    const xml = buildSitemapIndex([
      { loc: 'https://jarida.test/sitemaps/fr/articles-1.xml', lastmod: '2026-11-23T09:30:00.000Z' },
      { loc: 'https://jarida.test/sitemaps/ar/prayer-times.xml', lastmod: '2026-11-23' },
      { loc: 'https://jarida.test/sitemaps/ar/sections.xml', lastmod: null },
    ]);
    expect(xmllintErrors(xml, XSD.index)).toBe('');
    expect(xml).toContain('<lastmod>2026-11-23T09:30:00+00:00</lastmod>');
    expect(xml).toContain('<lastmod>2026-11-23</lastmod>');
  });

  it('URLs with images and Google News entries, Arabic and escapable text included', () => {
    const xml = buildUrlSet([
      {
        loc: 'https://jarida.test/ar/article/%D9%82%D9%85%D8%A9',
        lastmod: '2026-11-23T11:05:00.000Z',
        news: { publicationName: 'جريدة', language: 'ar', publishedAt: '2026-11-23T09:30:00.000Z', title: 'قمة </title> & «المناخ»' },
        images: ['https://jarida.test/media/demo/a.webp'],
      },
      { loc: 'https://jarida.test/fr/rubrique/maroc?page=1&x=<y>', lastmod: null, changefreq: 'hourly' },
      { loc: 'https://jarida.test/fr/article/bourse', images: ['https://jarida.test/media/a.webp', 'https://jarida.test/media/b.webp'] },
    ]);
    expect(xmllintErrors(xml, XSD.urlset)).toBe('');
    expect(xml).toContain('<news:title>قمة &lt;/title&gt; &amp; «المناخ»</news:title>');
  });

  it('the validator does reject a news entry without its title', () => {
    const xml = buildUrlSet([
      { loc: 'https://jarida.test/fr/article/x', news: { publicationName: 'Jarida', language: 'fr', publishedAt: '2026-11-23T09:30:00.000Z', title: 'T' } },
    ]).replace('<news:title>T</news:title>', '');
    expect(xmllintErrors(xml, XSD.urlset)).toMatch(/Missing child element/);
  });
});
