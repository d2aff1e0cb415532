/**
 * Several instances (issue 14), measured by `npm run bench` after the single-server runs:
 * - the hot article from an instance whose caches are on Redis against one whose caches are in its
 *   own process and disk (the default), alternated in the same run, req/s and CPU per request;
 * - an article published through instance A, until instance B serves it (20 publishes);
 * - failed requests through nginx while the two instances restart one after the other under load.
 * The run.ts helpers (processes, load generator, nginx) are passed in rather than duplicated.
 */
import type { ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { chromium } from 'playwright-core';
import { createDb } from '../db/client';
import { users } from '../db/schema';
import { countUsers, createUser } from '../lib/admin/users-queries';
import { deleteRedisKeys } from '../tests/e2e/support/cluster';
import { processCpuMs } from './traffic';

export interface InstanceTools {
  log(message: string): void;
  /** `next start` pinned to core 0 on `port` with `env` added; resolves once it answers. */
  startServer(port: number, env: Record<string, string>): Promise<{ child: ChildProcess; serverPid: number }>;
  stopChild(child: ChildProcess, graceMs?: number): Promise<void>;
  freePort(): Promise<number>;
  load<T>(config: Record<string, unknown>): Promise<T>;
  /** nginx serving `httpBody(dir)` (an http {} block's content) from its own folder `dir`, once `readyUrl` answers. */
  startNginx(httpBody: (dir: string) => string, readyUrl: string): Promise<ChildProcess>;
}

interface HotRun {
  rps: number;
  p99: number;
  errors: number;
  non2xx: number;
  requests: number;
  cpuMsPerRequest: number;
}

/** What every load run reports (the load generator's summary), whatever else it measures. */
export interface LoadSummary {
  requests: number;
  rps: number;
  p99: number;
  max: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  status: Record<string, number>;
  seconds: number;
}

export interface RollingRestartResult extends LoadSummary {
  /** Per instance: SIGTERM to exit, then start to ready. */
  restarts: { stoppedMs: number; readyMs: number }[];
}

export interface InstanceBenchResult {
  hotArticle: { local: HotRun[]; redis: HotRun[]; ratio: number; cpuRatio: number };
  publishToOtherInstance: { samples: number[]; p50: number; p95: number; max: number };
  rollingRestart: RollingRestartResult;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
const percentile = (values: number[], p: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.ceil((p / 100) * values.length) - 1)]!;

export async function runInstanceBenches(
  tools: InstanceTools,
  options: { databaseUrl: string; articlePath: string; readerPaths: string[]; chromiumPath: string | null; duration: number; connections: number; rounds?: number },
): Promise<InstanceBenchResult> {
  const redisUrl = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
  const prefix = `jarida-bench-${randomBytes(4).toString('hex')}:`;
  const shared = { REDIS_URL: redisUrl, REDIS_PREFIX: prefix };
  try {
    const hotArticle = await compareHotArticle(tools, options, shared);
    const publishToOtherInstance = await publishAcrossInstances(tools, options, shared);
    const rollingRestart = await restartUnderLoad(tools, options, shared);
    return { hotArticle, publishToOtherInstance, rollingRestart };
  } finally {
    await deleteRedisKeys(prefix, redisUrl);
  }
}

/** In-process (and disk) caches against Redis, alternated so that the machine's noise hits both. */
async function compareHotArticle(
  tools: InstanceTools,
  options: { articlePath: string; duration: number; connections: number; rounds?: number },
  shared: Record<string, string>,
) {
  const runs: { local: HotRun[]; redis: HotRun[] } = { local: [], redis: [] };
  for (let round = 0; round < (options.rounds ?? 2); round += 1) {
    for (const kind of ['local', 'redis'] as const) {
      const port = await tools.freePort();
      const { child, serverPid } = await tools.startServer(port, kind === 'redis' ? shared : {});
      try {
        const origin = `http://localhost:${port}`;
        // The first requests render the page and fill the memory tier; only the hot path is measured.
        await tools.load({ origin, paths: [options.articlePath], connections: 4, duration: 2 });
        const cpuBefore = processCpuMs(serverPid);
        const result = await tools.load<HotRun & { requests: number }>({ origin, paths: [options.articlePath], connections: options.connections, duration: options.duration });
        const cpuMsPerRequest = (processCpuMs(serverPid) - cpuBefore) / Math.max(1, result.requests);
        runs[kind].push({ rps: result.rps, p99: result.p99, errors: result.errors, non2xx: result.non2xx, requests: result.requests, cpuMsPerRequest });
        tools.log(`instances: hot article, caches ${kind === 'redis' ? 'on Redis' : 'in process'}: ${result.rps.toFixed(0)} req/s, p99 ${result.p99} ms, ${cpuMsPerRequest.toFixed(2)} ms CPU per request`);
      } finally {
        await tools.stopChild(child);
      }
    }
  }
  return {
    ...runs,
    ratio: median(runs.redis.map((run) => run.rps)) / median(runs.local.map((run) => run.rps)),
    cpuRatio: median(runs.redis.map((run) => run.cpuMsPerRequest)) / median(runs.local.map((run) => run.cpuMsPerRequest)),
  };
}

/** An editor publishes through A; how long until B serves the article (20 publishes). */
async function publishAcrossInstances(
  tools: InstanceTools,
  options: { databaseUrl: string; chromiumPath: string | null },
  shared: Record<string, string>,
) {
  if (!options.chromiumPath) throw new Error('no Chromium: cannot drive the editor');
  const stamp = Date.now().toString(36);
  const account = { email: `bench-instances-${stamp}@jarida.test`, password: `bench instances password ${stamp}`, name: 'Bench Instances' };
  const handle = createDb(options.databaseUrl, { max: 1 });
  try {
    if ((await countUsers(handle.db)) === 0) await createUser(handle.db, null, { ...account, role: 'admin' });
    else {
      const [admin] = await handle.db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
      await createUser(handle.db, { id: admin!.id, role: 'admin' }, { ...account, role: 'editor' });
    }
  } finally {
    await handle.close();
  }

  const ports = [await tools.freePort(), await tools.freePort()];
  const servers = [];
  for (const port of ports) servers.push(await tools.startServer(port, shared));
  const [a, b] = ports.map((port) => `http://localhost:${port}`) as [string, string];
  const browser = await chromium.launch({
    executablePath: options.chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
  const samples: number[] = [];
  try {
    const page = await (await browser.newContext()).newPage();
    await page.goto(`${a}/admin/fr/login`);
    await page.fill('#email', account.email);
    await page.fill('#password', account.password);
    await Promise.all([page.waitForURL(`${a}/admin/fr`), page.click('main button[type=submit]')]);
    await page.goto(`${a}/admin/fr/articles`);
    await page.click('details summary');
    await page.fill('#new-title', `Bench instances ${stamp}`);
    await Promise.all([page.waitForURL(/\/admin\/fr\/articles\/\d+$/), page.click('text=Créer le brouillon')]);
    await page.waitForSelector('.editor-content');
    await page.fill('#article-summary', "Mesure du délai entre une publication sur une instance et son affichage sur l'autre.");
    await page.click('.editor-content');
    await page.keyboard.type('Texte de mesure.');
    await page.click('button:has-text("Enregistrer")');
    await statusbar(page, 'Enregistré');
    const slug = await page.inputValue('#article-slug');
    const articleOnB = `${b}/fr/article/${encodeURIComponent(slug)}`;

    for (let publish = 0; publish < 20; publish += 1) {
      const started = performance.now();
      const clicked = page.click('button:has-text("Publier maintenant")');
      await until(async () => (await fetch(articleOnB)).status === 200, 30_000);
      samples.push(performance.now() - started);
      await clicked;
      await statusbar(page, 'Publié');
      await page.click('button:has-text("Dépublier")');
      await statusbar(page, 'Dépublié');
      await until(async () => (await fetch(articleOnB)).status === 404, 30_000);
    }
  } finally {
    await browser.close();
    for (const server of servers) await tools.stopChild(server.child);
  }
  const result = { samples: samples.map(Math.round), p50: median(samples), p95: percentile(samples, 95), max: Math.max(...samples) };
  tools.log(`instances: publish on A → served by B: p50 ${result.p50.toFixed(0)} ms, p95 ${result.p95.toFixed(0)} ms, max ${result.max.toFixed(0)} ms (${samples.length} publishes)`);
  return result;
}

/**
 * Two instances behind nginx (deploy/nginx-cache.conf, both in its upstream), readers through
 * nginx for the whole run, while the instances restart one after the other the way
 * deploy/rolling-restart.sh does it: SIGTERM, start again, wait for /api/ready and nginx's
 * fail_timeout, then the next one.
 */
async function restartUnderLoad(
  tools: InstanceTools,
  options: { readerPaths: string[]; connections: number },
  shared: Record<string, string>,
): Promise<RollingRestartResult> {
  const ports = [await tools.freePort(), await tools.freePort()];
  const children: ChildProcess[] = [];
  for (const port of ports) children.push((await tools.startServer(port, shared)).child);
  const listen = await tools.freePort();
  const origin = `http://127.0.0.1:${listen}`;
  const { renderNginxSite } = await import('../deploy/render-nginx.mjs');
  let nginx: ChildProcess | undefined;
  try {
    nginx = await tools.startNginx(
      (dir) => renderNginxSite({ cacheDir: `${dir}/pages`, listen: `127.0.0.1:${listen}`, upstreams: ports.map((port) => `localhost:${port}`) }),
      `${origin}${options.readerPaths[0]}`,
    );
    for (const path of options.readerPaths) await fetch(`${origin}${path}`);
    // Long enough for both restarts (each: drain, start, ready, nginx's fail_timeout) under load.
    const seconds = 60;
    const loadRun = tools.load<Omit<RollingRestartResult, 'restarts'>>({ origin, paths: options.readerPaths, connections: options.connections, duration: seconds });
    const restarts: RollingRestartResult['restarts'] = [];
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    for (const [index, port] of ports.entries()) {
      const stopping = performance.now();
      await tools.stopChild(children[index]!, 10_000);
      const starting = performance.now();
      children[index] = (await tools.startServer(port, shared)).child;
      await until(async () => (await fetch(`http://localhost:${port}/api/ready`).catch(() => null))?.status === 200, 120_000);
      restarts.push({ stoppedMs: Math.round(starting - stopping), readyMs: Math.round(performance.now() - starting) });
      // nginx's fail_timeout (2 s): it may still count the instance as down.
      await new Promise((resolve) => setTimeout(resolve, 3_000));
    }
    const result = { ...(await loadRun), restarts };
    tools.log(
      `instances: rolling restart under load through nginx: ${result.requests} requests in ${result.seconds.toFixed(0)} s, ${result.errors} errors, ${result.timeouts} timeouts, ${result.non2xx} non-2xx (${JSON.stringify(result.status)}); restarts ${restarts.map((r) => `stopped ${r.stoppedMs} ms, ready ${r.readyMs} ms`).join('; ')}`,
    );
    return result;
  } finally {
    if (nginx) await tools.stopChild(nginx);
    for (const child of children) await tools.stopChild(child);
  }
}

async function statusbar(page: import('playwright-core').Page, text: string) {
  await until(async () => ((await page.locator('.editor-statusbar').textContent()) ?? '').includes(text), 20_000);
}

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = performance.now() + timeoutMs;
  while (!(await check())) {
    if (performance.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
