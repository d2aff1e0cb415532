import 'server-only';
import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { sections } from '@/db/schema';
import type { AppLocale } from '@/lib/i18n/routing';
import { createJobTrigger, type PeriodicJob } from '@/lib/scheduler/jobs';
import {
  alignHeadline,
  cleanSearchText,
  foldForHeadline,
  FRAGMENT_DELIMITER,
  HIGHLIGHT_START,
  HIGHLIGHT_STOP,
  type HighlightPart,
} from '@/lib/search/normalize';
import { MAX_QUERY_LENGTH, SEARCH_PAGE_SIZE } from '@/lib/search/params';
import { scriptLocale } from '@/lib/search/script';
import { bestCandidate } from '@/lib/search/suggest';
import type { OtherLanguageDto, SearchHitDto, SearchResultDto } from '@/lib/search/types';
import { fromMoroccoLocal } from '@/lib/time/legal-time';
import { toCard, type CardRow } from './reader-queries';

/*
 * Full-text search over published articles. Documents carry a stored, weighted tsvector
 * (articles.search_vector, migrations 0003 and 0006): title A, section and tag names B, summary B,
 * body C. Queries go through websearch_to_tsquery, which accepts any input without a syntax
 * error, after the same normalisation as the documents.
 */

export interface SearchQuery {
  locale: AppLocale;
  q: string;
  /** Section slug in the query's locale. */
  section?: string;
  /** Moroccan calendar days (YYYY-MM-DD), inclusive. */
  from?: string;
  to?: string;
  page: number;
  pageSize?: number;
  /** Look for a "did you mean" when the query finds little (default true). */
  suggest?: boolean;
  /** Also search the other language when the query is in its script (default true). */
  otherLanguage?: boolean;
}

/** Below this many results a suggestion is looked for. */
const SUGGEST_BELOW = 3;
/** Results from the other language shown beside a query typed in its script. */
const OTHER_LANGUAGE_SIZE = 5;
/**
 * Rank: which part of the article holds the whole query comes first (title 2, section, tags or
 * summary 1, body only 0), then cover density within that tier (ts_rank_cd with normalisation
 * 1|32: divided by 1 + log(length), then mapped into [0, 1)). A story filed under Économie thus
 * outranks one that says "économie" five times in passing, whatever their lengths. The tier is
 * read from search_head (title, section, tags and summary only), small enough to stay inline.
 */
const RANK = sql.raw(`
  case when ts_filter(a.search_head, '{a}') @@ query then 2
       when a.search_head @@ query then 1
       else 0 end + ts_rank_cd(a.search_vector, query, 1 | 32)`);
/** ts_headline reads at most this much of summary + body per result. */
const EXCERPT_SOURCE_CHARS = 20_000;

const TITLE_OPTIONS = `HighlightAll=true, StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}`;
const EXCERPT_OPTIONS =
  `MaxFragments=2, MaxWords=24, MinWords=10, ShortWord=2, ` +
  `StartSel=${HIGHLIGHT_START}, StopSel=${HIGHLIGHT_STOP}, FragmentDelimiter=${FRAGMENT_DELIMITER}`;

function tsQuery(locale: AppLocale, q: string): SQL {
  return sql`websearch_to_tsquery(public.jarida_search_config(${locale}::locale), public.jarida_search_normalize(${q}::text))`;
}

function dayStart(key: string, plusDays = 0): Date {
  const [y, m, d] = key.split('-').map(Number) as [number, number, number];
  return fromMoroccoLocal(y, m, d + plusDays);
}

/** The WHERE clause shared by the result page, the count and the suggestion check. */
function matchConditions(query: Pick<SearchQuery, 'locale' | 'section' | 'from' | 'to'>, tsquery: SQL): SQL {
  const conditions: SQL[] = [sql`a.status = 'published'`, sql`a.locale = ${query.locale}::locale`, sql`a.search_vector @@ ${tsquery}`];
  if (query.section) {
    const slug = query.locale === 'fr' ? sections.slugFr : sections.slugAr;
    conditions.push(sql`a.section_id = (select ${sections.id} from ${sections} where ${slug} = ${query.section})`);
  }
  if (query.from) conditions.push(sql`a.published_at >= ${dayStart(query.from).toISOString()}::timestamptz`);
  if (query.to) conditions.push(sql`a.published_at < ${dayStart(query.to, 1).toISOString()}::timestamptz`);
  return sql.join(conditions, sql` and `);
}

function cleanQuery(q: string): string {
  return cleanSearchText(q).slice(0, MAX_QUERY_LENGTH);
}

export async function countMatches(db: Database, query: Omit<SearchQuery, 'page'>): Promise<number> {
  const q = cleanQuery(query.q);
  if (!q) return 0;
  const { rows } = await db.execute<{ total: number }>(sql`
    select count(*)::int as total from articles a where ${matchConditions(query, tsQuery(query.locale, q))}`);
  return rows[0]?.total ?? 0;
}

type HitRow = CardRow & { total: number; rank: number; excerptSource: string };

export async function searchArticles(db: Database, query: SearchQuery): Promise<SearchResultDto> {
  const q = cleanQuery(query.q);
  const pageSize = query.pageSize ?? SEARCH_PAGE_SIZE;
  const page = Number.isInteger(query.page) && query.page > 0 ? query.page : 1;
  const empty: SearchResultDto = { query: q, locale: query.locale, items: [], page, pageCount: 1, total: 0, suggestion: null, otherLanguage: null };
  if (!q) return empty;

  const tsquery = tsQuery(query.locale, q);
  // Rank every match (the order needs it), but join and read text for one page only.
  const { rows } = await db.execute<HitRow>(sql`
    with ranked as (
      select a.id, a.published_at, ${RANK} as rank
      from articles a, ${tsquery} as query
      where ${matchConditions(query, sql`query`)}
    ),
    page as (
      select id, published_at, rank, count(*) over () as total
      from ranked
      order by rank desc, published_at desc, id desc
      limit ${pageSize} offset ${(page - 1) * pageSize}
    )
    select page.total::int as total, page.rank::float8 as rank,
      a.id, a.locale, a.slug, a.title, a.summary, a.published_at as "publishedAt", a.cover_alt as "coverAlt",
      s.slug_fr as "sectionSlugFr", s.slug_ar as "sectionSlugAr", s.name_fr as "sectionNameFr", s.name_ar as "sectionNameAr",
      m.storage_key as "coverKey", m.width as "coverWidth", m.height as "coverHeight", m.blur_data_url as "coverBlur", m.variants as "coverVariants",
      left(a.summary || E'\n' || public.jarida_rich_text(a.body), ${EXCERPT_SOURCE_CHARS}) as "excerptSource"
    from page
    join articles a on a.id = page.id
    join sections s on s.id = a.section_id
    left join media m on m.id = a.cover_id
    order by page.rank desc, page.published_at desc, page.id desc`);

  const total = rows[0]?.total ?? (page > 1 ? await countMatches(db, { ...query, q }) : 0);
  const pageCount = Math.max(1, Math.ceil(total / pageSize));
  const items = rows.length ? await highlight(db, query.locale, q, rows) : [];
  const suggestion =
    query.suggest !== false && page === 1 && total < SUGGEST_BELOW ? await suggestQuery(db, { ...query, q }, total) : null;
  const otherLanguage = query.otherLanguage !== false && page === 1 ? await searchOtherLanguage(db, { ...query, q }) : null;
  return { query: q, locale: query.locale, items, page, pageCount, total, suggestion, otherLanguage };
}

/**
 * A query in the other language's script ("اقتصاد" on the French search, "football" on the
 * Arabic one) is also run on that language's articles: its first results, for the page to show
 * apart with links to their own pages. Sections are per language, so only the dates carry over.
 */
async function searchOtherLanguage(db: Database, query: SearchQuery): Promise<OtherLanguageDto | null> {
  const other = scriptLocale(query.q);
  if (!other || other === query.locale) return null;
  const result = await searchArticles(db, {
    locale: other,
    q: query.q,
    from: query.from,
    to: query.to,
    page: 1,
    pageSize: OTHER_LANGUAGE_SIZE,
    suggest: false,
    otherLanguage: false,
  });
  return result.total > 0 ? { locale: other, total: result.total, items: result.items } : null;
}

/**
 * Highlights are computed on folded text (what the query matches) and mapped back onto the
 * original, so readers see their own spelling with the matched words marked.
 */
async function highlight(db: Database, locale: AppLocale, q: string, rows: HitRow[]): Promise<SearchHitDto[]> {
  const titles = rows.map((row) => foldForHeadline(row.title));
  const bodies = rows.map((row) => foldForHeadline(row.excerptSource));
  const { rows: marked } = await db.execute<{ n: number; title: string; excerpt: string }>(sql`
    select x.n::int as n,
      ts_headline(public.jarida_search_config(${locale}::locale), x.title, query, ${TITLE_OPTIONS}) as title,
      ts_headline(public.jarida_search_config(${locale}::locale), x.body, query, ${EXCERPT_OPTIONS}) as excerpt
    from unnest(${sql.param(titles.map((t) => t.folded))}::text[], ${sql.param(bodies.map((b) => b.folded))}::text[])
      with ordinality as x(title, body, n),
      ${tsQuery(locale, q)} as query`);
  const byIndex = new Map(marked.map((row) => [row.n - 1, row]));
  return rows.map((row, index) => {
    const headline = byIndex.get(index);
    const title = headline ? alignHeadline(headline.title, titles[index]!)[0]?.parts : undefined;
    return {
      article: toCard(row),
      title: title?.length ? title : [{ text: row.title, match: false }],
      excerpt: headline ? alignHeadline(headline.excerpt, bodies[index]!) : [],
      rank: row.rank,
    };
  });
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
/** Lexicon words looked at per query word, by trigram distance and by skeleton each. */
const SUGGEST_CANDIDATES = 20;

/**
 * "Did you mean": each query word missing from the lexicon (words of published titles, headings,
 * section and tag names) is replaced by the lexicon word it most likely stands for
 * (lib/search/suggest.ts weighs the typing and how common the word is); candidates are the
 * nearest words by trigrams and those with the same skeleton (migration 0006). The result is
 * offered only if it finds more articles than the reader's query.
 */
export async function suggestQuery(db: Database, query: Omit<SearchQuery, 'page'>, currentTotal: number): Promise<string | null> {
  const q = cleanQuery(query.q);
  const words = [...q.matchAll(WORD)]
    .filter((match) => match[0].length >= 3 && match[0].length <= 40 && !/\d/.test(match[0]) && match[0].toLowerCase() !== 'or')
    .slice(0, 8);
  if (!words.length) return null;
  const { rows } = await db.execute<{ n: number; typed: string; word: string | null; key: string | null; articles: number | null }>(sql`
    with w as (
      select n, public.jarida_search_key(word) as typed
      from unnest(${sql.param(words.map((word) => word[0]))}::text[]) with ordinality as u(word, n)
    )
    select w.n::int as n, w.typed, l.word, l.key, l.articles
    from w
    left join lateral (
      (select word, key, articles from search_lexicon
       where locale = ${query.locale}::locale
       order by key <-> w.typed
       limit ${SUGGEST_CANDIDATES})
      union
      (select word, key, articles from search_lexicon
       where locale = ${query.locale}::locale and skeleton = public.jarida_search_skeleton(w.typed)
       order by articles desc, key
       limit ${SUGGEST_CANDIDATES})
    ) l on true`);

  const replacements = new Map<number, string>();
  for (const [index] of words.entries()) {
    const own = rows.filter((row) => row.n === index + 1);
    const candidates = own.flatMap((row) => (row.word !== null && row.key !== null ? [{ word: row.word, key: row.key, articles: row.articles ?? 0 }] : []));
    const best = own[0] ? bestCandidate(own[0].typed, candidates) : null;
    if (best) replacements.set(index, best.word);
  }
  if (!replacements.size) return null;

  let suggestion = '';
  let last = 0;
  words.forEach((match, index) => {
    const start = match.index ?? 0;
    suggestion += q.slice(last, start) + (replacements.get(index) ?? match[0]);
    last = start + match[0].length;
  });
  suggestion += q.slice(last);
  if (suggestion.toLowerCase() === q.toLowerCase()) return null;
  const found = await countMatches(db, { ...query, q: suggestion });
  return found > currentTotal ? suggestion : null;
}

/** Rebuilds the "did you mean" lexicon; readers are not blocked while it runs. */
export async function refreshSearchLexicon(db: Database): Promise<void> {
  await db.execute(sql`refresh materialized view concurrently search_lexicon`);
}

/**
 * A refresh holds the view's lock for its whole run: N instances each refreshing on their own
 * would queue N refreshes one after another. One claim per interval across them instead.
 */
export const SEARCH_LEXICON_JOB: PeriodicJob = { name: 'search-lexicon', intervalMs: 10 * 60_000 };

/** One process's lexicon refresher, to call on every search (lib/scheduler/jobs.ts). */
export function createLexiconTrigger() {
  return createJobTrigger(SEARCH_LEXICON_JOB, refreshSearchLexicon);
}

export type { HighlightPart };
