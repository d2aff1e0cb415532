import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { startEmbeddedPostgres } from '@/db/embedded';
import { migrationsFolder, runMigrations } from '@/db/migrate';
import { listArticles, listRevisions } from '@/lib/admin/articles/queries';
import { createBackup, restoreBackup, type DatabaseTarget } from '@/lib/backup/backup';
import { runSqlDump } from '@/lib/backup/database';
import * as q from '@/lib/data/reader-queries';
import { searchArticles } from '@/lib/data/search-queries';
import { NO_SERVER, serverAdminUrl, withEmbedded } from './support/backup';
import { createServerDatabase, withClient } from '../support/server-database';

/**
 * The previous release's database, upgraded. The fixture is the database of commit 33f3ade (the
 * last one before migration 0005, job_runs): its migrations, its demo content and ten revisions,
 * as PGlite's pg_dump wrote it (scripts/make-upgrade-fixture.ts made it). It loads into PGlite and,
 * with TEST_DATABASE_URL, into a server; today's migrations then run on it, and the readers the
 * integration tests use must answer on what it held.
 */
const FIXTURE = path.join(import.meta.dirname, '..', 'fixtures', 'upgrade', '33f3ade.sql.gz');
const FIXTURE_MIGRATIONS = 5; // 0000 to 0004

const adminUrl = serverAdminUrl();
if (!adminUrl) console.warn(`[upgrade] ${NO_SERVER}`);
const kinds = adminUrl ? (['pglite', 'postgres'] as const) : (['pglite'] as const);

let work: string;
beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'jarida-upgrade-test-'));
});
afterAll(async () => {
  if (work) await fs.rm(work, { recursive: true, force: true });
});

const fixtureSql = async () => gunzipSync(await fs.readFile(FIXTURE)).toString('utf8');

const todaysMigrations = async () =>
  (JSON.parse(await fs.readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8')) as { entries: unknown[] }).entries.length;

const count = async (url: string, query: string) => withClient(url, async (client) => (await client.query<{ n: number }>(query)).rows[0]!.n);

// Every article is read, and PGlite starts take seconds each on a busy machine: more than the project's 60 s per test.
describe.each(kinds)('upgrade from the database of 33f3ade (%s)', { timeout: 300_000 }, (kind) => {
  let url: string;
  let handle: DbHandle;
  let appliedBefore: number;
  const cleanups: (() => Promise<void>)[] = [];

  /** An empty database of this kind: a URL for queries, a target for backup and restore. */
  async function freshDatabase(label: string): Promise<{ url: string | null; target: DatabaseTarget }> {
    if (kind === 'pglite') return { url: null, target: { kind: 'pglite', dataDir: path.join(work, `${label}-${Math.random().toString(36).slice(2)}`, 'pglite') } };
    const created = await createServerDatabase(adminUrl!, label);
    cleanups.push(created.drop);
    return { url: created.url, target: { kind: 'postgres', url: created.url } };
  }

  beforeAll(async () => {
    if (kind === 'pglite') {
      const embedded = await startEmbeddedPostgres({});
      cleanups.push(embedded.stop);
      url = embedded.url;
    } else {
      url = (await freshDatabase('upgrade')).url!;
    }
    await runSqlDump(url, await fixtureSql());
    appliedBefore = await count(url, 'select count(*)::int as n from drizzle.__drizzle_migrations');
    const started = performance.now();
    await runMigrations(url);
    console.log(`[upgrade] today's migrations on the 33f3ade database (${kind}) in ${Math.round(performance.now() - started)} ms`);
    handle = createDb(url, { max: 1 });
  }, 300_000);

  afterAll(async () => {
    await handle?.close();
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it("starts at the old release's migrations and ends at today's", async () => {
    expect(appliedBefore).toBe(FIXTURE_MIGRATIONS);
    expect(await todaysMigrations()).toBeGreaterThan(FIXTURE_MIGRATIONS);
    expect(await count(url, 'select count(*)::int as n from drizzle.__drizzle_migrations')).toBe(await todaysMigrations());
    expect(await count(url, `select count(*)::int as n from pg_tables where schemaname = 'public' and tablename = 'job_runs'`)).toBe(1);
  });

  it('keeps every article and revision the old release had', async () => {
    expect(await count(url, 'select count(*)::int as n from articles')).toBeGreaterThan(40);
    expect(await count(url, 'select count(*)::int as n from article_revisions')).toBe(10);
    // The generated search vector is computed for every old row.
    expect(await count(url, 'select count(*)::int as n from articles where search_vector is null')).toBe(0);
  });

  it('serves the reader pages from the upgraded content', async () => {
    const { db } = handle;
    for (const locale of ['fr', 'ar'] as const) {
      const front = await q.getFrontPage(db, locale);
      expect(front.lead).not.toBeNull();
      expect(front.latest.length).toBeGreaterThan(4);
      expect(front.sections.length).toBeGreaterThanOrEqual(6);
      const latest = await q.listLatest(db, locale, 1);
      expect(latest.total).toBeGreaterThan(10);
    }

    const { rows: published } = await handle.pool.query<{ locale: 'fr' | 'ar'; slug: string }>(`select locale, slug from articles where status = 'published' order by id`);
    expect(published.length).toBeGreaterThan(40);
    for (const { locale, slug } of published) {
      const article = await q.getArticleBySlug(db, locale, slug);
      expect(article, `${locale}/${slug}`).not.toBeNull();
      expect(article!.authors.length, `${locale}/${slug}`).toBeGreaterThan(0);
    }

    const article = (await q.getArticleBySlug(db, published[0]!.locale, published[0]!.slug))!;
    const section = await q.getSectionBySlug(db, article.locale, article.section.slug);
    expect((await q.listSectionArticles(db, article.locale, section!.id, 1)).total).toBeGreaterThan(0);
    const author = await q.getAuthorBySlug(db, article.locale, article.authors[0]!.slug);
    expect((await q.listAuthorArticles(db, article.locale, author!.id, 1)).items.map((card) => card.id)).toContain(article.id);
    const tag = await q.getTagBySlug(db, article.locale, article.tags[0]!.slug);
    expect((await q.listTagArticles(db, article.locale, tag!.id, 1)).items.map((card) => card.id)).toContain(article.id);

    const found = await searchArticles(db, { locale: article.locale, q: article.title, page: 1 });
    expect(found.items.map((hit) => hit.article.id)).toContain(article.id);
  });

  it("lists the old articles and their revisions in the newsroom", async () => {
    const { db } = handle;
    const all = await listArticles(db, {});
    expect(all.total).toBe(await count(url, 'select count(*)::int as n from articles'));
    const { rows } = await handle.pool.query<{ id: number }>('select article_id as id from article_revisions order by id limit 1');
    const revisions = await listRevisions(db, rows[0]!.id);
    expect(revisions).toHaveLength(2);
  });

  it("restores the old release's backup and brings it to today's migrations", async () => {
    const old = await freshDatabase('old');
    if (old.target.kind === 'pglite') await withEmbedded(old.target.dataDir, async (oldUrl) => runSqlDump(oldUrl, await fixtureSql()));
    else await runSqlDump(old.url!, await fixtureSql());
    const file = path.join(work, `old-${kind}.tar`);
    const backup = await createBackup({ database: old.target, media: { storage: 's3', root: null }, out: file });
    expect(backup.manifest.database.migrations).toMatchObject({ applied: FIXTURE_MIGRATIONS, last: '0004_auth_hardening' });

    const fresh = await freshDatabase('restored');
    const result = await restoreBackup({ file, database: fresh.target, media: { storage: 's3', root: null } });
    // Counted in the restored database's migration log, which drizzle writes in the migrations' transaction.
    expect(result.migrationsApplied).toBe((await todaysMigrations()) - FIXTURE_MIGRATIONS);
    expect(result.manifest.database.rows['public.articles']).toBeGreaterThan(40);
  });
});
