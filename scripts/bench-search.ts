/**
 * `npm run bench:search`: search latency on 10,000 extra articles, through the same data-layer
 * function the page and the API use. Creates a throwaway database on the local PostgreSQL server
 * (BENCH_DATABASE_URL, default postgres://postgres@127.0.0.1:5432/postgres), migrates, loads the
 * demo content and the bulk articles, runs 200 varied queries in French and Arabic (after a
 * warm-up) and prints p50/p95. The database is dropped at the end.
 * Options: --count N (default 10000), --queries N (default 200), --keep (do not drop).
 */
import { createDb } from '../db/client';
import { runMigrations } from '../db/migrate';
import { seed } from '../demo/seed';
import { seedBulk } from '../demo/seed-bulk';
import { AR, FR } from '../demo/seed-data/bulk-vocabulary';
import { searchArticles, type SearchQuery } from '../lib/data/search-queries';
import { createServerDatabase } from '../tests/support/server-database';

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index !== -1 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const articleCount = Number(argument('count', '10000'));
const queryCount = Number(argument('queries', '200'));
const keep = process.argv.includes('--keep');

/** Deterministic picks so that two runs time the same queries. */
function picker(seedValue: number) {
  let state = seedValue;
  const next = () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 2_147_483_648;
  };
  return <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
}

const typo = (word: string) => (word.length > 4 ? word.slice(0, 2) + word[3] + word[2] + word.slice(4) : `${word}x`);
const HARAKAT = ['\u064E', '\u064F', '\u0650', '\u0652'];

function buildQueries(sectionSlugs: { fr: string[]; ar: string[] }): SearchQuery[] {
  const pick = picker(2026);
  const queries: SearchQuery[] = [];
  for (let i = 0; i < queryCount; i++) {
    const locale = i % 2 === 0 ? 'fr' : 'ar';
    const v = locale === 'fr' ? FR : AR;
    const bare = (w: string) => w.replace(/^(l’|le |la |les |ال)/, '');
    let q: string;
    switch (i % 10) {
      case 0: // one common word
      case 1:
        q = bare(pick(v.nouns));
        break;
      case 2: // two words
        q = `${bare(pick(v.nouns))} ${pick(v.places)}`;
        break;
      case 3: // three words
        q = `${pick(v.nouns)} ${pick(v.adjectives)} ${pick(v.places)}`;
        break;
      case 4: // a title topic
        q = pick(v.topics);
        break;
      case 5: // quoted phrase
        q = `"${pick(v.subjects)} ${pick(v.verbs)}"`;
        break;
      case 6: // exclusion
        q = `${bare(pick(v.nouns))} -${bare(pick(v.nouns))}`;
        break;
      case 7: // typo: no or few results, "did you mean" runs
        q = typo(bare(pick(v.topics)));
        break;
      case 8: // accentless French, or Arabic with harakat
        q =
          locale === 'fr'
            ? pick(v.nouns).normalize('NFD').replace(/\p{M}/gu, '')
            : [...pick(v.nouns)].map((c, j) => (j % 2 ? c + pick(HARAKAT) : c)).join('');
        break;
      default: // a rare place name
        q = pick(v.places);
    }
    const query: SearchQuery = { locale, q, page: 1 };
    if (i % 5 === 1) query.section = pick(sectionSlugs[locale]);
    if (i % 7 === 2) {
      query.from = '2025-06-01';
      query.to = '2026-03-31';
    }
    if (i % 9 === 4) query.page = 2;
    queries.push(query);
  }
  return queries;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index]!;
}

function summary(label: string, timings: number[]): string {
  const sorted = [...timings].sort((a, b) => a - b);
  const mean = sorted.reduce((s, t) => s + t, 0) / (sorted.length || 1);
  return `${label.padEnd(8)} n=${String(sorted.length).padStart(3)}  p50 ${percentile(sorted, 50).toFixed(1)} ms  p95 ${percentile(sorted, 95).toFixed(1)} ms  p99 ${percentile(sorted, 99).toFixed(1)} ms  max ${sorted[sorted.length - 1]?.toFixed(1)} ms  mean ${mean.toFixed(1)} ms`;
}

async function main() {
  const database = await createServerDatabase(adminUrl, 'bench');
  const url = new URL(database.url);
  console.log(`[bench] database ${database.name} on ${url.host}`);
  const handle = createDb(database.url, { max: 4 });
  try {
    let started = performance.now();
    await runMigrations(url.toString());
    await seed(handle.db);
    console.log(`[bench] migrated and seeded the demo content in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    started = performance.now();
    await seedBulk(handle.db, { count: articleCount, log: (m) => process.stdout.write(`\r${m}   `) });
    await handle.pool.query('vacuum analyze articles');
    console.log(`\n[bench] ${articleCount} articles inserted and indexed in ${((performance.now() - started) / 1000).toFixed(1)} s`);

    const { rows: stats } = await handle.pool.query<{ published: number; size: string; index: string }>(
      `select count(*) filter (where status = 'published')::int as published,
              pg_size_pretty(pg_total_relation_size('articles')) as size,
              pg_size_pretty(pg_relation_size('articles_search_idx')) as index
       from articles`,
    );
    console.log(`[bench] ${stats[0]!.published} published articles, table ${stats[0]!.size}, GIN index ${stats[0]!.index}`);

    const { rows: plan } = await handle.pool.query<{ 'QUERY PLAN': string }>(
      `explain select id from articles a
       where a.status = 'published' and a.locale = 'fr'
         and a.search_vector @@ websearch_to_tsquery(public.jarida_search_config('fr'), public.jarida_search_normalize('dessalement'))`,
    );
    const scans = plan.map((row) => row['QUERY PLAN'].trim()).filter((line) => /Scan/.test(line));
    console.log(`[bench] plan for one word: ${scans.map((line) => line.replace(/\s+\(cost.*$/, '')).join(' <- ')}`);

    const { rows: sectionRows } = await handle.pool.query<{ slug_fr: string; slug_ar: string }>('select slug_fr, slug_ar from sections');
    const queries = buildQueries({ fr: sectionRows.map((r) => r.slug_fr), ar: sectionRows.map((r) => r.slug_ar) });

    // Warm-up: fills shared buffers and plan caches as a running site would have them.
    for (const query of queries.slice(0, 20)) await searchArticles(handle.db, query);

    const timings: { locale: string; ms: number; total: number; suggestion: boolean }[] = [];
    for (const query of queries) {
      const t0 = performance.now();
      const result = await searchArticles(handle.db, query);
      timings.push({ locale: query.locale, ms: performance.now() - t0, total: result.total, suggestion: result.suggestion !== null });
    }
    const totals = timings.map((t) => t.total).sort((a, b) => a - b);
    console.log(`\n[bench] ${timings.length} queries, sequential, searchArticles() incl. ranking, highlights and suggestions`);
    console.log(`[bench] matches per query: median ${percentile(totals, 50)}, p95 ${percentile(totals, 95)}, max ${totals[totals.length - 1]}; zero results: ${totals.filter((t) => t === 0).length}; suggestions offered: ${timings.filter((t) => t.suggestion).length}`);
    console.log(summary('all', timings.map((t) => t.ms)));
    console.log(summary('fr', timings.filter((t) => t.locale === 'fr').map((t) => t.ms)));
    console.log(summary('ar', timings.filter((t) => t.locale === 'ar').map((t) => t.ms)));
  } finally {
    await handle.close();
    if (keep) {
      console.log(`[bench] kept ${url.toString()}`);
    } else {
      await database.drop();
      console.log(`[bench] dropped ${database.name}`);
    }
  }
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
