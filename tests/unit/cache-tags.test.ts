import { describe, expect, it } from 'vitest';
import { cacheTags, tagsForArticleChange } from '@/lib/data/cache-tags';

describe('tagsForArticleChange', () => {
  const change = { id: 7, locale: 'fr' as const, slug: 'un-titre', sectionId: 3, authorIds: [1, 2], tagIds: [9], translationId: 8 };

  it('covers the article, its twin and every list it appears in, feeds and sitemaps included', () => {
    expect(tagsForArticleChange(change).sort()).toEqual(
      [
        cacheTags.article(7),
        cacheTags.articleSlug('fr', 'un-titre'),
        cacheTags.front('fr'),
        cacheTags.latest('fr'),
        cacheTags.feeds('fr'),
        cacheTags.section(3),
        cacheTags.search('fr'),
        cacheTags.author(1),
        cacheTags.author(2),
        cacheTags.tag(9),
        cacheTags.article(8),
      ].sort(),
    );
  });

  it('also expires the old slug when it changes, and nothing of the other language', () => {
    const tags = tagsForArticleChange({ ...change, previousSlug: 'ancien-titre', translationId: null });
    expect(tags).toContain(cacheTags.articleSlug('fr', 'ancien-titre'));
    expect(tags).not.toContain(cacheTags.front('ar'));
    expect(tags).not.toContain(cacheTags.feeds('ar'));
    expect(tags).not.toContain(cacheTags.search('ar'));
    expect(tags).not.toContain(cacheTags.all);
  });
});
