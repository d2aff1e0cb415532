import { describe, expect, it } from 'vitest';
import type { ArticleCacheState } from '@/lib/admin/articles/queries';
import { readerPathsForChange } from '@/lib/cache/warm-paths';

/*
 * Which reader pages a change has a background render for. Paths are what readers' browsers ask
 * for (localized segments, Arabic percent-encoded), since the page cache is keyed by them.
 */

const fr: ArticleCacheState = {
  id: 7,
  locale: 'fr',
  slug: 'pluie-a-rabat',
  status: 'draft',
  sectionId: 3,
  authorIds: [1, 2],
  tagIds: [9],
  translationId: null,
  sectionPublished: 5,
  pages: { section: 'maroc', authors: ['salma-idrissi', 'karim-benali'], tags: ['meteo'], twin: null },
};
const published: ArticleCacheState = { ...fr, status: 'published' };

const arabicSlug = 'أمطار-في-الرباط';
const ar: ArticleCacheState = {
  ...fr,
  id: 8,
  locale: 'ar',
  slug: arabicSlug,
  status: 'published',
  translationId: 7,
  pages: { section: 'المغرب', authors: ['salma-idrissi'], tags: ['طقس'], twin: { slug: 'pluie-a-rabat', status: 'published' } },
};
const encoded = (text: string) => encodeURIComponent(text);

describe('readerPathsForChange', () => {
  it('a French publish: the article first, then the front page, its section, latest, authors and tags', () => {
    expect(readerPathsForChange(fr, published)).toEqual([
      '/fr/article/pluie-a-rabat',
      '/fr',
      '/fr/rubrique/maroc',
      '/fr/dernieres-nouvelles',
      '/fr/auteur/salma-idrissi',
      '/fr/auteur/karim-benali',
      '/fr/sujet/meteo',
    ]);
  });

  it('an Arabic edit: Arabic paths, percent-encoded, and the published French twin', () => {
    expect(readerPathsForChange(ar, { ...ar, pages: { ...ar.pages, tags: ['طقس', 'فيضانات'] } })).toEqual([
      `/ar/article/${encoded(arabicSlug)}`,
      '/fr/article/pluie-a-rabat',
      '/ar',
      `/ar/qism/${encoded('المغرب')}`,
      '/ar/akhir-al-akhbar',
      '/ar/katib/salma-idrissi',
      `/ar/mawdu/${encoded('طقس')}`,
      `/ar/mawdu/${encoded('فيضانات')}`,
    ]);
  });

  it('a twin still in draft has no page to warm', () => {
    const paths = readerPathsForChange(published, { ...published, pages: { ...published.pages, twin: { slug: 'x', status: 'draft' } } });
    expect(paths.some((path) => path.startsWith('/ar/'))).toBe(false);
  });

  it('a renamed slug: the new address, not the old one (a redirect now)', () => {
    const paths = readerPathsForChange(published, { ...published, slug: 'pluie-sur-rabat' });
    expect(paths).toContain('/fr/article/pluie-sur-rabat');
    expect(paths).not.toContain('/fr/article/pluie-a-rabat');
  });

  it('a move: the sections, bylines and tags it left as well as the new ones, each once', () => {
    const moved = { ...published, pages: { section: 'economie', authors: ['karim-benali', 'nadia-amrani'], tags: ['meteo', 'agriculture'], twin: null } };
    const paths = readerPathsForChange(published, moved);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/fr/rubrique/economie',
        '/fr/rubrique/maroc',
        '/fr/auteur/salma-idrissi',
        '/fr/auteur/karim-benali',
        '/fr/auteur/nadia-amrani',
        '/fr/sujet/meteo',
        '/fr/sujet/agriculture',
      ]),
    );
    expect(new Set(paths).size).toBe(paths.length);
  });

  it('unpublishing and deleting: the lists it leaves, not its own address (a 404 now)', () => {
    const withdrawn = readerPathsForChange(published, { ...published, status: 'unpublished' });
    expect(withdrawn).toEqual(readerPathsForChange(fr, published).filter((path) => path !== '/fr/article/pluie-a-rabat'));
    expect(withdrawn).toContain('/fr');
    expect(readerPathsForChange(published, null)).toEqual(withdrawn);
  });

  it('nothing for changes readers never saw', () => {
    expect(readerPathsForChange(fr, { ...fr, slug: 'autre', pages: { ...fr.pages, section: 'economie' } })).toEqual([]);
    expect(readerPathsForChange(fr, { ...fr, status: 'in_review' })).toEqual([]);
    expect(readerPathsForChange({ ...fr, status: 'in_review' }, { ...fr, status: 'scheduled' })).toEqual([]);
    expect(readerPathsForChange(null, fr)).toEqual([]);
    expect(readerPathsForChange(fr, null)).toEqual([]);
    expect(readerPathsForChange(null, null)).toEqual([]);
  });

  it('a withdrawn article edited again: its lists, whose tags expired, but no article page', () => {
    const unpublished = { ...fr, status: 'unpublished' as const };
    const paths = readerPathsForChange(unpublished, { ...unpublished, slug: 'autre' });
    expect(paths).toContain('/fr');
    expect(paths.some((path) => path.startsWith('/fr/article/'))).toBe(false);
  });
});
