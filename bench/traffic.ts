/**
 * The bench's traffic-like measurements (issue 13), run by bench/run.ts against its `next start`:
 * a long tail of articles drawn from a Zipf law (s = 1), the same right after a restart, the
 * first request to an article some minutes after its render, and the CPU cost of a cold render.
 * Renders are counted from Next's `x-nextjs-cache` response header: MISS and REVALIDATED mean the
 * request waited for a render, STALE that it got the old page while a render ran behind it, HIT
 * that it was served from the cache.
 */
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import http from 'node:http';
import { prng } from './prng.mjs';

export type CacheCounts = Record<string, number>;

/** Values of x-nextjs-cache that mean the request itself waited for a render. */
const RENDERED = ['MISS', 'REVALIDATED'];

export function renderedCount(cache: CacheCounts): number {
  return RENDERED.reduce((sum, value) => sum + (cache[value] ?? 0), 0);
}

export function renderedShare(cache: CacheCounts): number {
  const total = Object.values(cache).reduce((sum, n) => sum + n, 0);
  return total ? renderedCount(cache) / total : NaN;
}

export function formatCache(cache: CacheCounts): string {
  const entries = Object.entries(cache).sort((a, b) => b[1] - a[1]);
  return entries.length ? entries.map(([value, n]) => `${value} ${n}`).join(', ') : 'no response';
}

/** P(rank i) for Zipf s = 1 over n items, i = 0 … n-1: the law bench/load.mjs draws from. */
function zipfProbabilities(n: number): Float64Array {
  let harmonic = 0;
  for (let i = 1; i <= n; i++) harmonic += 1 / i;
  const p = new Float64Array(n);
  for (let i = 0; i < n; i++) p[i] = 1 / ((i + 1) * harmonic);
  return p;
}

/**
 * Expected share of requests that ask for an item none of `warmup` earlier requests asked for:
 * Σ p_i (1 − p_i)^W. Each such request is a render the cache could not have saved.
 */
export function expectedUnseenShare(n: number, warmup: number): number {
  let share = 0;
  for (const p of zipfProbabilities(n)) share += p * Math.pow(1 - p, warmup);
  return share;
}

/** Expected number of distinct items in `requests` draws: the renders a warm-up of that size costs. */
export function expectedDistinct(n: number, requests: number): number {
  let distinct = 0;
  for (const p of zipfProbabilities(n)) distinct += 1 - Math.pow(1 - p, requests);
  return distinct;
}

/** The smallest warm-up, in thousands of requests, whose expected unseen share is at most `target`. */
export function warmupFor(n: number, target: number): number {
  let low = 1;
  let high = 1;
  while (expectedUnseenShare(n, high * 1000) > target) high *= 2;
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    if (expectedUnseenShare(n, middle * 1000) > target) low = middle + 1;
    else high = middle;
  }
  return high * 1000;
}


/**
 * Popularity ranks for `items` (given in a stable order, such as seed-bulk's sequence numbers):
 * a seeded shuffle, so each run's most read article is the same n-th generated one, whatever the
 * ids, dates or slugs of that run.
 */
export function rankOrder<T>(items: readonly T[], seed: number): T[] {
  const random = prng(seed);
  const order = [...items];
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return order;
}

let clockTicks: number | null = null;

/** utime + stime of one process, all its threads, in ms (/proc/<pid>/stat counts clock ticks). */
export function processCpuMs(pid: number): number {
  clockTicks ??= Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  // Fields after the command name, which may itself contain spaces: state is field 3, utime 14, stime 15.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / clockTicks;
}

export interface Answer {
  status: number;
  ms: number;
  cache: string;
  bytes: number;
}

/** One GET on a fresh connection, timed to the last byte; the cache header as Next sent it. */
export function timedGet(url: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    http
      .get(url, { headers: { accept: 'text/html' }, agent: false }, (response) => {
        let bytes = 0;
        response.on('data', (chunk: Buffer) => (bytes += chunk.length));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            ms: performance.now() - started,
            cache: String(response.headers['x-nextjs-cache'] ?? 'none'),
            bytes,
          }),
        );
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export interface ColdRenderResult {
  articles: number;
  renders: number;
  cache: CacheCounts;
  cpuMs: number;
  cpuMsPerRender: number;
  idleCpuMsPerSecond: number;
  idleCpuMsEachSecond: number[];
  medianMs: number;
  p90Ms: number;
  wallSeconds: number;
  non200: number;
}

/**
 * Never-requested articles one after another on one connection: the server's CPU time over the
 * renders counted. Sequential, so the figure is the render itself, not queueing; the idle rate
 * (the scheduler's tick every 15 s, ~20 ms) is measured first and reported, not subtracted: it is
 * noise next to a render.
 */
export async function measureColdRenders(origin: string, paths: string[], pid: number): Promise<ColdRenderResult> {
  // Garbage collection after the previous load run takes ~75 ms/s of CPU for a second or two.
  await sleep(3_000);
  const idleSamples = [processCpuMs(pid)];
  for (let i = 0; i < 3; i++) {
    await sleep(1_000);
    idleSamples.push(processCpuMs(pid));
  }
  const idleCpuMsPerSecond = (idleSamples.at(-1)! - idleSamples[0]!) / 3;
  const cache: CacheCounts = {};
  const times: number[] = [];
  let non200 = 0;
  const cpuStart = processCpuMs(pid);
  const wallStart = performance.now();
  for (const pagePath of paths) {
    const answer = await timedGet(origin + pagePath);
    times.push(answer.ms);
    cache[answer.cache] = (cache[answer.cache] ?? 0) + 1;
    if (answer.status !== 200) non200++;
  }
  // A render's cache write may finish just after its response.
  await sleep(300);
  const cpuMs = processCpuMs(pid) - cpuStart;
  const renders = renderedCount(cache);
  const sorted = [...times].sort((a, b) => a - b);
  return {
    articles: paths.length,
    renders,
    cache,
    cpuMs,
    cpuMsPerRender: renders ? cpuMs / renders : NaN,
    idleCpuMsPerSecond,
    idleCpuMsEachSecond: idleSamples.slice(1).map((v, i) => v - idleSamples[i]!),
    medianMs: median(times),
    p90Ms: sorted[Math.floor(sorted.length * 0.9)] ?? NaN,
    wallSeconds: (performance.now() - wallStart) / 1000,
    non200,
  };
}

export interface StaleProbeArticle {
  path: string;
  first: Answer;
  /** Seconds between the end of the first render and the later request. */
  ageSeconds?: number;
  later?: Answer;
  again?: Answer;
}

export interface StaleProbeResult {
  afterSeconds: number;
  againAfterSeconds: number;
  acrossRestart: boolean;
  articles: StaleProbeArticle[];
  worstMs: number;
  medianMs: number;
  laterCache: CacheCounts;
  againCache: CacheCounts;
  /** Second requests that got a fresh entry (HIT): a render newer than the old page happened. */
  refreshed: number;
}

/**
 * Articles rendered once early in the bench and asked for again `afterSeconds` later: what the
 * first reader of a story past its revalidate time waits. The rendered bytes carry no render time,
 * so the header tells whether a newer render happened: a HIT on the request a few seconds later can
 * only come from a render after the first one, whose entry was past its revalidate time.
 */
export class StaleProbe {
  private readonly articles: StaleProbeArticle[] = [];
  private renderedAt = 0;

  constructor(
    private readonly paths: string[],
    readonly afterSeconds: number,
    private readonly againAfterSeconds = 5,
  ) {}

  async render(origin: string): Promise<CacheCounts> {
    const cache: CacheCounts = {};
    for (const pagePath of this.paths) {
      const first = await timedGet(origin + pagePath);
      if (first.status !== 200) throw new Error(`stale probe: ${pagePath} answered ${first.status}`);
      this.articles.push({ path: pagePath, first });
      cache[first.cache] = (cache[first.cache] ?? 0) + 1;
    }
    this.renderedAt = performance.now();
    return cache;
  }

  /** Seconds left before the probe is due (0 when due). */
  dueIn(): number {
    return Math.max(0, this.afterSeconds - (performance.now() - this.renderedAt) / 1000);
  }

  async probe(origin: string, acrossRestart: boolean, log: (message: string) => void): Promise<StaleProbeResult> {
    const wait = this.dueIn();
    if (wait > 0) {
      log(`stale probe: waiting ${wait.toFixed(0)} s until the articles are ${this.afterSeconds} s old`);
      await sleep(wait * 1000 + 100);
    }
    for (const article of this.articles) {
      article.ageSeconds = (performance.now() - this.renderedAt) / 1000;
      article.later = await timedGet(origin + article.path);
    }
    await sleep(this.againAfterSeconds * 1000);
    for (const article of this.articles) article.again = await timedGet(origin + article.path);
    const count = (pick: (a: StaleProbeArticle) => Answer | undefined) => {
      const cache: CacheCounts = {};
      for (const article of this.articles) {
        const value = pick(article)?.cache ?? 'none';
        cache[value] = (cache[value] ?? 0) + 1;
      }
      return cache;
    };
    const later = this.articles.map((a) => a.later!.ms);
    return {
      afterSeconds: this.afterSeconds,
      againAfterSeconds: this.againAfterSeconds,
      acrossRestart,
      articles: this.articles,
      worstMs: Math.max(...later),
      medianMs: median(later),
      laterCache: count((a) => a.later),
      againCache: count((a) => a.again),
      refreshed: this.articles.filter((a) => a.again?.cache === 'HIT').length,
    };
  }
}
