import { describe, expect, it } from 'vitest';
import {
  ARTICLE_TAG_LIMIT,
  articlePageTags,
  cacheTags,
  tagsForArticleChange,
  tagsForArticleWrite,
  tagsForAuthorChange,
  tagsForHouseAdChange,
  tagsForMediaCropChange,
  tagsForMediaTextChange,
  tagsForPageChange,
  tagsForSectionChange,
  tagsForSectionCreate,
  tagsForTagChange,
  tagsForTickerChange,
  type ArticleTagState,
  type PageTagState,
} from '@/lib/data/cache-tags';

/* Which reader cache tags each write expires: one article's, an article write's before and after, and the newsroom's other writes. */

const sorted = (tags: string[]) => [...tags].sort();

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


describe('reader cache tags for newsroom writes', () => {
  it('a section change expires the navigation, its pages, both fronts and latest lists, its articles and search results', () => {
    expect(sorted(tagsForSectionChange({ id: 4, articleIds: [10, 11] }))).toEqual(
      sorted([
        cacheTags.sections,
        cacheTags.section(4),
        cacheTags.front('fr'),
        cacheTags.front('ar'),
        cacheTags.latest('fr'),
        cacheTags.latest('ar'),
        cacheTags.article(10),
        cacheTags.article(11),
        cacheTags.search('fr'),
        cacheTags.search('ar'),
      ]),
    );
  });

  it('a new section touches only the navigation, its own tag and the fronts', () => {
    expect(sorted(tagsForSectionCreate(9))).toEqual(sorted([cacheTags.sections, cacheTags.section(9), cacheTags.front('fr'), cacheTags.front('ar')]));
  });

  it('an author change expires their page and the pages of their articles, not the lists', () => {
    const tags = tagsForAuthorChange({ id: 3, articleIds: [5, 5, 6] });
    expect(sorted(tags)).toEqual(sorted([cacheTags.author(3), cacheTags.article(5), cacheTags.article(6)]));
    expect(tags).not.toContain(cacheTags.front('fr'));
    expect(tags).not.toContain(cacheTags.all);
  });

  it('a tag change expires the tag, the articles carrying it and search results (tag names rank articles)', () => {
    const searches = [cacheTags.search('fr'), cacheTags.search('ar')];
    expect(sorted(tagsForTagChange({ id: 8, articleIds: [1] }))).toEqual(sorted([cacheTags.tag(8), cacheTags.article(1), ...searches]));
    expect(sorted(tagsForTagChange({ id: 8, articleIds: [] }))).toEqual(sorted([cacheTags.tag(8), ...searches]));
  });

  it('house ads, the ticker and media texts have their own tags', () => {
    expect(tagsForHouseAdChange()).toEqual([cacheTags.houseAds]);
    expect(tagsForTickerChange()).toEqual(['ticker']);
    expect(cacheTags.ticker).toBe('ticker');
    expect(tagsForMediaTextChange({ coverArticleIds: [2, 3] })).toEqual([cacheTags.article(2), cacheTags.article(3)]);
    expect(tagsForMediaTextChange({ coverArticleIds: [] })).toEqual([]);
  });

  it('past the limit, article pages give way to the tag every reader read carries', () => {
    const many = Array.from({ length: ARTICLE_TAG_LIMIT + 1 }, (_, i) => i + 1);
    expect(articlePageTags(many)).toEqual([cacheTags.all]);
    expect(articlePageTags(many.slice(0, ARTICLE_TAG_LIMIT))).toHaveLength(ARTICLE_TAG_LIMIT);
    expect(tagsForAuthorChange({ id: 1, articleIds: many })).toEqual([cacheTags.author(1), cacheTags.all]);
  });
});

const draft: ArticleTagState = { id: 7, locale: 'fr', slug: 'un-titre', status: 'draft', sectionId: 3, authorIds: [1, 2], tagIds: [9, 10], translationId: null, sectionPublished: 5 };
const published: ArticleTagState = { ...draft, status: 'published' };

describe('tagsForArticleWrite', () => {
  it('returns nothing for changes readers cannot see', () => {
    expect(tagsForArticleWrite(draft, { ...draft, slug: 'autre', sectionId: 4, tagIds: [11] })).toEqual([]);
    expect(tagsForArticleWrite(draft, { ...draft, status: 'in_review' })).toEqual([]);
    expect(tagsForArticleWrite({ ...draft, status: 'in_review' }, { ...draft, status: 'scheduled' })).toEqual([]);
    expect(tagsForArticleWrite(null, draft)).toEqual([]);
    expect(tagsForArticleWrite(draft, null)).toEqual([]);
    expect(tagsForArticleWrite(null, null)).toEqual([]);
  });

  it('publishing expires the article, front, latest, section, author and tag pages of its language', () => {
    expect(sorted(tagsForArticleWrite({ ...draft, status: 'scheduled' }, published))).toEqual(
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
    const tags = tagsForArticleWrite(draft, published);
    expect(tags).not.toContain(cacheTags.front('ar'));
    expect(tags).not.toContain(cacheTags.all);
  });

  it('unpublishing and deleting expire the same pages', () => {
    const expected = sorted(tagsForArticleWrite(draft, published));
    expect(sorted(tagsForArticleWrite(published, { ...published, status: 'unpublished' }))).toEqual(expected);
    expect(sorted(tagsForArticleWrite(published, null))).toEqual(expected);
  });

  it('expires the menu only when a section gains its first published article or loses its last', () => {
    // Section 3 has other published stories: the menu stays as it is, and so does every page's chrome.
    expect(tagsForArticleWrite(draft, published)).not.toContain(cacheTags.sections);
    expect(tagsForArticleWrite(published, { ...published, status: 'unpublished', sectionPublished: 4 })).not.toContain(cacheTags.sections);
    expect(tagsForArticleWrite(published, { ...published, slug: 'autre' })).not.toContain(cacheTags.sections);
    // The first story of section 3 in French, then its withdrawal and its deletion.
    const first = { ...published, sectionPublished: 1 };
    expect(tagsForArticleWrite({ ...draft, sectionPublished: 0 }, first)).toContain(cacheTags.sections);
    expect(tagsForArticleWrite(first, { ...first, status: 'unpublished', sectionPublished: 0 })).toContain(cacheTags.sections);
    expect(tagsForArticleWrite(first, null)).toContain(cacheTags.sections);
    // Moved to a section that had none: that section enters the menu.
    expect(tagsForArticleWrite(published, { ...published, sectionId: 4, sectionPublished: 1 })).toContain(cacheTags.sections);
    // A draft's edits never touch it.
    expect(tagsForArticleWrite({ ...draft, sectionPublished: 0 }, { ...draft, sectionId: 4, sectionPublished: 0 })).toEqual([]);
  });

  it("includes the twin's article tag", () => {
    expect(tagsForArticleWrite(draft, { ...published, translationId: 8 })).toContain(cacheTags.article(8));
  });

  it('a slug change includes the old and the new address', () => {
    const tags = tagsForArticleWrite(published, { ...published, slug: 'nouveau-titre' });
    expect(tags).toContain(cacheTags.articleSlug('fr', 'un-titre'));
    expect(tags).toContain(cacheTags.articleSlug('fr', 'nouveau-titre'));
  });

  it('a slug change while publishing drops a cached 404 at the old draft address too', () => {
    const tags = tagsForArticleWrite(draft, { ...published, slug: 'titre-final' });
    expect(tags).toContain(cacheTags.articleSlug('fr', 'titre-final'));
    expect(tags).toContain(cacheTags.articleSlug('fr', 'un-titre'));
  });

  it('a section, byline or tag change includes both the old and the new lists', () => {
    const tags = tagsForArticleWrite(published, { ...published, sectionId: 4, authorIds: [2, 5], tagIds: [11] });
    for (const tag of [cacheTags.section(3), cacheTags.section(4), cacheTags.author(1), cacheTags.author(5), cacheTags.tag(9), cacheTags.tag(10), cacheTags.tag(11)]) {
      expect(tags).toContain(tag);
    }
  });

  it('returns each tag once', () => {
    const tags = tagsForArticleWrite(published, { ...published, slug: 'autre' });
    expect(new Set(tags).size).toBe(tags.length);
  });
});

describe('tagsForPageChange', () => {
  const about: PageTagState = { kind: 'about', locale: 'fr', slug: 'a-propos', title: 'À propos', position: 1 };

  it('a body or description edit expires the page and its twin, not the footer under every page', () => {
    expect(sorted(tagsForPageChange(about, about))).toEqual(sorted([cacheTags.page('about'), cacheTags.pageSlug('fr', 'a-propos')]));
  });

  it('a new slug expires both addresses and the footer; a new title or order the footer', () => {
    expect(sorted(tagsForPageChange(about, { ...about, slug: 'qui-sommes-nous' }))).toEqual(
      sorted([cacheTags.page('about'), cacheTags.pageSlug('fr', 'a-propos'), cacheTags.pageSlug('fr', 'qui-sommes-nous'), cacheTags.pages]),
    );
    expect(tagsForPageChange(about, { ...about, title: 'Qui sommes-nous' })).toContain(cacheTags.pages);
    expect(tagsForPageChange(about, { ...about, position: 4 })).toContain(cacheTags.pages);
  });

  it('creating or deleting a page changes the footer', () => {
    expect(tagsForPageChange(null, about)).toContain(cacheTags.pages);
    expect(sorted(tagsForPageChange(about, null))).toEqual(sorted([cacheTags.page('about'), cacheTags.pageSlug('fr', 'a-propos'), cacheTags.pages]));
  });
});

describe('tagsForMediaCropChange', () => {
  it('expires every reader page for a cover in use (its cards are on any list), an author page for a photo, house ads for an ad', () => {
    expect(tagsForMediaCropChange({ coverArticleIds: [4], authorIds: [], ads: 0 })).toEqual([cacheTags.all]);
    expect(tagsForMediaCropChange({ coverArticleIds: [], authorIds: [7, 9], ads: 1 })).toEqual([cacheTags.author(7), cacheTags.author(9), cacheTags.houseAds]);
    expect(tagsForMediaCropChange({ coverArticleIds: [], authorIds: [], ads: 0 })).toEqual([]);
  });
});
