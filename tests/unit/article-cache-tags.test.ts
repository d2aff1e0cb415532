import { describe, expect, it } from 'vitest';
import { cacheTagsForChange, type ArticleCacheState } from '@/lib/admin/articles';
import { cacheTags } from '@/lib/data/cache-tags';

const draft: ArticleCacheState = { id: 7, locale: 'fr', slug: 'un-titre', status: 'draft', sectionId: 3, authorIds: [1, 2], tagIds: [9, 10], translationId: null, sectionPublished: 5, pages: { section: 'maroc', authors: ['a', 'b'], tags: ['eau', 'pluie'], twin: null } };
const published: ArticleCacheState = { ...draft, status: 'published' };
const sorted = (tags: string[]) => [...tags].sort();

describe('cacheTagsForChange', () => {
  it('returns nothing for changes readers cannot see', () => {
    expect(cacheTagsForChange(draft, { ...draft, slug: 'autre', sectionId: 4, tagIds: [11] })).toEqual([]);
    expect(cacheTagsForChange(draft, { ...draft, status: 'in_review' })).toEqual([]);
    expect(cacheTagsForChange({ ...draft, status: 'in_review' }, { ...draft, status: 'scheduled' })).toEqual([]);
    expect(cacheTagsForChange(null, draft)).toEqual([]);
    expect(cacheTagsForChange(draft, null)).toEqual([]);
    expect(cacheTagsForChange(null, null)).toEqual([]);
  });

  it('publishing expires the article, front, latest, section, author and tag pages of its language', () => {
    expect(sorted(cacheTagsForChange({ ...draft, status: 'scheduled' }, published))).toEqual(
      sorted([
        cacheTags.article(7),
        cacheTags.articleSlug('fr', 'un-titre'),
        cacheTags.front('fr'),
        cacheTags.latest('fr'),
        cacheTags.feeds('fr'),
        cacheTags.search('fr'),
        cacheTags.section(3),
        cacheTags.author(1),
        cacheTags.author(2),
        cacheTags.tag(9),
        cacheTags.tag(10),
      ]),
    );
    const tags = cacheTagsForChange(draft, published);
    expect(tags).not.toContain(cacheTags.front('ar'));
    expect(tags).not.toContain(cacheTags.all);
  });

  it('unpublishing and deleting expire the same pages', () => {
    const expected = sorted(cacheTagsForChange(draft, published));
    expect(sorted(cacheTagsForChange(published, { ...published, status: 'unpublished' }))).toEqual(expected);
    expect(sorted(cacheTagsForChange(published, null))).toEqual(expected);
  });

  it('expires the menu only when a section gains its first published article or loses its last', () => {
    // Section 3 has other published stories: the menu stays as it is, and so does every page's chrome.
    expect(cacheTagsForChange(draft, published)).not.toContain(cacheTags.sections);
    expect(cacheTagsForChange(published, { ...published, status: 'unpublished', sectionPublished: 4 })).not.toContain(cacheTags.sections);
    expect(cacheTagsForChange(published, { ...published, slug: 'autre' })).not.toContain(cacheTags.sections);
    // The first story of section 3 in French, then its withdrawal and its deletion.
    const first = { ...published, sectionPublished: 1 };
    expect(cacheTagsForChange({ ...draft, sectionPublished: 0 }, first)).toContain(cacheTags.sections);
    expect(cacheTagsForChange(first, { ...first, status: 'unpublished', sectionPublished: 0 })).toContain(cacheTags.sections);
    expect(cacheTagsForChange(first, null)).toContain(cacheTags.sections);
    // Moved to a section that had none: that section enters the menu.
    expect(cacheTagsForChange(published, { ...published, sectionId: 4, sectionPublished: 1 })).toContain(cacheTags.sections);
    // A draft's edits never touch it.
    expect(cacheTagsForChange({ ...draft, sectionPublished: 0 }, { ...draft, sectionId: 4, sectionPublished: 0 })).toEqual([]);
  });

  it("includes the twin's article tag", () => {
    expect(cacheTagsForChange(draft, { ...published, translationId: 8 })).toContain(cacheTags.article(8));
  });

  it('a slug change includes the old and the new address', () => {
    const tags = cacheTagsForChange(published, { ...published, slug: 'nouveau-titre' });
    expect(tags).toContain(cacheTags.articleSlug('fr', 'un-titre'));
    expect(tags).toContain(cacheTags.articleSlug('fr', 'nouveau-titre'));
  });

  it('a slug change while publishing drops a cached 404 at the old draft address too', () => {
    const tags = cacheTagsForChange(draft, { ...published, slug: 'titre-final' });
    expect(tags).toContain(cacheTags.articleSlug('fr', 'titre-final'));
    expect(tags).toContain(cacheTags.articleSlug('fr', 'un-titre'));
  });

  it('a section, byline or tag change includes both the old and the new lists', () => {
    const tags = cacheTagsForChange(published, { ...published, sectionId: 4, authorIds: [2, 5], tagIds: [11] });
    for (const tag of [cacheTags.section(3), cacheTags.section(4), cacheTags.author(1), cacheTags.author(5), cacheTags.tag(9), cacheTags.tag(10), cacheTags.tag(11)]) {
      expect(tags).toContain(tag);
    }
  });

  it('returns each tag once', () => {
    const tags = cacheTagsForChange(published, { ...published, slug: 'autre' });
    expect(new Set(tags).size).toBe(tags.length);
  });
});
