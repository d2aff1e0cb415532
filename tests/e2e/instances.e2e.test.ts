import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { articleRevisions, articles, auditLog } from '@/db/schema';
import { signIn } from './pages/admin-page';
import { TickerAdminPage } from './pages/admin-ticker';
import { createTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';
import { clusterServicesMissing, startCluster, type Cluster } from './support/cluster';

/*
 * Three `next start` instances on one PostgreSQL database and one Redis, as behind a load
 * balancer (issue 14): what an editor changes through one instance is what every instance serves,
 * at once, and the schedulers of all three publish each due story exactly once.
 */

const baseUrl = inject('baseUrl');
const missing = baseUrl ? await clusterServicesMissing() : 'no e2e build';
if (baseUrl && missing) console.warn(`\n\n!!!!!!!!!! MULTI-INSTANCE TESTS ARE SKIPPED: ${missing} !!!!!!!!!!\n\n`);

let cluster: Cluster;
let handle: DbHandle;
const stamp = Date.now().toString(36);
const admin = { email: `instances-${stamp}@jarida.test`, password: 'instances admin password' };

async function page(instance: number, path: string): Promise<{ status: number; cache: string | null; body: string }> {
  const response = await fetch(`${cluster.instances[instance]!.url}${path}`);
  return { status: response.status, cache: response.headers.get('x-nextjs-cache'), body: await response.text() };
}

/**
 * Polls `path` on `instance` until its body contains `text`; returns how long after `since` the
 * request that first showed it was sent (propagation, not counting that request's own render).
 */
async function visibleAfter(instance: number, path: string, text: string, since: number): Promise<number> {
  for (;;) {
    const sent = performance.now();
    const read = await page(instance, path);
    if (read.status === 200 && read.body.includes(text)) return Math.max(0, sent - since);
    expect(performance.now() - since, `${text} on instance ${instance}`).toBeLessThan(40_000);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe.skipIf(!baseUrl || missing)('several instances, one newsroom', () => {
  const browser = useBrowser();
  beforeAll(async () => {
    cluster = await startCluster({ count: 3 });
    handle = createDb(cluster.databaseUrl, { max: 2 });
    await createTestAdmin(handle.db, { ...admin, name: 'Admin Instances' });
  });
  afterAll(async () => {
    await handle?.close();
    await cluster?.stop();
  });

  it('a ticker item published through one instance is on every instance’s front page within a second', async () => {
    // Every instance has the front page cached, without the item.
    const text = `Coupure d'eau à Salé ce soir ${stamp}`;
    for (const instance of [0, 1, 2]) {
      // A build older than the page's revalidate time answers STALE first and renders behind it.
      await expect.poll(async () => (await page(instance, '/fr')).cache, { timeout: 20_000, interval: 100 }).toBe('HIT');
      expect((await page(instance, '/fr')).body).not.toContain(text);
    }
    const editor = await browser.newPage();
    const ticker = new TickerAdminPage(editor);
    await signIn(editor, cluster.instances[0]!.url, admin.email, admin.password);
    await ticker.goto(cluster.instances[0]!.url);
    await ticker.publish(text);
    const saved = performance.now();
    const delays = await Promise.all([1, 2].map((instance) => visibleAfter(instance, '/fr', text, saved)));
    console.log(`[e2e] ticker item visible on instances 2 and 3 after ${delays.map(Math.round).join(' ms, ')} ms`);
    for (const delay of delays) expect(delay).toBeLessThan(1_000);
  }, 120_000);

  it('each due article is published exactly once by the three schedulers and shows on all three instances', async () => {
    // Three new stories, copies of demo ones under new slugs, due a second ago.
    const sources = await handle.db
      .select({ id: articles.id })
      .from(articles)
      .where(and(eq(articles.locale, 'fr'), eq(articles.status, 'published')))
      .limit(3);
    const ids: number[] = [];
    for (const [index, source] of sources.entries()) {
      const result = await handle.db.execute<{ id: number }>(sql`
        insert into articles (locale, slug, title, summary, body, section_id, status, published_at)
        select locale, ${`programme-${stamp}-${index}`}, ${`Le programme de la foire ${stamp} n°${index}`}, summary, body, section_id,
               'scheduled', now() - interval '1 second'
        from articles where id = ${source.id}
        returning id`);
      ids.push(result.rows[0]!.id);
    }
    const latest = '/fr/dernieres-nouvelles';
    for (const instance of [0, 1, 2]) {
      await expect.poll(async () => (await page(instance, latest)).cache, { timeout: 20_000, interval: 100 }).toBe('HIT');
      expect((await page(instance, latest)).body).not.toContain(`foire ${stamp}`);
    }

    // Each instance ticks every 15 s; within two ticks all three have run at least once.
    await expect
      .poll(async () => (await handle.db.select({ id: articles.id }).from(articles).where(and(inArray(articles.id, ids), eq(articles.status, 'published')))).length, {
        timeout: 40_000,
        interval: 500,
      })
      .toBe(3);
    const started = performance.now();
    for (const instance of [0, 1, 2]) {
      for (const [index] of ids.entries()) await visibleAfter(instance, latest, `foire ${stamp} n°${index}`, started);
      for (const [index] of ids.entries()) expect((await page(instance, `/fr/article/programme-${stamp}-${index}`)).status).toBe(200);
    }
    // Wait out one more round of ticks: nobody publishes them a second time.
    await new Promise((resolve) => setTimeout(resolve, 16_000));
    const audits = await handle.db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'article.publish_scheduled'), inArray(auditLog.entityId, ids.map(String))));
    expect(audits.map((row) => row.entityId).sort()).toEqual(ids.map(String).sort());
    const revisions = await handle.db
      .select({ articleId: articleRevisions.articleId })
      .from(articleRevisions)
      .where(inArray(articleRevisions.articleId, ids));
    expect(revisions.length).toBe(3);
  }, 120_000);
});
