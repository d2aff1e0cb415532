import { randomBytes } from 'node:crypto';
import { eq, sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createDb } from '@/db/client';
import { articles } from '@/db/schema';
import { runMigrations } from '@/db/migrate';
import { seed } from '@/demo/seed';
import { getArticleForEdit, publishDueArticles } from '@/lib/admin/articles/queries';
import { getArticleBySlug } from '@/lib/data/reader-queries';
import { findPostgresTools, ReplicaCluster } from './support/replica-cluster';

/*
 * DATABASE_REPLICA_URLS against a real streaming replica: reader reads go to the standby, the
 * newsroom's reads and writes to the primary, and a noted write keeps reader reads off a standby
 * that has not replayed it. Its own two servers, whatever TEST_DATABASE_URL says (see replica-cluster.ts).
 */

// The post-change hook's cache calls only work inside Next; the routing around them is what is tested.
const nextCache = vi.hoisted(() => ({ revalidateTag: vi.fn(), updateTag: vi.fn(), refresh: vi.fn() }));
vi.mock('next/cache', () => nextCache);
vi.mock('@/lib/cache/warm', () => ({ warmReaderPages: vi.fn() }));

const tools = findPostgresTools();
if (typeof tools === 'string') {
  console.warn(`\n[replica test] SKIPPED: cannot make a streaming replica here: ${tools}\n`);
}

const database = `jarida_replicas_${randomBytes(4).toString('hex')}`;
let cluster: ReplicaCluster | undefined;
let standby: pg.Client;
let db: typeof import('@/db');
const savedEnv = { ...process.env };

/** One reader read through the replica path: which server answered, and the article as readers get it. */
async function readerRead(slug: string) {
  return db.withReaderDb('test reader read', async (conn) => {
    const { rows } = await conn.execute<{ port: number; standby: boolean }>(sql`select current_setting('port')::int as port, pg_is_in_recovery() as standby`);
    return { ...rows[0]!, article: await getArticleBySlug(conn, 'fr', slug) };
  });
}

async function waitFor<T>(what: string, probe: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 10_000): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  for (;;) {
    const value = await probe();
    if (done(value)) return { value, ms: Math.round(performance.now() - started) };
    if (performance.now() - started > timeoutMs) throw new Error(`${what}: still not after ${timeoutMs} ms (last: ${JSON.stringify(value)})`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

const published = { slug: '', id: 0, title: '' };
const scheduled = { slug: '', id: 0 };

describe.skipIf(typeof tools === 'string')('read replicas (DATABASE_REPLICA_URLS) on a streaming replica', () => {
  beforeAll(async () => {
    cluster = await ReplicaCluster.startPrimary(tools as Exclude<typeof tools, string>);
    const admin = new pg.Client({ connectionString: cluster.url('primary', 'postgres') });
    await admin.connect();
    await admin.query(`create database ${database}`);
    await admin.end();
    await runMigrations(cluster.url('primary', database));
    const setup = createDb(cluster.url('primary', database), { max: 2 });
    try {
      await seed(setup.db, { log: () => undefined });
      const [first, second] = await setup.db
        .select({ id: articles.id, slug: articles.slug, title: articles.title })
        .from(articles)
        .where(eq(articles.locale, 'fr'))
        .orderBy(articles.id)
        .limit(2);
      Object.assign(published, first);
      Object.assign(scheduled, { id: second!.id, slug: second!.slug });
      // Due a minute ago: the scheduler's publish is the write the lag test reads back.
      await setup.db
        .update(articles)
        .set({ status: 'scheduled', publishedAt: new Date(Date.now() - 60_000) })
        .where(eq(articles.id, scheduled.id));
    } finally {
      await setup.close();
    }
    await cluster.startStandby();
    standby = new pg.Client({ connectionString: cluster.url('standby', database) });
    // A standby that dies mid-test must fail the test, not crash the worker with an unhandled 'error'.
    standby.on('error', (error) => console.error(`[replica test] standby connection: ${error.message}`));
    await standby.connect();

    process.env.DATABASE_URL = cluster.url('primary', database);
    process.env.DATABASE_REPLICA_URLS = cluster.url('standby', database);
    process.env.DATABASE_POOL_MAX = '4';
    db = await import('@/db');
  });

  afterAll(async () => {
    await db?.closeDatabases();
    await standby?.end().catch(() => undefined);
    await cluster?.remove();
    for (const key of ['DATABASE_URL', 'DATABASE_REPLICA_URLS', 'DATABASE_POOL_MAX']) {
      if (savedEnv[key] === undefined) delete process.env[key];
      else process.env[key] = savedEnv[key];
    }
  });

  it('reads for readers come from the standby once it has caught up', async () => {
    const { value, ms } = await waitFor('reader read on the standby', () => readerRead(published.slug), (read) => read.standby);
    console.info(`[replica test] standby in rotation ${ms} ms after the first read`);
    expect(value.port).toBe(cluster!.standbyPort);
    expect(value.article?.title).toBe(published.title);
    const status = await db.checkDatabases();
    expect(status).toEqual({ primary: 'ok', replicas: [{ url: cluster!.url('standby', database), status: 'ok', serving: true }] });
  });

  it('the newsroom reads and writes the primary, and sees its own change while the standby lags', async () => {
    await standby.query('select pg_wal_replay_pause()');
    try {
      const title = `Titre revu ${randomBytes(3).toString('hex')}`;
      const server = await db.withDb('test admin write', async (conn) => {
        await conn.update(articles).set({ title }).where(eq(articles.id, published.id));
        const { rows } = await conn.execute<{ standby: boolean }>(sql`select pg_is_in_recovery() as standby`);
        return rows[0]!;
      });
      expect(server.standby).toBe(false);
      const edited = await db.withDb('test admin read', (conn) => getArticleForEdit(conn, published.id));
      expect(edited?.title).toBe(title);
      const { rows } = await standby.query<{ title: string }>('select title from articles where id = $1', [published.id]);
      expect(rows[0]!.title).toBe(published.title);
      published.title = title;
    } finally {
      await standby.query('select pg_wal_replay_resume()');
    }
  });

  it('after a publish, reader reads skip the lagging standby until it has replayed the write', async () => {
    await waitFor('standby caught up', () => readerRead(published.slug), (read) => read.standby && read.article?.title === published.title);
    await standby.query('select pg_wal_replay_pause()');
    try {
      const { afterArticleChange } = await import('@/lib/admin/articles');
      const changes = await db.withDb('test publishDue', (conn) => publishDueArticles(conn));
      expect(changes.map((change) => change.id)).toEqual([scheduled.id]);

      // Without a noted write the router cannot know: this is the stale read a render would cache.
      const before = await readerRead(scheduled.slug);
      expect(before).toMatchObject({ standby: true, article: null });

      afterArticleChange(changes[0]!, { readYourWrites: false });
      expect(nextCache.revalidateTag).toHaveBeenCalledWith(`article:${scheduled.id}`, { expire: 0 });
      const after = await readerRead(scheduled.slug);
      expect(after).toMatchObject({ standby: false, port: cluster!.primaryPort, article: { id: scheduled.id } });

      // Many polls later the standby is still behind, so still out.
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await readerRead(scheduled.slug)).toMatchObject({ standby: false, article: { id: scheduled.id } });
      expect((await db.checkDatabases()).replicas).toMatchObject([{ status: 'ok', serving: false }]);
    } finally {
      await standby.query('select pg_wal_replay_resume()');
    }
    const { value, ms } = await waitFor('standby back after replay resumed', () => readerRead(scheduled.slug), (read) => read.standby);
    console.info(`[replica test] standby back in rotation ${ms} ms after replay resumed`);
    expect(value.article?.id).toBe(scheduled.id);
  });

  it('a plain write noted while replay runs costs the standby only milliseconds of rotation', async () => {
    const times: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      await db.withDb('test write', (conn) => conn.update(articles).set({ summary: `Résumé ${round}` }).where(eq(articles.id, published.id)));
      db.noteWrite();
      expect((await readerRead(published.slug)).standby).toBe(false);
      const { value, ms } = await waitFor('standby back', () => readerRead(published.slug), (read) => read.standby);
      expect(value.article?.summary).toBe(`Résumé ${round}`);
      times.push(ms);
    }
    console.info(`[replica test] write → standby serving again: ${times.join(', ')} ms`);
  });

  it("another instance's change, announced by the cache layer, keeps reader reads off the lagging standby too", async () => {
    const { announceExpiredTags } = await import('@/lib/data/cache-handlers/page-store.mjs');
    await waitFor('standby caught up', () => readerRead(published.slug), (read) => read.standby);
    await standby.query('select pg_wal_replay_pause()');
    try {
      // Written "elsewhere": this process learns of it only as expired tags (redis-store.mjs followTags).
      await db.withDb('test write', (conn) => conn.update(articles).set({ summary: 'Résumé venu d’une autre instance' }).where(eq(articles.id, published.id)));
      expect((await readerRead(published.slug)).standby).toBe(true);
      announceExpiredTags([`article:${published.id}`]);
      expect(await readerRead(published.slug)).toMatchObject({ standby: false, article: { summary: 'Résumé venu d’une autre instance' } });
    } finally {
      await standby.query('select pg_wal_replay_resume()');
    }
    await waitFor('standby back', () => readerRead(published.slug), (read) => read.standby);
  });

  it('a standby that goes away is taken out (reads still answer, from the primary) and comes back', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await standby.end();
    await cluster!.stopStandby();
    try {
      for (let read = 0; read < 3; read += 1) {
        expect(await readerRead(published.slug)).toMatchObject({ standby: false, article: { title: published.title } });
      }
      const status = await db.checkDatabases();
      expect(status.primary).toBe('ok');
      expect(status.replicas[0]!.status).not.toBe('ok');
      expect(status.replicas[0]!.serving).toBe(false);
      // The balancer and deploy script hear of it: the instance is not ready, naming the part.
      const { checkReadiness } = await import('@/lib/data/readiness');
      expect(await checkReadiness()).toMatchObject({ status: 'unavailable', failing: ['replica:1'], parts: { database: { status: 'up' } } });
    } finally {
      await cluster!.restartStandby();
    }
    // No call here probes it: the health monitor's next tick (every 5 s) puts it back.
    const { ms } = await waitFor('standby back after restart', () => readerRead(published.slug), (read) => read.standby, 12_000);
    console.info(`[replica test] restarted standby back in rotation after ${ms} ms`);
    vi.restoreAllMocks();
  });
});
