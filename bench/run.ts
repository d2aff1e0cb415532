/**
 * `npm run bench`: the site under load, on loopback, with budgets (bench/budgets.json).
 * A throwaway database on the local PostgreSQL server (BENCH_DATABASE_URL, default
 * postgres://postgres@127.0.0.1:5432/postgres) gets the demo content plus 10,000 bulk articles
 * (and a reserve of others that only the cold measurements request);
 * `next build`, then `next start` pinned to core 0, load generator pinned to core 1. Measures hot
 * pages, an nginx baseline serving the same article bytes, the app behind the nginx micro-cache of
 * deploy/nginx-cache.conf, the CPU of a cold render, the cold article path, a Zipf long tail over
 * the 10,000 articles before and right after a restart, the first request to an article minutes
 * after its render (bench/traffic.ts), the front page's
 * queries, RSS growth under 100,000 requests with 10 % aborted, (if bench/browser.ts exists) the
 * browser benches, and the image bytes a phone downloads (bench/image-weight.ts). Writes bench/results/latest.{json,md}. Exits 0 even when budgets fail.
 * Options: --keep (keep the database), --count N (bulk articles), --duration S (per load run),
 * --memory-seconds S (cap on the 100,000-request memory run, default 240), --warmup N (long-tail
 * warm-up requests, default: an expected 1 % of requests to articles the warm-up missed),
 * --warmup-seconds S (time cap of that warm-up, default 600), --cold-renders N (default 200),
 * --stale-after S (default 360), --quick (a check of the bench code in a few minutes: --count 2000
 * --duration 3 --cold-renders 50 --stale-after 30 --warmup-seconds 120, no browser benches, no
 * memory run).
 * Env: BENCH_DATABASE_URL, BENCH_PORT, BENCH_NGINX_PORT, BENCH_SKIP_BUILD=1, CHROMIUM_PATH.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, readdirSync } from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import pg from 'pg';
import { createDb, type DbHandle } from '../db/client';
import { runMigrations } from '../db/migrate';
import { seed } from '../demo/seed';
import { seedBulk } from '../demo/seed-bulk';
import { renderNginxSite } from '../deploy/render-nginx.mjs';
import { freePort } from '../tests/e2e/support/server';
import { measureFrontQueries } from './front-queries';
import { measureImageWeight, type ImageWeight } from './image-weight';
import { runInstanceBenches, type InstanceBenchResult, type LoadSummary } from './instances';
import {
  expectedDistinct,
  expectedUnseenShare,
  formatCache,
  measureColdRenders,
  rankOrder,
  renderedCount,
  renderedShare,
  StaleProbe,
  warmupFor,
  type CacheCounts,
  type ColdRenderResult,
  type StaleProbeResult,
} from './traffic';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.dirname(here);
const resultsDir = path.join(here, 'results');

function argument(name: string, fallback: string): string {
  const index = process.argv.indexOf(`--${name}`);
  return index !== -1 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const keep = process.argv.includes('--keep');
const quick = process.argv.includes('--quick');
const bulkCount = Number(argument('count', quick ? '2000' : '10000'));
const duration = Number(argument('duration', quick ? '3' : '10'));
const CONNECTIONS = 50;
const MEMORY_REQUESTS = 100_000;
const MEMORY_MAX_SECONDS = Number(argument('memory-seconds', '240'));
/** Target for the long tail's warm-up: expected share of measured requests to an article it missed. */
const UNSEEN_TARGET = 0.01;
const warmupOption = argument('warmup', '');
// A warm-up of ~149,000 requests renders ~9,300 articles; at today's ~40–90 ms of CPU per render
// and with pages expiring 300 s after their render, it could take an hour: the cap keeps the bench
// usable, and the report gives the requests actually sent and what they lead one to expect.
const warmupMaxSeconds = Number(argument('warmup-seconds', quick ? '120' : '600'));
const coldRenderCount = Number(argument('cold-renders', quick ? '50' : '200'));
const staleAfterSeconds = Number(argument('stale-after', quick ? '30' : '360'));
const STALE_PROBE_ARTICLES = 5;
/** Distinct articles for the old cold run (information only): more than it gets through in --duration here. */
const COLD_RUN_POOL = quick ? 300 : 2000;
// Fixed seeds: the same popularity order and request sequences on every run. The warm-up draws
// its own sequence: replaying the measured one would leave no article unseen.
const RANK_SEED = 13;
const WARMUP_SEED = 1013;
const MEASURE_SEED = 2013;

const log = (message: string) => console.log(`[bench ${((performance.now() - startedAt) / 1000).toFixed(0).padStart(4)} s] ${message}`);
const startedAt = performance.now();
const children = new Set<ChildProcess>();

function killAll() {
  for (const child of children) {
    if (child.exitCode === null && child.pid) {
      try {
        process.kill(-child.pid, 'SIGKILL'); // our own process group (spawned detached)
      } catch {
        /* already gone */
      }
    }
  }
  children.clear();
}

async function stopChild(child: ChildProcess, graceMs = 5_000) {
  if (child.exitCode !== null || !child.pid) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, 'SIGKILL');
    } catch {
      /* gone */
    }
  }, graceMs);
  await exited;
  clearTimeout(timer);
}

function spawnTracked(command: string, args: string[], env: NodeJS.ProcessEnv, stdio: 'pipe' | 'inherit' = 'pipe') {
  const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', stdio, stdio], detached: true });
  children.add(child);
  child.on('exit', () => children.delete(child));
  return child;
}

function runToEnd(command: string, args: string[], env: NodeJS.ProcessEnv, logFile: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawnTracked(command, args, env);
    let output = '';
    child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
    child.on('exit', (code) => {
      writeFileSync(logFile, output);
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}; see ${logFile}\n${output.slice(-3000)}`));
    });
  });
}

/** Runs bench/load.mjs pinned to core 1 and returns its JSON line. */
async function load<T>(config: Record<string, unknown>): Promise<T> {
  return new Promise((resolve, reject) => {
    // The config goes through a file: thousands of cold paths exceed the argument size limit.
    const configFile = path.join(os.tmpdir(), `jarida-bench-load-${process.pid}-${randomBytes(3).toString('hex')}.json`);
    writeFileSync(configFile, JSON.stringify(config));
    const child = spawnTracked('taskset', ['-c', '1', process.execPath, path.join(here, 'load.mjs'), `@${configFile}`], process.env);
    child.on('exit', () => rmSync(configFile, { force: true }));
    let out = '';
    let err = '';
    child.stdout?.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr?.on('data', (c: Buffer) => (err += c.toString()));
    child.on('exit', (code) => {
      const line = out.trim().split('\n').pop() ?? '';
      if (code === 0 && line.startsWith('{')) resolve(JSON.parse(line) as T);
      else reject(new Error(`load generator exited with ${code}: ${err.slice(-2000)}`));
    });
  });
}

interface LoadResult extends LoadSummary {
  p50: number;
  bytesPerRequest: number;
  distinctPathsUsed: number;
  /** Responses by x-nextjs-cache value ("none" without the header). */
  cache: CacheCounts;
  responses: number;
  /** Zipf runs given the warm-up's ranks: responses to articles it never requested. */
  unseenRequests?: number;
  unseenCache?: CacheCounts;
  seen?: number[];
  /** Runs given an amount of requests: stopped by their time cap before reaching it. */
  stopped?: boolean;
}

/** GET without Accept-Encoding (what autocannon sends), raw bytes. */
function getRaw(url: string): Promise<{ status: number; body: Buffer; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, { headers: { accept: 'text/html' } }, (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (c: Buffer) => chunks.push(c));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body: Buffer.concat(chunks), headers: response.headers }));
        response.on('error', reject);
      })
      .on('error', reject);
  });
}

async function waitFor(url: string, child: ChildProcess, seconds: number, output: () => string) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output().slice(-3000)}`);
    try {
      await getRaw(url);
      return;
    } catch {
      if (Date.now() > deadline) throw new Error(`${url} did not answer in ${seconds} s:\n${output().slice(-3000)}`);
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Until the port accepts a TCP connection, without an HTTP request that would warm anything. */
async function waitForListen(port: number, child: ChildProcess, seconds: number, output: () => string) {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${output().slice(-3000)}`);
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: 'localhost', port });
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`port ${port} did not open in ${seconds} s:\n${output().slice(-3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** VmRSS (MB) of the next-server process: the largest node process among the spawned one and its descendants. */
function serverRss(rootPid: number): { pid: number; rssMb: number; name: string } {
  const parents = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parents.set(Number(entry), ppid);
    } catch {
      /* vanished */
    }
  }
  const family = [rootPid];
  for (let i = 0; i < family.length; i++) for (const [pid, ppid] of parents) if (ppid === family[i]) family.push(pid);
  let best = { pid: rootPid, rssMb: 0, name: '' };
  for (const pid of family) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const rss = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
      const name = /Name:\s+(.*)/.exec(status)?.[1] ?? '';
      if (rss > best.rssMb) best = { pid, rssMb: rss, name };
    } catch {
      /* vanished */
    }
  }
  return best;
}

function findChromium(): string | null {
  if (process.env.CHROMIUM_PATH) return process.env.CHROMIUM_PATH;
  for (const candidate of ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']) if (existsSync(candidate)) return candidate;
  return null;
}

// ---------------------------------------------------------------------------------------------

type Budgets = Record<string, number>;
interface Row {
  metric: string;
  value: number | null;
  budgetKey?: string;
  kind?: 'max' | 'min';
  unit?: string;
}

/** A baseline that answered errors or other bytes would make every ratio meaningless: stop the bench instead. */
function assertServed(label: string, result: LoadResult, bytes: number) {
  const perRequest = result.bytesPerRequest;
  if (result.non2xx || result.errors || perRequest < bytes) {
    throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors, ${perRequest} bytes per response (expected ≥ ${bytes}): ${JSON.stringify(result.status)}`);
  }
}

function ensureNginx(): string {
  const find = () => ['/usr/sbin/nginx', '/usr/bin/nginx'].find((p) => existsSync(p));
  if (!find()) {
    log('nginx missing: apt-get install -y nginx-light');
    spawnSync('apt-get', ['install', '-y', 'nginx-light'], { stdio: 'inherit' });
  }
  const found = find();
  if (!found) throw new Error('nginx is not installed and could not be installed');
  return found;
}

/** nginx with one worker pinned to core 0 (the app's core), serving `httpBody` from its own directory. */
async function startNginx(nginxPath: string, dir: string, httpBody: string, readyUrl: string): Promise<ChildProcess> {
  mkdirSync(path.join(dir, 'tmp'), { recursive: true });
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    // As root, the worker would otherwise run as nobody and could read neither the 0700 temporary
    // directory nor write the cache: every answer a 403 (that is how an earlier baseline came out at 89,000 req/s).
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}worker_processes 1;
worker_cpu_affinity 01;
daemon off;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  keepalive_requests 1000000;
  ${httpBody}
}
`,
  );
  const nginx = spawnTracked('taskset', ['-c', '0', nginxPath, '-p', dir, '-c', path.join(dir, 'nginx.conf')], process.env);
  let output = '';
  nginx.stderr?.on('data', (c: Buffer) => (output += c.toString()));
  await waitFor(readyUrl, nginx, 10, () => output + (existsSync(path.join(dir, 'error.log')) ? readFileSync(path.join(dir, 'error.log'), 'utf8') : ''));
  return nginx;
}

function evaluate(rows: Row[], budgets: Budgets) {
  return rows.map((row) => {
    const budget = row.budgetKey ? budgets[row.budgetKey] : undefined;
    let status: 'pass' | 'fail' | 'not measured' | 'info' = 'info';
    if (row.budgetKey) {
      if (row.value === null || Number.isNaN(row.value)) status = 'not measured';
      else status = (row.kind === 'min' ? row.value >= budget! : row.value <= budget!) ? 'pass' : 'fail';
    }
    return { ...row, budget, status };
  });
}

function fmt(value: number | null, unit = ''): string {
  if (value === null || Number.isNaN(value)) return 'not measured';
  if (value === Infinity) return 'no response';
  if (Number.isInteger(value)) return `${value}${unit ? ` ${unit}` : ''}`;
  if (Math.abs(value) < 0.01) return `${value.toPrecision(2)}${unit ? ` ${unit}` : ''}`;
  const n = Math.abs(value) >= 100 ? value.toFixed(0) : Math.abs(value) >= 10 ? value.toFixed(1) : value.toFixed(2);
  return `${n}${unit ? ` ${unit}` : ''}`;
}

async function main() {
  const budgets = JSON.parse(readFileSync(path.join(here, 'budgets.json'), 'utf8')) as Budgets;
  const results: Record<string, unknown> = {
    startedAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memGb: Math.round(os.totalmem() / 2 ** 30), loadAvgAtStart: os.loadavg() },
    node: process.version,
  };
  const name = `jarida_bench_${randomBytes(4).toString('hex')}`;
  const dbUrl = new URL(adminUrl);
  dbUrl.pathname = `/${name}`;
  const databaseUrl = dbUrl.toString();
  let handle: DbHandle | null = null;
  let dbCreated = false;

  const pageCacheDir = mkdtempSync(path.join(os.tmpdir(), 'jarida-bench-pages-'));
  const cleanup = async () => {
    killAll();
    rmSync(pageCacheDir, { recursive: true, force: true });
    if (handle) await handle.close().catch(() => {});
    handle = null;
    if (!dbCreated) return;
    dbCreated = false;
    if (keep) {
      log(`kept ${databaseUrl}`);
      return;
    }
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    await client.query(`drop database if exists ${name} with (force)`);
    await client.end();
    log(`dropped ${name}`);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      log(`${signal}: stopping`);
      cleanup().finally(() => process.exit(130));
    });
  }

  try {
    // 1. Database ------------------------------------------------------------------------------
    const admin = new pg.Client({ connectionString: adminUrl });
    await admin.connect();
    await admin.query(`create database ${name}`);
    await admin.end();
    dbCreated = true;
    log(`database ${name} on ${dbUrl.host}`);
    handle = createDb(databaseUrl, { max: 4 });
    await runMigrations(databaseUrl);
    await seed(handle.db, { renditions: true });
    const { rows: maxRows } = await handle.pool.query<{ max: number }>('select max(id)::int as max from articles');
    const lastDemoId = maxRows[0]!.max;
    const bulk = await seedBulk(handle.db, { count: bulkCount, log: (m) => process.stdout.write(`\r${m}   `) });
    process.stdout.write('\n');
    // Articles outside the long tail, for the measurements that need never-requested ones. Another
    // PRNG seed: seed-bulk's seed 42 would repeat the first articles' text.
    const reserveCount = STALE_PROBE_ARTICLES + coldRenderCount + COLD_RUN_POOL;
    const reserve = await seedBulk(handle.db, { count: reserveCount, seed: 43, log: (m) => process.stdout.write(`\r${m}   `) });
    process.stdout.write('\n');
    await handle.pool.query('vacuum analyze');
    log(`seeded the demo content, ${bulkCount} bulk articles for the long tail and ${reserveCount} in reserve`);

    // 5b. Front page queries, straight against the database -------------------------------------
    const frontQueries = await measureFrontQueries(handle, 200);
    results.frontQueries = frontQueries;
    log(`front page: ${frontQueries.totalQueries} queries (${frontQueries.contentQueries} for the content), worst p95 ${frontQueries.maxP95Ms.toFixed(2)} ms, seq scan on articles: ${frontQueries.anySeqScanOnArticles}`);

    // Pages to load.
    const { rows: sectionRows } = await handle.pool.query<{ slug_fr: string }>('select slug_fr from sections order by position, id limit 1');
    const { rows: articleRows } = await handle.pool.query<{ slug: string }>(
      `select slug from articles where id <= $1 and status = 'published' and locale = 'fr' order by length(body::text) desc limit 1`,
      [lastDemoId],
    );
    // The long tail: every article of the main bulk run, in seed-bulk's order (the number ending
    // each slug), so that rankOrder gives each run the same popularity order.
    const { rows: tailRows } = await handle.pool.query<{ locale: string; slug: string }>(
      `select locale, slug from articles where slug like $1 and status = 'published'
       order by substring(slug from '[0-9]+$')::int`,
      [`bulk-${bulk.run}-%`],
    );
    if (tailRows.length !== bulkCount) throw new Error(`expected ${bulkCount} bulk articles, found ${tailRows.length}`);
    // Reserve articles, oldest first: build-time params take the most recent ones, and these
    // must reach the server for the first time when measured.
    const { rows: reserveRows } = await handle.pool.query<{ locale: string; slug: string }>(
      `select locale, slug from articles where slug like $1 and status = 'published' order by published_at asc`,
      [`bulk-${reserve.run}-%`],
    );
    const articlePath = (r: { locale: string; slug: string }) => `/${r.locale}/article/${encodeURIComponent(r.slug)}`;
    const reservePaths = reserveRows.map(articlePath);
    const stalePaths = reservePaths.slice(0, STALE_PROBE_ARTICLES);
    const coldRenderPaths = reservePaths.slice(STALE_PROBE_ARTICLES, STALE_PROBE_ARTICLES + coldRenderCount);
    const coldPaths = reservePaths.slice(STALE_PROBE_ARTICLES + coldRenderCount);
    const tailPaths = rankOrder(tailRows.map(articlePath), RANK_SEED);
    const tailLocales = tailRows.reduce<Record<string, number>>((counts, r) => ({ ...counts, [r.locale]: (counts[r.locale] ?? 0) + 1 }), {});
    const pages: Record<string, string> = {
      front: '/fr',
      section: `/fr/rubrique/${sectionRows[0]!.slug_fr}`,
      article: `/fr/article/${encodeURIComponent(articleRows[0]!.slug)}`,
      prayer: '/fr/horaires-priere/casablanca',
    };
    results.pages = pages;
    await handle.close();
    handle = null;

    // 2. Build and start ------------------------------------------------------------------------
    const port = Number(process.env.BENCH_PORT ?? (await freePort()));
    const origin = `http://localhost:${port}`;
    mkdirSync(resultsDir, { recursive: true });
    const serverEnv: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'production',
      DATABASE_URL: databaseUrl,
      SITE_URL: origin,
      NEXT_TELEMETRY_DISABLED: '1',
      // The run's own page cache (kept across its restart): pages of an earlier run's database
      // under the same slugs, with BENCH_SKIP_BUILD=1, would otherwise answer as HITs.
      PAGE_CACHE_DIR: pageCacheDir,
    };
    delete serverEnv.NODE_OPTIONS; // tsx's loader must not leak into Next
    if (process.env.BENCH_SKIP_BUILD !== '1') {
      const buildStarted = performance.now();
      log('next build …');
      // Browser source maps let bench/browser.ts split JavaScript into framework and our own code.
      await runToEnd(path.join(root, 'node_modules/.bin/next'), ['build'], { ...serverEnv, BENCH_SOURCEMAPS: '1' }, path.join(resultsDir, 'build.log'));
      results.buildSeconds = Math.round((performance.now() - buildStarted) / 1000);
      log(`built in ${results.buildSeconds as number} s`);
    }
    let serverLog = '';
    const startServer = () => {
      const child = spawnTracked('taskset', ['-c', '0', path.join(root, 'node_modules/.bin/next'), 'start', '-H', 'localhost', '-p', String(port)], serverEnv);
      child.stdout?.on('data', (c: Buffer) => (serverLog += c.toString()));
      child.stderr?.on('data', (c: Buffer) => (serverLog += c.toString()));
      return child;
    };
    let server = startServer();
    await waitFor(`${origin}/fr`, server, 90, () => serverLog);
    log(`next start on ${origin} (pid ${server.pid}, core 0)`);

    // Warm-up: each page a few times, so the first renders and caches are out of the way.
    // The last 10 give the single-request latency: render cost without queueing.
    const serialMs: Record<string, number> = {};
    for (const [key, pagePath] of Object.entries(pages)) {
      const times: number[] = [];
      for (let i = 0; i < 20; i++) {
        const t0 = performance.now();
        const response = await getRaw(origin + pagePath);
        if (i >= 10) times.push(performance.now() - t0);
        if (i === 0 && response.status !== 200) throw new Error(`${pagePath} answered ${response.status}`);
      }
      serialMs[key] = times.sort((a, b) => a - b)[5]!;
    }
    results.serialMedianMs = serialMs;
    log(`single-request median: ${Object.entries(serialMs).map(([k, v]) => `${k} ${v.toFixed(1)} ms`).join(', ')}`);
    await load<LoadResult>({ origin, paths: [pages.front, pages.section, pages.article, pages.prayer], connections: 10, duration: 3 });

    // Articles that nothing else requests, rendered now and asked for again after the restart,
    // minutes later: what the first reader of a story past its revalidate time gets.
    const staleProbe = new StaleProbe(stalePaths, staleAfterSeconds);
    const staleRenders = await staleProbe.render(origin);
    results.staleProbeFirstRender = staleRenders;
    log(`stale probe: ${stalePaths.length} articles rendered (${formatCache(staleRenders)}), asked for again in ${staleAfterSeconds} s`);

    // 3. Hot pages -----------------------------------------------------------------------------
    const hot: Record<string, LoadResult> = {};
    for (const [key, pagePath] of Object.entries(pages)) {
      hot[key] = await load<LoadResult>({ origin, paths: [pagePath], connections: CONNECTIONS, duration });
      log(`${key.padEnd(8)} ${hot[key].rps.toFixed(0)} req/s, p50 ${hot[key].p50} ms, p99 ${hot[key].p99} ms, errors ${hot[key].errors}, non-2xx ${hot[key].non2xx}`);
    }
    results.hot = hot;
    // The long tail's client (load.mjs zipf mode, not autocannon) on the hot article alone: the
    // long tail's req/s is compared with this, like with like.
    const hotArticleZipf = await load<LoadResult>({ mode: 'zipf', origin, paths: [pages.article], seed: MEASURE_SEED, connections: CONNECTIONS, duration });
    results.hotArticleZipfClient = hotArticleZipf;
    log(`article  ${hotArticleZipf.rps.toFixed(0)} req/s, p50 ${hotArticleZipf.p50} ms, p99 ${hotArticleZipf.p99} ms through the long tail's client`);

    // 4. nginx with the same article bytes, then nginx as a micro-cache in front of the app ------
    const article = await getRaw(origin + pages.article);
    const nginxPath = ensureNginx();
    const staticDir = mkdtempSync(path.join(os.tmpdir(), 'jarida-bench-nginx-'));
    try {
      writeFileSync(path.join(staticDir, 'article.html'), article.body);
      const nginxPort = Number(process.env.BENCH_NGINX_PORT ?? (await freePort()));
      const nginx = await startNginx(
        nginxPath,
        staticDir,
        `server {
    listen 127.0.0.1:${nginxPort};
    location / { default_type "text/html; charset=utf-8"; root ${staticDir}; try_files /article.html =404; }
  }`,
        `http://127.0.0.1:${nginxPort}${pages.article}`,
      );
      const nginxResult = await load<LoadResult>({ origin: `http://127.0.0.1:${nginxPort}`, paths: [pages.article], connections: CONNECTIONS, duration });
      await stopChild(nginx);
      assertServed('nginx baseline', nginxResult, article.body.length);
      results.nginx = { ...nginxResult, htmlBytes: article.body.length, ratio: hot.article!.rps / nginxResult.rps };
      log(`nginx    ${nginxResult.rps.toFixed(0)} req/s, p50 ${nginxResult.p50} ms, p99 ${nginxResult.p99} ms; app/nginx ${(hot.article!.rps / nginxResult.rps).toFixed(3)} (${article.body.length} bytes)`);
    } finally {
      rmSync(staticDir, { recursive: true, force: true });
    }

    // The proposed deployment (deploy/nginx-cache.conf): nginx on core 0 as well, so the app and
    // its cache share the one core the app had alone above.
    const cacheDir = mkdtempSync(path.join(os.tmpdir(), 'jarida-bench-cache-'));
    try {
      const cachePort = await freePort();
      const site = renderNginxSite({ cacheDir: path.join(cacheDir, 'pages'), upstreams: [`localhost:${port}`], listen: `127.0.0.1:${cachePort}` });
      const cacheOrigin = `http://127.0.0.1:${cachePort}`;
      const nginx = await startNginx(nginxPath, cacheDir, site, cacheOrigin + pages.article);
      const cached = await load<LoadResult>({ origin: cacheOrigin, paths: [pages.article], connections: CONNECTIONS, duration });
      await stopChild(nginx);
      assertServed('nginx micro-cache', cached, article.body.length);
      const baseline = (results.nginx as LoadResult).rps;
      results.cacheInFront = { ...cached, ratio: cached.rps / baseline };
      log(`cached   ${cached.rps.toFixed(0)} req/s, p50 ${cached.p50} ms, p99 ${cached.p99} ms; (app behind nginx)/nginx ${(cached.rps / baseline).toFixed(3)}`);
    } finally {
      rmSync(cacheDir, { recursive: true, force: true });
    }

    // 5. Cold renders: CPU per render, one request at a time; then the old cold load run ---------
    // `next start` may run the server in a child process: the one with the most memory is it.
    const coldRender = await measureColdRenders(origin, coldRenderPaths, serverRss(server.pid!).pid);
    results.coldRender = coldRender;
    log(`cold render: ${coldRender.cpuMsPerRender.toFixed(1)} ms CPU per render (${coldRender.renders} renders of ${coldRender.articles} articles: ${formatCache(coldRender.cache)}; idle ${coldRender.idleCpuMsPerSecond.toFixed(1)} ms/s), median ${coldRender.medianMs.toFixed(1)} ms per request`);

    const cold = await load<LoadResult>({ origin, paths: coldPaths, connections: CONNECTIONS, duration });
    results.cold = { ...cold, distinctSlugsAvailable: coldPaths.length };
    log(`cold     ${cold.rps.toFixed(0)} req/s, p50 ${cold.p50} ms, p99 ${cold.p99} ms, errors ${cold.errors}, non-2xx ${cold.non2xx}, ${cold.distinctPathsUsed} distinct slugs (${formatCache(cold.cache)})`);
    if (cold.distinctPathsUsed >= coldPaths.length) log('warning: the cold run wrapped around the slug list; later requests were cached');

    // 5c. Long tail: Zipf over the bulk articles, warm-up of the same mix, then measured ---------
    const warmup = warmupOption ? Number(warmupOption) : warmupFor(tailPaths.length, UNSEEN_TARGET);
    const expectedUnseen = expectedUnseenShare(tailPaths.length, warmup);
    log(
      `long tail: ${tailPaths.length} articles (${Object.entries(tailLocales).map(([l, n]) => `${n} ${l}`).join(', ')}), Zipf s = 1; ` +
        `warm-up of ${warmup} requests: expected ${(expectedUnseen * 100).toFixed(2)} % of measured requests to an article it missed, ` +
        `about ${expectedDistinct(tailPaths.length, warmup).toFixed(0)} distinct articles to render …`,
    );
    const tailWarmup = await load<LoadResult>({
      mode: 'zipf',
      origin,
      paths: tailPaths,
      seed: WARMUP_SEED,
      connections: CONNECTIONS,
      amount: warmup,
      maxSeconds: warmupMaxSeconds,
      returnSeen: true,
    });
    // What the requests actually answered lead one to expect, when the cap cut the warm-up short.
    const expectedUnseenAfterWarmup = expectedUnseenShare(tailPaths.length, tailWarmup.responses);
    log(
      `warm-up  ${tailWarmup.responses} requests in ${tailWarmup.seconds.toFixed(0)} s${tailWarmup.stopped ? ` (stopped by the ${warmupMaxSeconds} s cap: expected unseen share now ${(expectedUnseenAfterWarmup * 100).toFixed(2)} %)` : ''}, ` +
        `${tailWarmup.distinctPathsUsed} distinct articles; x-nextjs-cache: ${formatCache(tailWarmup.cache)}`,
    );
    const longTail = await load<LoadResult>({ mode: 'zipf', origin, paths: tailPaths, seed: MEASURE_SEED, connections: CONNECTIONS, duration, seen: tailWarmup.seen, returnSeen: true });
    log(
      `tail     ${longTail.rps.toFixed(0)} req/s, p50 ${longTail.p50} ms, p99 ${longTail.p99} ms, rendered ${(renderedShare(longTail.cache) * 100).toFixed(2)} %, ` +
        `unseen in warm-up ${((longTail.unseenRequests! / longTail.responses) * 100).toFixed(2)} % (expected ${(expectedUnseenAfterWarmup * 100).toFixed(2)} %); x-nextjs-cache: ${formatCache(longTail.cache)}`,
    );

    // 5d. The same right after a restart: same build, environment and request sequence, no warm-up.
    const stopStarted = performance.now();
    // Next finishes the renders in flight (the load generator has gone) before it exits.
    await stopChild(server, 30_000);
    const stopped = { seconds: (performance.now() - stopStarted) / 1000, code: server.exitCode, signal: server.signalCode };
    serverLog += `\n[bench] server stopped (${JSON.stringify(stopped)}), starting it again\n`;
    const restartStarted = performance.now();
    server = startServer();
    // A connection is all the bench waits for: any page it asked for would warm the new server.
    await waitForListen(port, server, 90, () => serverLog);
    const listeningSeconds = (performance.now() - restartStarted) / 1000;
    log(`restart: stopped in ${stopped.seconds.toFixed(1)} s (${stopped.signal ?? `exit ${stopped.code}`}), listening again after ${listeningSeconds.toFixed(1)} s (pid ${server.pid})`);
    const seenBefore = [...new Set([...tailWarmup.seen!, ...longTail.seen!])];
    const afterRestart = await load<LoadResult>({ mode: 'zipf', origin, paths: tailPaths, seed: MEASURE_SEED, connections: CONNECTIONS, duration, seen: seenBefore });
    log(`restart  ${afterRestart.rps.toFixed(0)} req/s, p50 ${afterRestart.p50} ms, p99 ${afterRestart.p99} ms, rendered ${(renderedShare(afterRestart.cache) * 100).toFixed(2)} %; x-nextjs-cache: ${formatCache(afterRestart.cache)}`);
    const strip = ({ seen: _seen, ...rest }: LoadResult) => rest;
    results.longTail = {
      articles: tailPaths.length,
      locales: tailLocales,
      warmupRequests: warmup,
      warmupMaxSeconds,
      expectedUnseenShare: expectedUnseen,
      expectedUnseenShareAfterWarmup: expectedUnseenAfterWarmup,
      expectedWarmupDistinct: expectedDistinct(tailPaths.length, warmup),
      top: tailPaths.slice(0, 3),
      warmup: strip(tailWarmup),
      measured: strip(longTail),
      restart: { stopped, listeningSeconds, ...strip(afterRestart) },
    };

    // 5e. The stale probe, now that its articles are old enough (waits only if they are not yet).
    const stale = await staleProbe.probe(origin, true, log);
    results.staleProbe = stale;
    log(
      `stale    ${stale.articles.length} articles ${stale.afterSeconds} s after their render: worst ${stale.worstMs.toFixed(1)} ms, median ${stale.medianMs.toFixed(1)} ms (${formatCache(stale.laterCache)}); ` +
        `${stale.againAfterSeconds} s later: ${formatCache(stale.againCache)}`,
    );

    // 7. Browser benches (bench/browser.ts, optional) ------------------------------------------
    const browserModule = path.join(here, 'browser.ts');
    if (quick) {
      log('--quick: no browser benches');
    } else if (existsSync(browserModule)) {
      try {
        log('browser benches …');
        const mod = (await import(pathToFileURL(browserModule).href)) as {
          runBrowserBenches?: (options: { baseUrl: string; databaseUrl: string; chromiumPath: string | null }) => Promise<Record<string, unknown>>;
        };
        if (typeof mod.runBrowserBenches !== 'function') throw new Error('bench/browser.ts does not export runBrowserBenches');
        results.browser = await mod.runBrowserBenches({ baseUrl: origin, databaseUrl, chromiumPath: findChromium() });
        log('browser benches done');
      } catch (error) {
        console.error('[bench] browser benches failed (continuing):', error);
        results.browserError = String((error as Error).stack ?? error);
      }
    } else {
      log('bench/browser.ts absent: browser budgets not measured');
    }

    // 7b. Image bytes on a phone (bench/image-weight.ts) ---------------------------------------
    if (!quick) {
      try {
        log('image weight on a phone …');
        results.imageWeight = await measureImageWeight({ baseUrl: origin, databaseUrl, chromiumPath: findChromium() });
      } catch (error) {
        console.error('[bench] image weight failed (continuing):', error);
        results.imageWeightError = String((error as Error).stack ?? error);
      }
    }

    // 6. Memory under 100,000 requests, 10 % aborted -------------------------------------------
    if (quick) {
      log('--quick: no memory run');
    } else {
      const before = serverRss(server.pid!);
      const memoryRun = await load<{ ok: number; non2xx: number; aborted: number; errors: number; requests: number; seconds: number }>({
        mode: 'abort-loop',
        origin,
        paths: Object.values(pages),
        requests: MEMORY_REQUESTS,
        concurrency: CONNECTIONS,
        abortRatio: 0.1,
        maxSeconds: MEMORY_MAX_SECONDS,
      });
      await new Promise((r) => setTimeout(r, 2_000));
      const after = serverRss(server.pid!);
      results.memory = {
        pid: after.pid,
        process: after.name,
        rssBeforeMb: before.rssMb,
        rssAfterMb: after.rssMb,
        growthMb: after.rssMb - before.rssMb,
        ...memoryRun,
      };
      log(`memory   RSS ${before.rssMb.toFixed(0)} → ${after.rssMb.toFixed(0)} MB (pid ${after.pid} ${after.name}) after ${memoryRun.requests} requests in ${memoryRun.seconds.toFixed(0)} s: ${memoryRun.ok} ok, ${memoryRun.aborted} aborted, ${memoryRun.non2xx} non-2xx, ${memoryRun.errors} errors`);
    }
    await stopChild(server);

    // 9. Several instances (bench/instances.ts): caches on Redis, publish across instances ------
    try {
      log('several instances …');
      results.instances = await runInstanceBenches(
        {
          log,
          stopChild,
          freePort,
          load,
          async startServer(instancePort, extraEnv) {
            const ownPages = mkdtempSync(path.join(os.tmpdir(), 'jarida-bench-instance-'));
            let output = '';
            const child = spawnTracked(
              'taskset',
              ['-c', '0', path.join(root, 'node_modules/.bin/next'), 'start', '-H', 'localhost', '-p', String(instancePort)],
              { ...serverEnv, PAGE_CACHE_DIR: ownPages, JARIDA_SCHEDULER: 'off', ...extraEnv },
            );
            child.stdout?.on('data', (c: Buffer) => (output += c.toString()));
            child.stderr?.on('data', (c: Buffer) => (output += c.toString()));
            child.once('exit', () => {
              serverLog += `\n[bench] instance on ${instancePort}:\n${output}`;
              rmSync(ownPages, { recursive: true, force: true });
            });
            await waitForListen(instancePort, child, 90, () => output);
            return { child, serverPid: serverRss(child.pid!).pid };
          },
          async startNginx(httpBody, readyUrl) {
            const dir = mkdtempSync(path.join(os.tmpdir(), 'jarida-bench-nginx-instances-'));
            const nginx = await startNginx(ensureNginx(), dir, httpBody(dir), readyUrl);
            nginx.once('exit', () => rmSync(dir, { recursive: true, force: true }));
            return nginx;
          },
        },
        {
          databaseUrl,
          articlePath: pages.article!,
          // Pages (nginx keeps each for a second and could hide a failed instance behind a stale
          // copy) and answers nginx never stores, which always reach an instance.
          readerPaths: [pages.front!, pages.section!, pages.article!, '/api/prayer-times?city=rabat', '/api/prayer-times?city=fes', '/api/prayer-times?city=tanger', '/sitemap.xml'],
          chromiumPath: findChromium(),
          duration,
          connections: CONNECTIONS,
        },
      );
    } catch (error) {
      console.error('[bench] instance benches failed (continuing):', error);
      results.instancesError = String((error as Error).stack ?? error);
    }
    writeFileSync(path.join(resultsDir, 'server.log'), serverLog);
    results.loadAvgAtEnd = os.loadavg();
    results.totalSeconds = Math.round((performance.now() - startedAt) / 1000);

    // 8. Report ----------------------------------------------------------------------------------
    writeReport(results, budgets);
  } finally {
    await cleanup();
  }
}

type Browser = {
  publishToVisibleMs?: number;
  pageWeight?: { page: string; locale: string; htmlKbGz: number; jsTotalKbGz: number; jsFrameworkKbGz: number; jsOwnKbGz: number }[];
  lighthouse?: { page: string; locale: string; performance: number; accessibility: number; bestPractices: number; seo: number; lcpMs: number; tbtMs: number; cls: number }[];
  axe?: { page: string; locale: string; violations: string[] }[];
  skippedPages?: string[];
};

function writeReport(results: Record<string, unknown>, budgets: Budgets) {
  const hot = results.hot as Record<string, LoadResult>;
  const cold = results.cold as LoadResult;
  const nginx = results.nginx as LoadResult & { ratio: number; htmlBytes: number };
  const front = results.frontQueries as Awaited<ReturnType<typeof measureFrontQueries>>;
  const memory = results.memory as { growthMb: number; rssBeforeMb: number; rssAfterMb: number; errors: number; non2xx: number; requests: number; aborted: number; seconds: number } | undefined;
  const tail = results.longTail as {
    articles: number;
    locales: Record<string, number>;
    warmupRequests: number;
    warmupMaxSeconds: number;
    expectedUnseenShare: number;
    expectedUnseenShareAfterWarmup: number;
    warmup: LoadResult;
    measured: LoadResult;
    restart: LoadResult & { listeningSeconds: number };
  };
  const coldRender = results.coldRender as ColdRenderResult;
  const stale = results.staleProbe as StaleProbeResult;
  const browser = (results.browser ?? {}) as Browser;
  const nan = (v: number | undefined) => (v === undefined ? null : v);
  const maxOf = (list: number[] | undefined) => (list && list.length ? Math.max(...list) : null);
  const minOf = (list: number[] | undefined) => (list && list.length ? Math.min(...list) : null);
  const articleWeights = browser.pageWeight?.filter((w) => w.page.includes('article'));
  const longWeights = browser.pageWeight?.filter((w) => w.page.includes('long')) ?? articleWeights;

  const rows: Row[] = [];
  for (const [key, r] of Object.entries(hot)) {
    rows.push({ metric: `${key}: single request, median of 10 sequential`, value: (results.serialMedianMs as Record<string, number>)[key] ?? null, unit: 'ms' });
    rows.push({ metric: `${key}: req/s (hot, ${CONNECTIONS} conn)`, value: r.rps });
    rows.push({ metric: `${key}: p50`, value: r.p50, unit: 'ms' });
    rows.push({ metric: `${key}: p99`, value: r.p99, unit: 'ms', ...(key === 'article' ? { budgetKey: 'article_p99_ms_max', kind: 'max' as const } : {}) });
    rows.push({ metric: `${key}: errors + timeouts + non-2xx`, value: r.errors + r.timeouts + r.non2xx, budgetKey: 'errors_max', kind: 'max' });
  }
  rows.push({ metric: `nginx, same article bytes (${nginx.htmlBytes} B): req/s`, value: nginx.rps });
  rows.push({ metric: 'nginx: p99', value: nginx.p99, unit: 'ms' });
  rows.push({ metric: 'article app/nginx ratio', value: nginx.ratio, budgetKey: 'article_vs_nginx_ratio_min', kind: 'min' });
  const cached = results.cacheInFront as (LoadResult & { ratio: number }) | undefined;
  if (cached) {
    rows.push({ metric: 'proposed: app behind the nginx micro-cache (deploy/nginx-cache.conf), article req/s', value: cached.rps });
    rows.push({ metric: 'proposed: behind the micro-cache, p99', value: cached.p99, unit: 'ms', budgetKey: 'article_p99_ms_max', kind: 'max' });
    rows.push({ metric: 'proposed: behind the micro-cache, errors + timeouts + non-2xx', value: cached.errors + cached.timeouts + cached.non2xx, budgetKey: 'errors_max', kind: 'max' });
    rows.push({ metric: 'proposed: (app behind the micro-cache)/nginx ratio', value: cached.ratio, budgetKey: 'article_vs_nginx_ratio_min', kind: 'min' });
  }
  const pct = (share: number) => share * 100;
  const locales = Object.entries(tail.locales).map(([l, n]) => `${n} ${l}`).join(' + ');
  const measured = tail.measured;
  const warmupText = tail.warmup.stopped
    ? `a warm-up cut at ${tail.warmupMaxSeconds} s after ${tail.warmup.responses} of its ${tail.warmupRequests} requests`
    : `a warm-up of ${tail.warmup.responses} requests`;
  rows.push({
    metric: `long tail: Zipf s = 1 over ${tail.articles} articles (${locales}), after ${warmupText}; req/s (${CONNECTIONS} conn, ${measured.requests} requests)`,
    value: measured.rps,
  });
  const hotArticleZipf = results.hotArticleZipfClient as LoadResult;
  rows.push({ metric: `hot article through the long tail's client: req/s (p99 ${hotArticleZipf.p99} ms)`, value: hotArticleZipf.rps });
  rows.push({ metric: 'long tail / hot article req/s (same client)', value: measured.rps / hotArticleZipf.rps, budgetKey: 'long_tail_vs_hot_article_rps_ratio_min', kind: 'min' });
  rows.push({ metric: 'long tail: p50', value: measured.p50, unit: 'ms' });
  rows.push({ metric: 'long tail: p99', value: measured.responses ? measured.p99 : Infinity, unit: 'ms', budgetKey: 'long_tail_p99_ms_max', kind: 'max' });
  // Renders of articles the warm-up had already had rendered: entries the cache lost or let expire.
  const renderedAgain = renderedCount(measured.cache) - renderedCount(measured.unseenCache ?? {});
  rows.push({
    metric: `long tail: rendered (x-nextjs-cache MISS or REVALIDATED; ${formatCache(measured.cache)}; ${renderedAgain} of them for articles the warm-up had requested)`,
    value: pct(renderedShare(measured.cache)),
    unit: '%',
    budgetKey: 'long_tail_rendered_pct_max',
    kind: 'max',
  });
  rows.push({
    metric: `long tail: requests to an article the warm-up did not request (expected ${fmt(pct(tail.expectedUnseenShareAfterWarmup), '%')}${tail.warmup.stopped ? `; ${fmt(pct(tail.expectedUnseenShare), '%')} after a full warm-up` : ''})`,
    value: measured.responses ? pct(measured.unseenRequests! / measured.responses) : null,
    unit: '%',
  });
  rows.push({ metric: 'long tail: errors + timeouts + non-2xx', value: measured.errors + measured.timeouts + measured.non2xx, budgetKey: 'errors_max', kind: 'max' });
  const restart = tail.restart;
  rows.push({ metric: `after a restart (listening again after ${restart.listeningSeconds.toFixed(1)} s), same long tail at once: req/s (${restart.requests} requests)`, value: restart.rps });
  rows.push({ metric: 'after a restart / before: req/s', value: restart.rps / measured.rps, budgetKey: 'restart_vs_long_tail_rps_ratio_min', kind: 'min' });
  rows.push({ metric: 'after a restart: p99', value: restart.responses ? restart.p99 : Infinity, unit: 'ms' });
  rows.push({ metric: 'after a restart / before: p99', value: restart.responses ? restart.p99 / measured.p99 : Infinity, budgetKey: 'restart_vs_long_tail_p99_ratio_max', kind: 'max' });
  rows.push({ metric: `after a restart: rendered (${formatCache(restart.cache)})`, value: pct(renderedShare(restart.cache)), unit: '%', budgetKey: 'long_tail_rendered_pct_max', kind: 'max' });
  rows.push({ metric: 'after a restart: errors + timeouts + non-2xx', value: restart.errors + restart.timeouts + restart.non2xx, budgetKey: 'errors_max', kind: 'max' });
  const staleAge = stale.afterSeconds >= 360 ? `${stale.afterSeconds / 60} minutes` : `${stale.afterSeconds} s (quick run: not the 6-minute figure)`;
  rows.push({
    metric: `an article ${staleAge} after its render, across the restart: first request, worst of ${stale.articles.length} (${formatCache(stale.laterCache)})`,
    value: stale.worstMs,
    unit: 'ms',
    budgetKey: 'stale_article_ms_max',
    kind: 'max',
  });
  rows.push({ metric: `the same articles ${stale.againAfterSeconds} s later: refreshed, answered from a newer render (${formatCache(stale.againCache)})`, value: stale.refreshed });
  rows.push({
    metric: `cold render: server CPU per render (${coldRender.renders} renders of ${coldRender.articles} never-requested articles, one at a time; ${formatCache(coldRender.cache)})`,
    value: coldRender.cpuMsPerRender,
    unit: 'ms',
    budgetKey: 'cold_render_cpu_ms_max',
    kind: 'max',
  });
  rows.push({ metric: 'cold render: wall-clock median per request', value: coldRender.medianMs, unit: 'ms' });
  rows.push({ metric: 'cold render: non-200', value: coldRender.non200, budgetKey: 'errors_max', kind: 'max' });
  rows.push({ metric: `cold article under load, information: req/s (${cold.requests} requests, ${cold.distinctPathsUsed} distinct slugs, ${CONNECTIONS} conn)`, value: cold.rps });
  rows.push({ metric: 'cold article: p50', value: cold.p50, unit: 'ms' });
  rows.push({ metric: 'cold article: p99', value: cold.requests ? cold.p99 : Infinity, unit: 'ms' });
  rows.push({ metric: 'cold article: errors + timeouts + non-2xx', value: cold.errors + cold.timeouts + cold.non2xx, budgetKey: 'errors_max', kind: 'max' });
  rows.push({ metric: `front page cold queries, all data functions (${Object.entries(front.perFunction).map(([k, v]) => `${k} ${v}`).join(', ')})`, value: front.totalQueries, budgetKey: 'front_cold_queries_max', kind: 'max' });
  rows.push({ metric: `front page cold queries, content only (${front.contentFunctions.join(' + ')})`, value: front.contentQueries });
  rows.push({ metric: `front page: worst per-query p95 (${front.runs} runs)`, value: front.maxP95Ms, unit: 'ms', budgetKey: 'front_query_p95_ms_max', kind: 'max' });
  rows.push({ metric: 'front page: queries with a Seq Scan on articles', value: front.queries.filter((q) => q.seqScanOnArticles).length });
  rows.push({
    metric: memory ? `memory: RSS ${memory.rssBeforeMb.toFixed(0)} → ${memory.rssAfterMb.toFixed(0)} MB over ${memory.requests} requests (${memory.aborted} aborted) in ${memory.seconds.toFixed(0)} s, growth` : 'memory: RSS growth',
    value: memory ? memory.growthMb : null,
    unit: 'MB',
    budgetKey: 'memory_rss_growth_mb_max',
    kind: 'max',
  });
  rows.push({ metric: 'memory run: errors + non-2xx (aborted excluded)', value: memory ? memory.errors + memory.non2xx : null, budgetKey: 'errors_max', kind: 'max' });
  rows.push({ metric: 'publish → visible', value: nan(browser.publishToVisibleMs), unit: 'ms', budgetKey: 'publish_to_visible_ms_max', kind: 'max' });
  const instances = results.instances as InstanceBenchResult | undefined;
  const runsText = (runs: { rps: number }[] | undefined) => runs?.map((run) => run.rps.toFixed(0)).join(', ') ?? '';
  rows.push({
    metric: `several instances: hot article, caches on Redis / in process, req/s (medians of ${runsText(instances?.hotArticle.redis)} and ${runsText(instances?.hotArticle.local)}, alternated)`,
    value: instances ? instances.hotArticle.ratio : null,
    budgetKey: 'redis_vs_local_hot_article_rps_ratio_min',
    kind: 'min',
  });
  rows.push({ metric: 'several instances: hot article, CPU per request on Redis / in process', value: instances ? instances.hotArticle.cpuRatio : null });
  rows.push({
    metric: `several instances: publish on A → served by B, p95 of ${instances?.publishToOtherInstance.samples.length ?? 20} publishes (p50 ${fmt(instances?.publishToOtherInstance.p50 ?? null, 'ms')}, max ${fmt(instances?.publishToOtherInstance.max ?? null, 'ms')})`,
    value: instances ? instances.publishToOtherInstance.p95 : null,
    unit: 'ms',
    budgetKey: 'publish_across_instances_p95_ms_max',
    kind: 'max',
  });
  const rolling = instances?.rollingRestart;
  rows.push({
    metric: rolling
      ? `several instances: failed requests through nginx while both instances restart one after the other (${rolling.requests} requests in ${rolling.seconds.toFixed(0)} s, ${rolling.rps.toFixed(0)} req/s, p99 ${rolling.p99} ms; ${rolling.restarts.map((r) => `stopped in ${r.stoppedMs} ms, ready ${r.readyMs} ms later`).join('; ')})`
      : 'several instances: failed requests during a rolling restart',
    value: rolling ? rolling.errors + rolling.timeouts + rolling.non2xx : null,
    budgetKey: 'rolling_restart_failed_requests_max',
    kind: 'max',
  });
  rows.push({ metric: 'article JS total (gz, worst locale)', value: maxOf(articleWeights?.map((w) => w.jsTotalKbGz)), unit: 'KB', budgetKey: 'article_js_total_kb_gz_max', kind: 'max' });
  rows.push({ metric: 'article JS own (gz, worst locale)', value: maxOf(articleWeights?.map((w) => w.jsOwnKbGz)), unit: 'KB', budgetKey: 'article_js_own_kb_gz_max', kind: 'max' });
  rows.push({ metric: 'long article HTML (gz, worst locale)', value: maxOf(longWeights?.map((w) => w.htmlKbGz)), unit: 'KB', budgetKey: 'long_article_html_kb_gz_max', kind: 'max' });
  const lh = browser.lighthouse;
  rows.push({ metric: `Lighthouse performance (worst of ${lh?.length ?? 0} reader pages, fr and ar)`, value: minOf(lh?.map((l) => l.performance)), budgetKey: 'lighthouse_performance_min', kind: 'min' });
  rows.push({ metric: 'Lighthouse accessibility (worst page)', value: minOf(lh?.map((l) => l.accessibility)), budgetKey: 'lighthouse_accessibility_min', kind: 'min' });
  rows.push({ metric: 'Lighthouse best practices (worst page)', value: minOf(lh?.map((l) => l.bestPractices)), budgetKey: 'lighthouse_best_practices_min', kind: 'min' });
  rows.push({ metric: 'Lighthouse SEO (worst page; the 404 and search without the status and noindex audits they fail by design)', value: minOf(lh?.map((l) => l.seo)), budgetKey: 'lighthouse_seo_min', kind: 'min' });
  rows.push({
    metric: `axe-core WCAG 2 A/AA violations, all reader pages at 360 and 1280 px${browser.skippedPages?.length ? ` (${browser.skippedPages.length} page(s) skipped)` : ''}; per page in bench/results/reader-pages.md`,
    value: browser.axe ? browser.axe.reduce((sum, page) => sum + page.violations.length, 0) : null,
    budgetKey: 'axe_violations_max',
    kind: 'max',
  });

  const images = results.imageWeight as ImageWeight[] | undefined;
  for (const weight of images ?? []) {
    const name = `pictures on a phone (390 px, 3x), ${weight.page} ${weight.locale}`;
    rows.push({
      metric: `${name}: first screen`,
      value: weight.firstScreenKb,
      unit: 'KB',
      ...(weight.page === 'long-article' ? { budgetKey: 'article_first_screen_image_kb_max', kind: 'max' as const } : {}),
    });
    rows.push({ metric: `${name}: whole page (${weight.images} pictures)`, value: weight.totalKb, unit: 'KB' });
    rows.push({ metric: `${name}: largest picture`, value: weight.largestKb, unit: 'KB', budgetKey: 'image_kb_max', kind: 'max' });
  }
  if (images) rows.push({ metric: 'requests to /_next/image (runtime optimizer)', value: images.reduce((sum, weight) => sum + weight.optimizerRequests, 0), budgetKey: 'errors_max', kind: 'max' });

  const evaluated = evaluate(rows, budgets);
  results.budgets = evaluated;
  writeFileSync(path.join(resultsDir, 'latest.json'), `${JSON.stringify(results, null, 2)}\n`);
  const icon = { pass: '✅', fail: '❌', 'not measured': '—', info: '' } as const;
  const budgetText = (r: (typeof evaluated)[number]) => (r.budget === undefined ? '' : `${r.kind === 'min' ? '≥' : '≤'} ${r.budget}${r.unit ? ` ${r.unit}` : ''}`);
  const cacheRuns: [string, CacheCounts][] = [
    [`long-tail warm-up (${tail.warmup.responses} requests in ${tail.warmup.seconds.toFixed(0)} s)`, tail.warmup.cache],
    [`long tail, measured (${measured.unseenRequests} to articles the warm-up missed: ${formatCache(measured.unseenCache ?? {})})`, measured.cache],
    [`long tail after the restart (${restart.unseenRequests} to articles the first server never rendered)`, restart.cache],
    [`cold renders, one at a time`, coldRender.cache],
    [`cold article under load`, cold.cache],
    [`stale probe, first render`, results.staleProbeFirstRender as CacheCounts],
    [`stale probe, ${staleAge} later`, stale.laterCache],
    [`stale probe, ${stale.againAfterSeconds} s after that`, stale.againCache],
    ...Object.entries(hot).map(([key, r]): [string, CacheCounts] => [`hot ${key}`, r.cache]),
  ];
  const cacheValues = [...new Set(['HIT', 'STALE', 'MISS', 'REVALIDATED', ...cacheRuns.flatMap(([, cache]) => Object.keys(cache))])];
  const md = [
    `# Bench results, ${results.startedAt as string}`,
    '',
    ...(quick
      ? [`**Quick run (--quick): ${bulkCount} articles, ${duration} s load runs, ${coldRenderCount} cold renders, stale probe after ${staleAfterSeconds} s, no browser benches, no memory run. A check of the bench code, not figures to compare.**`, '']
      : []),
    `${(results.machine as { cpus: number }).cpus} CPUs, Node ${process.version}; server on core 0, load generator on core 1; load average at start ${(results.machine as { loadAvgAtStart: number[] }).loadAvgAtStart.map((n) => n.toFixed(2)).join(' ')}, at end ${(results.loadAvgAtEnd as number[]).map((n) => n.toFixed(2)).join(' ')}. Total ${results.totalSeconds as number} s.`,
    '',
    '| Metric | Value | Budget | |',
    '|---|---:|---:|:-:|',
    ...evaluated.map((r) => `| ${r.metric} | ${fmt(r.value, r.unit)} | ${budgetText(r)} | ${icon[r.status]} |`),
    '',
    '## Responses by x-nextjs-cache',
    '',
    'MISS and REVALIDATED: the request waited for a render; STALE: served the old page while a render ran behind it; HIT: from the cache; none: no header.',
    '',
    `| Run | ${cacheValues.join(' | ')} |`,
    `|---|${cacheValues.map(() => '---:').join('|')}|`,
    ...cacheRuns.map(([label, cache]) => `| ${label} | ${cacheValues.map((value) => cache[value] ?? 0).join(' | ')} |`),
    '',
    '## Front page queries',
    '',
    '| Function | # | p50 ms | p95 ms | Scans |',
    '|---|---:|---:|---:|---|',
    ...front.queries.map((q) => `| ${q.function} | ${q.index} | ${q.p50Ms.toFixed(2)} | ${q.p95Ms.toFixed(2)} | ${q.scans.join('; ')} |`),
    '',
  ].join('\n');
  writeFileSync(path.join(resultsDir, 'latest.md'), md);
  console.log(`\n${md}`);
  const failing = evaluated.filter((r) => r.status === 'fail');
  const missing = evaluated.filter((r) => r.status === 'not measured');
  console.log(failing.length ? `[bench] short of budget:\n${failing.map((r) => `  ❌ ${r.metric}: ${fmt(r.value, r.unit)} (budget ${budgetText(r)})`).join('\n')}` : '[bench] all measured budgets met');
  if (missing.length) console.log(`[bench] not measured: ${missing.map((r) => r.metric).join(', ')}`);
  console.log(`[bench] wrote ${path.relative(root, path.join(resultsDir, 'latest.json'))} and latest.md`);
}

main().catch((error: unknown) => {
  console.error('[bench] failed:', error);
  process.exit(1);
});
