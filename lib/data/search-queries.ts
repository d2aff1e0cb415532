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
import type { SearchHitDto, SearchResultDto } from '@/lib/search/types';
import { fromMoroccoLocal } from '@/lib/time/legal-time';
import { toCard, type CardRow } from './reader-queries';

/*
 * Full-text search over published articles. Documents carry a stored, weighted tsvector
 * (articles.search_vector, migration 0003); queries go through websearch_to_tsquery, which
 * accepts any input without a syntax error, after the same normalisation as the documents.
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
}

/** Below this many results a suggestion is looked for. */
const SUGGEST_BELOW = 3;
/** Trigram similarity a lexicon word needs to replace a query word. */
const SUGGEST_MIN_SIMILARITY = 0.3;
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
  const empty: SearchResultDto = { query: q, locale: query.locale, items: [], page, pageCount: 1, total: 0, suggestion: null };
  if (!q) return empty;

  const tsquery = tsQuery(query.locale, q);
  // Rank every match (the order needs it), but join and read text for one page only.
  const { rows } = await db.execute<HitRow>(sql`
    with ranked as (
      select a.id, a.published_at, ts_rank_cd(a.search_vector, query, 1) as rank
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
      m.storage_key as "coverKey", m.width as "coverWidth", m.height as "coverHeight", m.blur_data_url as "coverBlur",
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
  return { query: q, locale: query.locale, items, page, pageCount, total, suggestion };
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

/**
 * "Did you mean": each query word missing from the lexicon (words of published titles and
 * headings) is replaced by its nearest lexicon word by trigram distance; the result is offered
 * only if it finds more articles than the reader's query.
 */
export async function suggestQuery(db: Database, query: Omit<SearchQuery, 'page'>, currentTotal: number): Promise<string | null> {
  const q = cleanQuery(query.q);
  const words = [...q.matchAll(WORD)]
    .filter((match) => match[0].length >= 3 && match[0].length <= 40 && !/\d/.test(match[0]) && match[0].toLowerCase() !== 'or')
    .slice(0, 8);
  if (!words.length) return null;
  const { rows } = await db.execute<{ n: number; candidate: string | null; exact: boolean; similarity: number; articles: number }>(sql`
    select w.n::int as n, l.word as candidate, l.key = public.jarida_search_key(w.word) as exact,
           similarity(l.key, public.jarida_search_key(w.word))::float8 as similarity, l.articles
    from unnest(${sql.param(words.map((word) => word[0]))}::text[]) with ordinality as w(word, n)
    left join lateral (
      select word, key, articles from search_lexicon
      where locale = ${query.locale}::locale
      order by key <-> public.jarida_search_key(w.word)
      limit 3
    ) l on true`);

  const replacements = new Map<number, string>();
  for (const [index] of words.entries()) {
    const candidates = rows.filter((row) => row.n === index + 1 && row.candidate !== null);
    if (!candidates.length || candidates.some((row) => row.exact)) continue;
    const best = candidates
      .filter((row) => row.similarity >= SUGGEST_MIN_SIMILARITY)
      .sort((a, b) => b.similarity - a.similarity || b.articles - a.articles)[0];
    if (best?.candidate) replacements.set(index, best.candidate);
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
