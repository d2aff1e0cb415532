import { eq, inArray, like, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articles, articleTags, sections, tags } from '@/db/schema';
import { seed } from '@/demo/seed';
import { doc, h2, p } from '@/demo/seed-data/doc';
import { countMatches, refreshSearchLexicon, searchArticles, type SearchQuery } from '@/lib/data/search-queries';
import type { AppLocale } from '@/lib/i18n/routing';
import { normalizeForSearch } from '@/lib/search/normalize';
import type { SearchResultDto } from '@/lib/search/types';
import { testDb } from './support/db';

const handle = testDb();
const db = handle.db;
const now = new Date('2026-11-23T15:00:00Z');
const PREFIX = 'it-search-';

interface Fixture {
  key: string;
  locale: AppLocale;
  title: string;
  summary?: string;
  body?: ReturnType<typeof doc>;
  section?: string;
  publishedAt?: string;
  status?: 'published' | 'draft';
}

// Invented words ("zorglub…", "quokkarium") keep each test's matches to its own fixtures.
const FIXTURES: Fixture[] = [
  { key: 'fr-economie', locale: 'fr', title: 'L’économie zorglubienne accélère au troisième trimestre' },
  { key: 'fr-hopital', locale: 'fr', title: 'Zorglubville inaugure un service de pédiatrie', body: doc('Les deux hôpitaux de Zorglubville partagent désormais un plateau technique.') },
  { key: 'fr-barrages', locale: 'fr', title: 'Les barrages du bassin zorglubin sont pleins' },
  { key: 'fr-title', locale: 'fr', title: 'Le gnafronique arrive à Rabat', body: doc('Un texte sans rapport, qui parle de transport urbain et de budgets municipaux.') },
  {
    key: 'fr-body',
    locale: 'fr',
    title: 'Transport urbain : les budgets municipaux en hausse',
    body: doc('Le réseau se développe, les lignes se multiplient.', 'Parmi les nouveautés, un gnafronique a été testé en périphérie.'),
  },
  { key: 'fr-draft', locale: 'fr', title: 'Brouillon gnafronique jamais publié', status: 'draft' },
  {
    key: 'fr-markup',
    locale: 'fr',
    title: 'Flibustorama : un <script>alert(1)</script> dans le texte',
    body: doc(
      'Voir https://exemple.ma/page?x=1&y=2 ou écrire à redaction@exemple.ma : le flibustorama <b>gras</b> 3,5 % de hausse, a < b > c.',
      h2('Le flibustorama en questions'),
      'Porte-avions, arc-en-ciel et flibustorama-plus : des mots composés.',
    ),
  },
  { key: 'fr-telecabine', locale: 'fr', title: 'Une télécabine relie la médina au plateau', section: 'maroc' },
  {
    key: 'fr-mentions',
    locale: 'fr',
    title: 'Chronique des marées',
    body: doc('La société civile, la société savante et la société tout entière en parlent.'),
    section: 'culture',
  },
  { key: 'ar-diacritics', locale: 'ar', title: 'المَغْرِبُ يُطلق برنامج الزعفرانيات', body: doc('نص عن الفلاحة في الجنوب.') },
  { key: 'ar-plain', locale: 'ar', title: 'المغرب والزنبقيات في الأسواق' },
  { key: 'ar-hamza', locale: 'ar', title: 'أحمد، إصلاح، آفاق، مؤتمر، رئيس: الزنجبيليات' },
  { key: 'ar-plain-hamza', locale: 'ar', title: 'احمد، اصلاح، افاق، موتمر، رييس: القرنفليات' },
  { key: 'ar-waw', locale: 'ar', title: 'والكمثريات والي الجهة', body: doc('المِشْمِشِيّات والتوتيات') },
  { key: 'ar-ta-marbuta', locale: 'ar', title: 'مدرسة البرتقاليات الجديدة' },
  { key: 'ar-alef-maqsura', locale: 'ar', title: 'مستشفى الليمونيات الكبير' },
  { key: 'ar-tatweel', locale: 'ar', title: 'الجمـــــيل في التفاحيات' },
  { key: 'ar-saffron', locale: 'ar', title: 'تعاونيات الزعفران في تالوين تصدر إنتاجها', section: 'economie' },
  // Pagination and filters: twelve stories with the same invented word, one per day.
  ...Array.from({ length: 12 }, (_, i) => ({
    key: `fr-quokka-${i}`,
    locale: 'fr' as const,
    title: `Quokkarium, épisode ${i + 1}`,
    section: i % 2 === 0 ? 'maroc' : 'sport',
    publishedAt: `2026-11-${String(10 + i).padStart(2, '0')}T10:00:00Z`,
  })),
];

const ids = new Map<string, number>();

beforeAll(async () => {
  await seed(db, { now, log: () => undefined });
  await db.delete(articles).where(like(articles.slug, `${PREFIX}%`));
  const sectionRows = await db.select({ id: sections.id, slug: sections.slugFr }).from(sections);
  const sectionId = new Map(sectionRows.map((row) => [row.slug, row.id]));
  const rows = await db
    .insert(articles)
    .values(
      FIXTURES.map((fixture) => ({
        locale: fixture.locale,
        slug: `${PREFIX}${fixture.key}`,
        title: fixture.title,
        summary: fixture.summary ?? '',
        body: fixture.body ?? doc(p('Texte.')),
        sectionId: sectionId.get(fixture.section ?? 'societe')!,
        status: fixture.status ?? ('published' as const),
        publishedAt: new Date(fixture.publishedAt ?? '2026-11-20T09:00:00Z'),
      })),
    )
    .returning({ id: articles.id, slug: articles.slug });
  for (const row of rows) ids.set(row.slug.slice(PREFIX.length), row.id);
  await refreshSearchLexicon(db);
});

afterAll(async () => {
  await db.delete(articles).where(inArray(articles.id, [...ids.values()]));
  await refreshSearchLexicon(db);
  await handle.close();
});

const search = (locale: AppLocale, q: string, extra: Partial<SearchQuery> = {}) =>
  searchArticles(db, { locale, q, page: 1, pageSize: 100, ...extra });
const found = (result: SearchResultDto) => result.items.map((hit) => hit.article.id);
const id = (key: string) => ids.get(key)!;

describe(`search: French (${inject('databaseKind')})`, () => {
  it('folds accents: "economie" finds "économie", and the other way round', async () => {
    expect(found(await search('fr', 'economie zorglubienne'))).toContain(id('fr-economie'));
    expect(found(await search('fr', 'ÉCONOMIE Zorglubienne'))).toContain(id('fr-economie'));
    expect(found(await search('fr', 'zorglubienne économies'))).toContain(id('fr-economie'));
  });

  it('stems: singular finds plural and plural finds singular', async () => {
    expect(found(await search('fr', 'barrage zorglubin'))).toContain(id('fr-barrages'));
    expect(found(await search('fr', 'hôpital zorglubville'))).toContain(id('fr-hopital'));
    expect(found(await search('fr', 'hopitaux'))).toContain(id('fr-hopital'));
  });

  it('ranks a title match above a body match', async () => {
    const result = await search('fr', 'gnafronique');
    expect(found(result).slice(0, 2)).toEqual([id('fr-title'), id('fr-body')]);
    expect(result.items[0]!.rank).toBeGreaterThan(result.items[1]!.rank);
  });

  it('only finds published articles', async () => {
    expect(found(await search('fr', 'brouillon gnafronique'))).toEqual([]);
    expect(found(await search('fr', 'gnafronique'))).not.toContain(id('fr-draft'));
  });

  it('does not mix languages', async () => {
    expect(found(await search('ar', 'gnafronique'))).toEqual([]);
    expect(found(await search('fr', 'الزنبقيات'))).toEqual([]);
  });

  it('marks the matched words in the original spelling, title and excerpt', async () => {
    const [hit] = (await search('fr', 'economie zorglubienne')).items;
    expect(hit!.title.filter((part) => part.match).map((part) => part.text)).toEqual(['économie', 'zorglubienne']);
    expect(hit!.title.map((part) => part.text).join('')).toBe('L’économie zorglubienne accélère au troisième trimestre');

    const [body] = (await search('fr', 'hôpital')).items.filter((item) => item.article.id === id('fr-hopital'));
    const marked = body!.excerpt.flatMap((fragment) => fragment.parts.filter((part) => part.match).map((part) => part.text));
    expect(marked).toContain('hôpitaux');
  });

  it('maps excerpts back onto text full of markup, URLs, e-mails and compound words', async () => {
    const result = await search('fr', 'flibustorama');
    const [hit] = result.items;
    expect(hit?.article.id).toBe(id('fr-markup'));
    const source = `\n${'Voir https://exemple.ma/page?x=1&y=2 ou écrire à redaction@exemple.ma : le flibustorama <b>gras</b> 3,5 % de hausse, a < b > c.'}\nLe flibustorama en questions\nPorte-avions, arc-en-ciel et flibustorama-plus : des mots composés.`;
    expect(hit!.excerpt.length).toBeGreaterThan(0);
    for (const fragment of hit!.excerpt) {
      // Every fragment is a slice of the original text: nothing was rewritten or dropped.
      expect(source).toContain(fragment.parts.map((part) => part.text).join(''));
      expect(fragment.parts.some((part) => part.match && /flibustorama/i.test(part.text))).toBe(true);
    }
    expect(hit!.title.map((part) => part.text).join('')).toBe('Flibustorama : un <script>alert(1)</script> dans le texte');
  });
});

describe(`search: Arabic normalisation (${inject('databaseKind')})`, () => {
  it('finds "المغرب" with or without harakat, in the query or the document', async () => {
    expect(found(await search('ar', 'المغرب الزعفرانيات'))).toContain(id('ar-diacritics'));
    expect(found(await search('ar', 'المَغْرِبُ الزنبقيات'))).toContain(id('ar-plain'));
    const both = found(await search('ar', 'المغرب'));
    expect(both).toEqual(expect.arrayContaining([id('ar-diacritics'), id('ar-plain')]));
  });

  it('folds hamza and alef forms (أ إ آ → ا, ؤ → و, ئ → ي) both ways', async () => {
    for (const q of ['احمد', 'اصلاح', 'افاق', 'موتمر', 'رييس']) {
      expect(found(await search('ar', `${q} الزنجبيليات`)), q).toContain(id('ar-hamza'));
    }
    for (const q of ['أحمد', 'إصلاح', 'آفاق', 'مؤتمر', 'رئيس']) {
      expect(found(await search('ar', `${q} القرنفليات`)), q).toContain(id('ar-plain-hamza'));
    }
  });

  it('folds ta marbuta (ة → ه) and alef maqsura (ى → ي)', async () => {
    expect(found(await search('ar', 'مدرسه البرتقاليات'))).toContain(id('ar-ta-marbuta'));
    expect(found(await search('ar', 'مستشفي الليمونيات'))).toContain(id('ar-alef-maqsura'));
  });

  it('reads "والكلمة" as "و" + "الكلمة", but keeps short words like "والي" whole', async () => {
    expect(found(await search('ar', 'الكمثريات'))).toContain(id('ar-waw'));
    expect(found(await search('ar', 'والمشمشيات'))).toContain(id('ar-waw'));
    expect(found(await search('ar', 'التوتيات'))).toContain(id('ar-waw'));
    const [hit] = (await search('ar', 'الكمثريات')).items.filter((item) => item.article.id === id('ar-waw'));
    expect(hit!.title.filter((part) => part.match).map((part) => part.text)).toEqual(['الكمثريات']);
    expect(found(await search('ar', 'الي الكمثريات'))).not.toContain(id('ar-waw'));
  });

  it('ignores tatweel in documents and queries', async () => {
    expect(found(await search('ar', 'الجميل التفاحيات'))).toContain(id('ar-tatweel'));
    expect(found(await search('ar', 'الجـميل التفـاحيات'))).toContain(id('ar-tatweel'));
  });

  it('highlights the original word, harakat included', async () => {
    const [hit] = (await search('ar', 'المغرب الزعفرانيات')).items;
    expect(hit!.article.id).toBe(id('ar-diacritics'));
    const marked = hit!.title.filter((part) => part.match).map((part) => part.text);
    expect(marked).toContain('المَغْرِبُ');
    expect(hit!.title.map((part) => part.text).join('')).toBe('المَغْرِبُ يُطلق برنامج الزعفرانيات');
  });

  it('folds exactly like the database function', async () => {
    const samples = ['أإآٱٲٳؤئةىی', 'والمغرب والي والدة ووالمغرب (والسياحة) وال', 'ـًٌٍَُِّْٰٕٖٜٟٓٔ', 'المَغْرِبُ، إلى مدرسةٍ', 'Économie “marocaine” – 3,5 %', '😀 <b>x</b>'];
    for (const sample of samples) {
      const { rows } = await db.execute<{ folded: string }>(sql`select public.jarida_search_normalize(${sample}) as folded`);
      expect(normalizeForSearch(sample), sample).toBe(rows[0]!.folded);
    }
  });
});

describe(`search: hostile input (${inject('databaseKind')})`, () => {
  const hostile = [
    `'; drop table articles; --`,
    `"unterminated`,
    `"" '' \`\``,
    `& | ! : * ( ) <-> <2>`,
    `!!!:*&|`,
    `<script>alert(1)</script>`,
    `a & (b | !c) <-> d:*`,
    `-`,
    `or`,
    `\\ \\\\ % _ $1 $$ ?`,
    `NUL\u0000BYTE`,
    `\uE000mark\uE001`,
    `\uD800lone surrogate`,
    'x'.repeat(10_000),
    'مغرب '.repeat(2_000),
    `     `,
  ];

  it('answers every input without an error', async () => {
    for (const q of hostile) {
      for (const locale of ['fr', 'ar'] as const) {
        const result = await search(locale, q);
        expect(Array.isArray(result.items), q.slice(0, 40)).toBe(true);
        expect(result.query.length).toBeLessThanOrEqual(200);
      }
    }
    const { rows } = await db.execute<{ n: number }>(sql`select count(*)::int as n from articles`);
    expect(rows[0]!.n).toBeGreaterThan(0);
  });

  it('reads SQL metacharacters as words', async () => {
    const result = await search('fr', `zorglubienne'; drop table articles; --`);
    expect(result.items.length).toBeGreaterThanOrEqual(0);
    expect(await countMatches(db, { locale: 'fr', q: `économie' or '1'='1` })).toBeGreaterThanOrEqual(0);
  });
});

describe(`search: filters and pagination (${inject('databaseKind')})`, () => {
  it('pages through results without overlap', async () => {
    const pages = await Promise.all([1, 2, 3].map((page) => search('fr', 'quokkarium', { page, pageSize: 5 })));
    expect(pages.map((page) => page.items.length)).toEqual([5, 5, 2]);
    for (const page of pages) expect(page).toMatchObject({ total: 12, pageCount: 3 });
    const all = pages.flatMap(found);
    expect(new Set(all).size).toBe(12);
    const beyond = await search('fr', 'quokkarium', { page: 4, pageSize: 5 });
    expect(beyond).toMatchObject({ items: [], total: 12, pageCount: 3, page: 4 });
  });

  it('filters by section', async () => {
    const result = await search('fr', 'quokkarium', { section: 'sport' });
    expect(result.total).toBe(6);
    for (const hit of result.items) expect(hit.article.section.slug).toBe('sport');
    expect((await search('fr', 'quokkarium', { section: 'inexistante' })).total).toBe(0);
    expect((await search('ar', 'الزعفران', { section: 'اقتصاد' })).items.map((hit) => hit.article.id)).toContain(id('ar-saffron'));
  });

  it('filters by an inclusive range of Moroccan days', async () => {
    const result = await search('fr', 'quokkarium', { from: '2026-11-12', to: '2026-11-14' });
    expect(result.total).toBe(3);
    expect((await search('fr', 'quokkarium', { from: '2026-11-21' })).total).toBe(1);
    expect((await search('fr', 'quokkarium', { to: '2026-11-10' })).total).toBe(1);
  });

  it('orders equal ranks newest first', async () => {
    const result = await search('fr', 'quokkarium');
    const times = result.items.map((hit) => hit.article.publishedAt);
    expect(times).toEqual([...times].sort().reverse());
  });
});

describe(`search: schema (${inject('databaseKind')})`, () => {
  // Whether the planner uses the index depends on table size: scripts/bench-search.ts shows the plan on 10,000 articles.
  it('keeps a stored, generated vector per article with a GIN index on published ones', async () => {
    const { rows: columns } = await db.execute<{ is_generated: string; data_type: string }>(sql`
      select is_generated, data_type from information_schema.columns where table_name = 'articles' and column_name = 'search_vector'`);
    expect(columns[0]).toMatchObject({ is_generated: 'ALWAYS', data_type: 'tsvector' });
    const { rows: indexes } = await db.execute<{ indexdef: string }>(sql`select indexdef from pg_indexes where indexname = 'articles_search_idx'`);
    expect(indexes[0]!.indexdef).toMatch(/USING gin \(search_vector\) WHERE \(status = 'published'/);
  });

  it('recomputes the vector when an article changes', async () => {
    const [before] = await db.execute<{ v: string }>(sql`select search_vector::text as v from articles where id = ${id('fr-barrages')}`).then((r) => r.rows);
    await db.update(articles).set({ title: 'Les barrages zorglubins débordent' }).where(sql`id = ${id('fr-barrages')}`);
    const [after] = await db.execute<{ v: string }>(sql`select search_vector::text as v from articles where id = ${id('fr-barrages')}`).then((r) => r.rows);
    expect(after!.v).not.toBe(before!.v);
    expect(after!.v).toContain('deborde');
    expect(found(await search('fr', 'débordent zorglubins'))).toContain(id('fr-barrages'));
  });
});

describe(`search: section and tag names (${inject('databaseKind')})`, () => {
  it('finds an article by its tags and section, and follows tagging, renames and removal', async () => {
    const [tag] = await db.insert(tags).values({ locale: 'fr', slug: `${PREFIX}tag`, name: 'Zorglubisme' }).returning({ id: tags.id });
    try {
      await db.insert(articleTags).values({ articleId: id('fr-body'), tagId: tag!.id });
      expect(found(await search('fr', 'zorglubisme'))).toEqual([id('fr-body')]);

      await db.update(tags).set({ name: 'Quenouillerie' }).where(eq(tags.id, tag!.id));
      expect(found(await search('fr', 'zorglubisme'))).toEqual([]);
      expect(found(await search('fr', 'quenouillerie'))).toEqual([id('fr-body')]);

      await db.delete(articleTags).where(eq(articleTags.tagId, tag!.id));
      expect(found(await search('fr', 'quenouillerie'))).toEqual([]);
    } finally {
      await db.delete(tags).where(eq(tags.id, tag!.id));
    }

    // Fixtures default to Société: renaming the section reaches its articles.
    const [societe] = await db.select({ id: sections.id, name: sections.nameFr }).from(sections).where(eq(sections.slugFr, 'societe'));
    try {
      await db.update(sections).set({ nameFr: 'Société gnafronesque' }).where(eq(sections.id, societe!.id));
      expect(found(await search('fr', 'gnafronesque'))).toContain(id('fr-hopital'));
    } finally {
      await db.update(sections).set({ nameFr: societe!.name }).where(eq(sections.id, societe!.id));
    }
    expect(found(await search('fr', 'gnafronesque'))).toEqual([]);
    // An article moved to another section is found under the new one's name only.
    await db.update(articles).set({ sectionId: societe!.id }).where(eq(articles.id, id('fr-telecabine')));
    const [row] = await db.execute<{ terms: string }>(sql`select search_terms as terms from articles where id = ${id('fr-telecabine')}`).then((r) => r.rows);
    expect(row!.terms).toBe(societe!.name);
  });

  it('ranks a section match above mentions in the body', async () => {
    // fr-title is filed under Société and never says it; fr-mentions says it three times.
    const result = await search('fr', 'société');
    const ranks = new Map(result.items.map((hit) => [hit.article.id, hit.rank]));
    expect(ranks.get(id('fr-mentions'))).toBeGreaterThan(0);
    expect(ranks.get(id('fr-title'))).toBeGreaterThan(ranks.get(id('fr-mentions'))!);
  });
});

describe(`search: "did you mean" (${inject('databaseKind')})`, () => {
  it('suggests the nearest title word when a query finds nothing', async () => {
    const result = await search('fr', 'telecabinne');
    expect(result.total).toBe(0);
    expect(result.suggestion).toBe('télécabine');
    expect(found(await search('fr', result.suggestion!))).toContain(id('fr-telecabine'));
  });

  it('works in Arabic and keeps the words it knows', async () => {
    // A typo the stemmer does not rescue (الزعفرن would stem like الزعفران and already match).
    const result = await search('ar', 'تعاونيات الزعقران');
    expect(result.suggestion).toBe('تعاونيات الزعفران');
  });

  it('says nothing when the query already finds enough, or when nothing is close', async () => {
    expect((await search('fr', 'quokkarium')).suggestion).toBeNull();
    expect((await search('fr', 'xqzwvkj')).suggestion).toBeNull();
  });
});
