import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { articleRevisions, articles, sections } from '@/db/schema';
import { ArticleEditor } from './pages/admin-articles';
import { signIn } from './pages/admin-page';
import { createTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';
import { clusterServicesMissing, startCluster, warnClusterSkipped, type Cluster } from './support/cluster';
import { startNginx, type RunningNginx } from './support/nginx';
import { run } from './support/server';

/*
 * Zero-downtime rolling restart: two instances behind nginx configured as deploy/ says, readers
 * and an editor at work, and deploy/rolling-restart.sh restarting each instance in turn (SIGTERM,
 * start again, wait for /api/ready). No reader request may fail and no save be lost.
 */

const baseUrl = inject('baseUrl');
const missing = baseUrl ? await clusterServicesMissing({ nginx: true }) : null;
if (missing) warnClusterSkipped('the rolling-restart test', missing);

const TRAFFIC_MS = 20_000;
const READER_LOOPS = 4;
const stamp = Date.now().toString(36);
const admin = { email: `rolling-${stamp}@jarida.test`, password: 'rolling restart password', name: 'Rédaction Continue' };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

interface Save {
  summary: string;
  outcome: 'saved' | 'error' | 'timeout';
  version: number;
}

describe.skipIf(!baseUrl || !!missing)('rolling restart behind nginx', () => {
  let cluster: Cluster;
  let nginx: RunningNginx;
  let handle: DbHandle;
  const browser = useBrowser();

  beforeAll(async () => {
    cluster = await startCluster({ count: 2 });
    nginx = await startNginx(cluster.instances.map(({ port }) => `127.0.0.1:${port}`));
    handle = createDb(cluster.databaseUrl, { max: 2 });
    await createTestAdmin(handle.db, admin);
  });
  afterAll(async () => {
    await handle?.close();
    await nginx?.stop();
    await cluster?.stop();
  });

  it('loses no reader request and no save while both instances restart one after the other', { timeout: 300_000 }, async () => {
    const published = await handle.db
      .select({ id: articles.id, locale: articles.locale, slug: articles.slug, sectionFr: sections.slugFr, sectionAr: sections.slugAr })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(eq(articles.status, 'published'));
    const paths = [
      ...new Set([
        '/fr',
        '/ar',
        '/fr/dernieres-nouvelles',
        '/ar/akhir-al-akhbar',
        ...published.map((row) => (row.locale === 'fr' ? `/fr/rubrique/${row.sectionFr}` : `/ar/qism/${encodeURIComponent(row.sectionAr)}`)),
        ...published.map((row) => `/${row.locale}/article/${encodeURIComponent(row.slug)}`),
      ]),
    ];
    const edited = published.find((row) => row.locale === 'fr')!;

    const page = await browser.newPage();
    const edit = new ArticleEditor(page);
    await signIn(page, nginx.url, admin.email, admin.password);
    await edit.goto(nginx.url, edited.id);

    let stopping = false;
    const statuses = new Map<string, number>();
    const failures: string[] = [];
    let requests = 0;
    // Every reader request reaches an instance: a query nginx's micro-cache has never seen.
    const reader = async (loop: number) => {
      for (let index = loop; !stopping; index += READER_LOOPS) {
        const path = paths[index % paths.length]!;
        const url = `${nginx.url}${path}?reader=${loop}-${index}`;
        requests++;
        try {
          const response = await fetch(url, { redirect: 'manual' });
          await response.arrayBuffer();
          const key = `${response.status} ${response.headers.get('x-cache') ?? '-'}`;
          statuses.set(key, (statuses.get(key) ?? 0) + 1);
          if (response.status !== 200) failures.push(`${response.status} ${url}`);
        } catch (error) {
          failures.push(`${(error as Error).message} ${url}`);
        }
      }
    };
    const saves: Save[] = [];
    const editor = async () => {
      while (!stopping) {
        const summary = `Résumé ${saves.length + 1} de la relève ${stamp}`;
        const before = await edit.version();
        await edit.summary.fill(summary);
        await edit.button('save').click();
        const outcome = await edit.saveOutcome(before, 30_000).catch(() => 'timeout' as const);
        saves.push({ summary, outcome, version: await edit.version() });
        // Once the editor shows an error, the next save could not be told apart from it.
        if (outcome !== 'saved') break;
      }
    };

    // deploy/rolling-restart.sh does the restarts, through a restart command that asks this test
    // to restart the instance on the given port (SIGTERM, then start it again there).
    const restarts: string[] = [];
    const control = http.createServer((request, response) => {
      const port = Number(request.url?.split('/').pop());
      const index = cluster.instances.findIndex((instance) => instance.port === port);
      const old = cluster.instances[index]!;
      const restartStarted = performance.now();
      void cluster.restart(index).then(
        () => {
          const shutdown = /"module":"shutdown".*"msg":"done in (\d+) ms"/.exec(old.output());
          restarts.push(`instance ${index} ${shutdown ? `shut down in ${shutdown[1]} ms` : 'did NOT shut down gracefully'}, listening again ${((performance.now() - restartStarted) / 1000).toFixed(1)} s after the signal`);
          response.end();
        },
        (error: Error) => {
          restarts.push(`instance ${index} failed to restart: ${error.message}`);
          response.statusCode = 500;
          response.end();
        },
      );
    });
    await new Promise<void>((resolve) => control.listen(0, '127.0.0.1', resolve));
    const controlPort = (control.address() as AddressInfo).port;

    const started = performance.now();
    const traffic = Promise.all([...Array.from({ length: READER_LOOPS }, (_, loop) => reader(loop)), editor()]);
    try {
      await sleep(3_000);
      await run('deploy/rolling-restart.sh', cluster.instances.map(({ port }) => String(port)), {
        JARIDA_RESTART: `curl -fsS -X POST http://127.0.0.1:${controlPort}/restart/{port}`,
        JARIDA_READY_TIMEOUT: '60',
      });
      await sleep(Math.max(3_000, TRAFFIC_MS - (performance.now() - started)));
    } finally {
      stopping = true;
      await traffic;
      control.close();
    }
    const seconds = (performance.now() - started) / 1000;

    const rows = await handle.db
      .select({ version: articleRevisions.version, snapshot: articleRevisions.snapshot })
      .from(articleRevisions)
      .where(and(eq(articleRevisions.articleId, edited.id), eq(articleRevisions.reason, 'save')));
    const stored = new Map(rows.map((row) => [row.version, (row.snapshot as { summary: string }).summary]));
    const verified = saves.filter((save) => save.outcome === 'saved' && stored.get(save.version) === save.summary);
    const [current] = await handle.db.select({ summary: articles.summary }).from(articles).where(eq(articles.id, edited.id));
    // `$upstream_addr` lists every instance a request was sent to.
    const retried = nginx.accessLog().filter((line) => / \[([^\]]*)\] \[/.exec(line)?.[1]?.includes(',')).length;

    console.log(
      `[e2e] rolling restart over ${seconds.toFixed(1)} s: ${requests} reader requests (${[...statuses].map(([key, count]) => `${key}: ${count}`).join(', ')}), ${failures.length} failed; ` +
        `${saves.length} saves, ${verified.length} verified in the database; nginx moved ${retried} request(s) to the other instance; ${restarts.join('; ')}`,
    );
    expect(restarts.filter((line) => !/shut down in/.test(line))).toEqual([]);
    expect(failures.slice(0, 20), `nginx's error log:\n${nginx.errorLog().slice(-4000)}`).toEqual([]);
    expect(requests).toBeGreaterThan(50);
    expect(saves.filter((save) => save.outcome !== 'saved'), `nginx's error log:\n${nginx.errorLog().slice(-4000)}`).toEqual([]);
    expect(saves.length).toBeGreaterThanOrEqual(5);
    expect(verified.length).toBe(saves.length);
    expect(current!.summary).toBe(saves.at(-1)!.summary);
  });
});
