import { describe, expect, it } from 'vitest';
import {
  ARTICLE_TAG_LIMIT,
  articlePageTags,
  tagsForAuthorChange,
  tagsForHouseAdChange,
  tagsForMediaTextChange,
  tagsForSectionChange,
  tagsForSectionCreate,
  tagsForTagChange,
  tagsForTickerChange,
} from '@/lib/admin/content-tags';
import { HOUSE_ADS_TAG } from '@/lib/data/ads-queries';
import { cacheTags } from '@/lib/data/cache-tags';

const sorted = (tags: string[]) => [...tags].sort();

describe('reader cache tags for newsroom writes', () => {
  it('a section change expires the navigation, its pages, both fronts and latest lists, and its articles', () => {
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

  it('a tag change expires the tag and the articles carrying it', () => {
    expect(sorted(tagsForTagChange({ id: 8, articleIds: [1] }))).toEqual(sorted([cacheTags.tag(8), cacheTags.article(1)]));
    expect(tagsForTagChange({ id: 8, articleIds: [] })).toEqual([cacheTags.tag(8)]);
  });

  it('house ads, the ticker and media texts have their own tags', () => {
    expect(tagsForHouseAdChange()).toEqual([HOUSE_ADS_TAG]);
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
