import { describe, expect, it } from 'vitest';
import { isReaderRoute, notFoundPagePath } from '@/lib/i18n/reader-paths';

describe('which reader addresses name a route (the proxy 404s the rest itself)', () => {
  it('knows the localized addresses of both languages (in either language: next-intl redirects) and the internal ones', () => {
    for (const path of [
      '/fr',
      '/ar/',
      '/fr/rubrique/maroc',
      '/ar/qism/iqtisad/page/2',
      '/fr/dernieres-nouvelles',
      '/ar/katib/salma-bennani/rss',
      '/fr/horaires-priere/rabat',
      '/ar/maalumat/man-nahnu',
      '/fr/recherche',
      '/ar/bahth',
      '/fr/section/maroc',
      '/fr/prayer-strip',
      '/fr/preview/12',
      '/ar/article/%D8%BA',
      '/ar/dernieres-nouvelles',
      '/fr/qism/maroc',
    ]) {
      expect(isReaderRoute(path), path).toBe(true);
    }
  });

  it('refuses what matches no route, such as extra or missing segments', () => {
    for (const path of ['/fr/nimporte/quoi', '/fr/rubrique/maroc/extra', '/fr/rubrique', '/ar/cookies/x', notFoundPagePath('fr'), '/fr/preview-not-found']) {
      expect(isReaderRoute(path), path).toBe(false);
    }
  });

  it('leaves addresses outside a language to the app', () => {
    for (const path of ['/', '/robots.txt', '/xx/abc', '/admin/fr']) expect(isReaderRoute(path), path).toBe(true);
  });
});
