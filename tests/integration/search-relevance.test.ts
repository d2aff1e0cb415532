import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { z } from 'zod';
import { seed } from '@/demo/seed';
import { refreshSearchLexicon, searchArticles } from '@/lib/data/search-queries';
import { locales } from '@/lib/i18n/routing';
import relevance from '../fixtures/search/relevance.json';
import { testDb } from './support/db';

/*
 * Relevance on the demo content: queries readers type (section, tag and title words, missing
 * accents and hamzas, the other language's script, typos) and the stories they must find. The
 * table is data (tests/fixtures/search/relevance.json), so a failing line reads as a query.
 */
const Case = z
  .object({
    locale: z.enum(locales),
    q: z.string().min(1),
    why: z.string().min(1),
    top5: z.array(z.string()).min(1).max(5).optional(),
    otherTop5: z.array(z.string()).min(1).max(5).optional(),
    suggestion: z.string().optional(),
  })
  .refine((c) => [c.top5, c.otherTop5, c.suggestion].filter((x) => x !== undefined).length === 1, 'one expectation per case');
const CASES = z.object({ cases: z.array(Case).min(40) }).parse(relevance).cases;

const handle = testDb();
const db = handle.db;

beforeAll(async () => {
  await seed(db, { now: new Date('2026-11-23T15:00:00Z'), log: () => undefined });
  await refreshSearchLexicon(db);
});

afterAll(async () => {
  await handle.close();
});

describe(`search relevance on the demo content (${inject('databaseKind')})`, () => {
  it.each(CASES.map((c) => [`${c.locale} «${c.q}»: ${c.why}`, c] as const))('%s', async (_, c) => {
    const result = await searchArticles(db, { locale: c.locale, q: c.q, page: 1 });
    if (c.top5) {
      const top = result.items.slice(0, 5).map((hit) => hit.article.slug);
      expect(top).toEqual(expect.arrayContaining(c.top5));
    }
    if (c.otherTop5) {
      const other = result.otherLanguage;
      expect(other?.locale).toBe(c.locale === 'fr' ? 'ar' : 'fr');
      const top = (other?.items ?? []).slice(0, 5).map((hit) => hit.article.slug);
      expect(top).toEqual(expect.arrayContaining(c.otherTop5));
      for (const hit of other!.items) expect(hit.article.locale).toBe(other!.locale);
    }
    if (c.suggestion !== undefined) expect(result.suggestion).toBe(c.suggestion);
  });
});
