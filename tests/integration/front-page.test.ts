import { describe, expect, inject, it } from 'vitest';
import { instrument } from '@/bench/front-queries';
import * as q from '@/lib/data/reader-queries';
import { getSiteChrome } from '@/lib/data/chrome-queries';
import type { ArticleCardDto, FrontPageDto, Page } from '@/lib/data/types';
import type { AppLocale } from '@/lib/i18n/routing';
import { seededTestDb } from './support/db';

const now = new Date('2026-11-23T15:00:00Z');
const { db, pool } = seededTestDb(now);

/** The first `count` cards of a paged listing, skipping the ids in `skip`. */
async function newest(list: (page: number) => Promise<Page<ArticleCardDto>>, count: number, skip: Set<number>): Promise<ArticleCardDto[]> {
  const found: ArticleCardDto[] = [];
  for (let page = 1; found.length < count; page++) {
    const { items } = await list(page);
    if (items.length === 0) break;
    found.push(...items.filter((card) => !skip.has(card.id)));
  }
  return found.slice(0, count);
}

/** The front page put together from the paged listings, one query at a time: what getFrontPage must return. */
async function assembled(locale: AppLocale, latest: number, perSection: number): Promise<FrontPageDto> {
  const top = await newest((page) => q.listLatest(db, locale, page), latest + 1, new Set());
  const shown = new Set(top.map((card) => card.id));
  const sections: FrontPageDto['sections'] = [];
  for (const section of (await getSiteChrome(db, locale, new Date())).sections) {
    const articles = await newest((page) => q.listSectionArticles(db, locale, section.id, page), perSection, shown);
    if (articles.length > 0) sections.push({ section, articles });
  }
  return { lead: top[0] ?? null, latest: top.slice(1), sections };
}

describe(`front page query (${inject('databaseKind')})`, () => {
  it('is one query', async () => {
    const probe = instrument(pool);
    try {
      expect(await probe.record(() => q.getFrontPage(db, 'fr'))).toHaveLength(1);
    } finally {
      probe.restore();
    }
  });

  it('equals the front page put together from the listings, whatever the sizes', async () => {
    for (const locale of ['fr', 'ar'] as const) {
      expect(await q.getFrontPage(db, locale), locale).toEqual(await assembled(locale, 9, 4));
      for (const [latest, perSection] of [[0, 1], [3, 2], [20, 6], [200, 200]] as const) {
        expect(await q.getFrontPage(db, locale, { latest, perSection }), `${locale} ${latest}/${perSection}`).toEqual(await assembled(locale, latest, perSection));
      }
    }
  });
});
