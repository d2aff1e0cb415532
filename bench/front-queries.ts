/**
 * The front page's data functions, run straight against the bench database (no Next, no cache):
 * how many queries one cold render issues, p95 of each over N runs, and whether each plan avoids a
 * sequential scan of `articles`.
 */
import type pg from 'pg';
import type { DbHandle } from '../db/client';
import { getSiteChrome } from '../lib/data/chrome-queries';
import { getFrontPage } from '../lib/data/reader-queries';
import { listMostRead } from '../lib/data/views-queries';

type Call = { label: string; run: (handle: DbHandle) => Promise<unknown> };

/** What `/fr` calls when nothing is cached: page content, the chrome around it (menu, name, ticker, ads), most read. */
const FRONT_CALLS: Call[] = [
  { label: 'getFrontPage', run: (h) => getFrontPage(h.db, 'fr') },
  { label: 'getSiteChrome', run: (h) => getSiteChrome(h.db, 'fr', new Date()) },
  { label: 'listMostRead', run: (h) => listMostRead(h.db, 'fr') },
];
/** The page's own content (the budgeted part): the front page query. */
const CONTENT_CALLS = new Set(['getFrontPage']);

interface Captured {
  text: string;
  values: unknown[];
  ms: number;
}

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Wraps pool.query so that every statement is recorded with its duration (the integration tests count with it too). */
export function instrument(pool: pg.Pool) {
  const original = pool.query.bind(pool) as (...args: unknown[]) => Promise<unknown>;
  let sink: Captured[] | null = null;
  (pool as unknown as { query: (...args: unknown[]) => Promise<unknown> }).query = async (...args: unknown[]) => {
    const first = args[0] as string | { text: string; values?: unknown[] };
    const text = typeof first === 'string' ? first : first.text;
    const values = (typeof first === 'string' ? undefined : first.values) ?? (args[1] as unknown[] | undefined) ?? [];
    const started = performance.now();
    try {
      return await original(...args);
    } finally {
      sink?.push({ text, values, ms: performance.now() - started });
    }
  };
  return {
    record: async (run: () => Promise<unknown>) => {
      const captured: Captured[] = [];
      sink = captured;
      try {
        await run();
      } finally {
        sink = null;
      }
      return captured;
    },
    restore: () => {
      (pool as unknown as { query: unknown }).query = original;
    },
  };
}

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Index Name'?: string;
  Plans?: PlanNode[];
}

function scans(node: PlanNode, out: string[] = []): string[] {
  if (/Scan/.test(node['Node Type'])) {
    out.push(`${node['Node Type']}${node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}${node['Index Name'] ? ` (${node['Index Name']})` : ''}`);
  }
  for (const child of node.Plans ?? []) scans(child, out);
  return out;
}

export interface FrontQueryReport {
  function: string;
  index: number;
  sql: string;
  p50Ms: number;
  p95Ms: number;
  scans: string[];
  seqScanOnArticles: boolean;
}

export async function measureFrontQueries(handle: DbHandle, runs = 200) {
  const probe = instrument(handle.pool);
  try {
    // One cold pass per function: the statements it issues.
    const perCall: { label: string; statements: Captured[] }[] = [];
    for (const call of FRONT_CALLS) perCall.push({ label: call.label, statements: await probe.record(() => call.run(handle)) });

    // Timings: N sequential passes over all functions, keyed by (function, statement index).
    const timings = new Map<string, number[]>();
    for (let i = 0; i < runs; i++) {
      for (const call of FRONT_CALLS) {
        const statements = await probe.record(() => call.run(handle));
        statements.forEach((s, index) => {
          const key = `${call.label}#${index}`;
          const list = timings.get(key) ?? [];
          list.push(s.ms);
          timings.set(key, list);
        });
      }
    }

    const queries: FrontQueryReport[] = [];
    for (const { label, statements } of perCall) {
      for (const [index, statement] of statements.entries()) {
        const { rows } = await handle.pool.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (format json) ${statement.text}`, statement.values);
        const found = scans(rows[0]!['QUERY PLAN'][0].Plan);
        const sorted = [...(timings.get(`${label}#${index}`) ?? [])].sort((a, b) => a - b);
        queries.push({
          function: label,
          index,
          sql: statement.text.replace(/\s+/g, ' ').slice(0, 200),
          p50Ms: percentile(sorted, 50),
          p95Ms: percentile(sorted, 95),
          scans: found,
          seqScanOnArticles: found.some((s) => s.startsWith('Seq Scan on articles')),
        });
      }
    }
    const contentQueries = queries.filter((q) => CONTENT_CALLS.has(q.function)).length;
    return {
      runs,
      totalQueries: queries.length,
      contentQueries,
      contentFunctions: [...CONTENT_CALLS],
      perFunction: Object.fromEntries(perCall.map((c) => [c.label, c.statements.length])),
      maxP95Ms: Math.max(...queries.map((q) => q.p95Ms)),
      anySeqScanOnArticles: queries.some((q) => q.seqScanOnArticles),
      queries,
    };
  } finally {
    probe.restore();
  }
}
