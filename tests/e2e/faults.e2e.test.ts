import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { createArticle } from '@/lib/admin/articles/queries';
import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';
import { ArticleEditor } from './pages/admin-articles';
import { signIn } from './pages/admin-page';
import { createTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';
import { freePort, run, startNext, type RunningServer } from './support/server';

/*
 * Faults against a real PostgreSQL server: a throwaway cluster on its own port, created, started,
 * stopped and deleted here, behind a production `next start`. Nothing may be lost:
 * - the database stops under reader traffic: cached pages keep answering 200, pages behind the
 *   proxy the localized 503 with Retry-After, and all answer 200 again within 5 s of its return;
 * - the server is killed (SIGKILL) in the middle of editors' saves: every article and revision
 *   is whole afterwards, and the server starts again and serves.
 */

const baseUrl = inject('baseUrl'); // empty when the e2e setup found no Chromium (and built nothing)

/** Debian's server binaries, newest version first; null when PostgreSQL is not installed. */
function findPostgresBin(): string | null {
  const root = '/usr/lib/postgresql';
  if (!fs.existsSync(root)) return null;
  const versions = fs
    .readdirSync(root)
    .filter((v) => /^\d+$/.test(v))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = path.join(root, version, 'bin');
    if (['initdb', 'pg_ctl', 'postgres'].every((tool) => fs.existsSync(path.join(bin, tool)))) return bin;
  }
  return null;
}

const pgBin = findPostgresBin();
if (!pgBin && baseUrl) {
  console.warn(
    '\n\n!!!!!!!!!! NO POSTGRESQL SERVER BINARIES (/usr/lib/postgresql/<version>/bin): THE DATABASE FAULT TESTS ARE SKIPPED. Install them with `apt-get install -y postgresql`. !!!!!!!!!!\n\n',
  );
}

/** Runs a PostgreSQL tool as the `postgres` user when we are root (the server refuses to run as root). */
function pgTool(tool: string, args: string[]): Promise<string> {
  const command = process.getuid?.() === 0 ? 'runuser' : path.join(pgBin!, tool);
  const fullArgs = process.getuid?.() === 0 ? ['-u', 'postgres', '--', path.join(pgBin!, tool), ...args] : args;
  return new Promise((resolve, reject) => {
    const child = spawn(command, fullArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(output) : reject(new Error(`${tool} ${args.join(' ')} exited with ${code}:\n${output}`))));
  });
}

interface Cluster {
  url: string;
  start: () => Promise<void>;
  stop: () => Promise<void>;
  remove: () => Promise<void>;
}

async function createCluster(): Promise<Cluster> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jarida-faults-'));
  const data = path.join(dir, 'data');
  if (process.getuid?.() === 0) {
    const postgresId = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    fs.chownSync(dir, postgresId, postgresId);
  }
  const port = await freePort();
  await pgTool('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=60`;
  const start = async () => {
    await pgTool('pg_ctl', ['-D', data, '-l', path.join(dir, 'server.log'), '-o', options, '-w', '-t', '60', 'start']);
  };
  const stop = async () => {
    await pgTool('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  };
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    start,
    stop,
    remove: async () => {
      await stop().catch(() => undefined);
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function status(url: string): Promise<{ status: number; retryAfter: string | null; body: string }> {
  try {
    const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(10_000) });
    return { status: response.status, retryAfter: response.headers.get('retry-after'), body: await response.text() };
  } catch (error) {
    return { status: 0, retryAfter: null, body: String(error) };
  }
}

describe.skipIf(!baseUrl || !pgBin)('faults against a real PostgreSQL server', () => {
  const browser = useBrowser();
  let cluster: Cluster;
  let handle: DbHandle;
  let server: RunningServer | undefined;
  let env: Record<string, string>;

  beforeAll(async () => {
    cluster = await createCluster();
    env = { DATABASE_URL: cluster.url };
    await run('npm', ['run', '--silent', 'db:seed'], env);
    handle = createDb(cluster.url, { max: 2 });
    server = await startNext(env);
  }, 180_000);

  afterAll(async () => {
    await server?.stop();
    await handle?.close();
    await cluster?.remove();
  });

  it('the database stops under reader traffic: cached pages stay 200, the others a localized 503, and all 200 within 5 s of its return', async () => {
    const base = server!.url;
    const [section] = (await handle.db.execute<{ fr: string; ar: string }>(sql`select slug_fr as fr, slug_ar as ar from sections order by position limit 1`)).rows;
    const [article] = (await handle.db.execute<{ slug: string }>(sql`select slug from articles where locale = 'fr' and status = 'published' order by published_at desc limit 1`)).rows;
    const cached = [`${base}/fr`, `${base}/ar`, `${base}/fr/article/${encodeURIComponent(article!.slug)}`];
    const proxied = {
      fr: [`${base}/fr/rubrique/${encodeURIComponent(section!.fr)}`, `${base}/fr/recherche?q=maroc`],
      ar: [`${base}/ar/qism/${encodeURIComponent(section!.ar)}`],
    };
    const all = [...cached, ...proxied.fr, ...proxied.ar];
    // Readers visit every page once while the database is up.
    for (const url of all) expect((await status(url)).status, url).toBe(200);

    await cluster.stop();
    const stoppedAt = Date.now();
    // Reader traffic during the outage: cached pages must never fail; the others turn into the 503.
    let firstAll503: number | null = null;
    const seen = new Map<string, Set<number>>();
    while (Date.now() - stoppedAt < 10_000) {
      const results = await Promise.all(all.map(async (url) => [url, await status(url)] as const));
      for (const [url, result] of results) (seen.get(url) ?? seen.set(url, new Set()).get(url)!).add(result.status);
      for (const url of cached) expect(results.find(([u]) => u === url)![1].status, `${url} during the outage`).toBe(200);
      const proxiedResults = results.filter(([url]) => !cached.includes(url));
      if (proxiedResults.every(([, result]) => result.status === 503)) {
        firstAll503 ??= Date.now() - stoppedAt;
        for (const [url, result] of proxiedResults) {
          expect(Number(result.retryAfter), url).toBeGreaterThan(0);
          const messages = proxied.ar.includes(url) ? ar : fr;
          expect(result.body, url).toContain(messages.Unavailable.title);
          expect(result.body, url).toContain(`lang="${proxied.ar.includes(url) ? 'ar' : 'fr'}"`);
          expect(result.body, url).not.toMatch(/at .*\.js:\d+|Error:/);
        }
        if (Date.now() - stoppedAt > 7_000) break;
      }
      await sleep(250);
    }
    console.log(`[faults] proxied pages all 503 after ${firstAll503} ms; statuses seen during the outage: ${JSON.stringify([...seen].map(([u, s]) => [u.replace(base, ''), [...s]]))}`);
    expect(firstAll503, 'the proxied pages answered 503 during the outage').not.toBeNull();

    await cluster.start();
    const backAt = Date.now();
    let recovered: number | null = null;
    while (Date.now() - backAt < 15_000) {
      const results = await Promise.all(all.map((url) => status(url)));
      if (results.every((result) => result.status === 200)) {
        recovered = Date.now() - backAt;
        break;
      }
      await sleep(100);
    }
    console.log(`[faults] every page 200 again ${recovered} ms after the database returned`);
    expect(recovered, 'every page answers 200 again').not.toBeNull();
    expect(recovered!).toBeLessThanOrEqual(5_000);
  });

  it('the server is killed in the middle of editors’ saves: nothing half-written, and it starts again and serves', async () => {
    const admin = { email: `faults-${Date.now().toString(36)}@jarida.test`, password: 'faults admin password', name: 'Admin Pannes' };
    await createTestAdmin(handle.db, admin);
    const [{ id: adminId } = { id: 0 }] = (await handle.db.execute<{ id: number }>(sql`select id from users where email = ${admin.email}`)).rows;
    const actor = { id: adminId, role: 'admin' as const, authorId: null };
    const ids: number[] = [];
    for (let i = 0; i < 4; i++) ids.push((await createArticle(handle.db, actor, { locale: 'fr', title: `Panne ${i}` })).id);
    const revisionsOf = async () =>
      Number((await handle.db.execute<{ n: number }>(sql`select count(*)::int as n from article_revisions where article_id in ${sql.raw(`(${ids.join(',')})`)} and reason = 'save'`)).rows[0]!.n);

    const context = await browser.newContext();
    const first = await context.newPage();
    await signIn(first, server!.url, admin.email, admin.password);
    const editors = [first, ...(await Promise.all(ids.slice(1).map(() => context.newPage())))].map((page) => new ArticleEditor(page));
    await Promise.all(editors.map((editor, i) => editor.goto(server!.url, ids[i]!)));

    // Each editor saves again and again (a longer body each time, so transactions take a while).
    let stopping = false;
    const submitted = new Map<number, string[]>(ids.map((id) => [id, []]));
    const loops = editors.map(async (editor, i) => {
      for (let n = 0; !stopping; n++) {
        const title = `Panne ${i} version ${n}`;
        try {
          const before = await editor.version();
          await editor.title.fill(title);
          await editor.body.click();
          await editor.page.keyboard.type(` mot${n}`);
          submitted.get(ids[i]!)!.push(title);
          await editor.button('save').click();
          await editor.saveOutcome(before, 10_000);
        } catch {
          return; // the server is gone
        }
      }
    });
    const deadline = Date.now() + 60_000;
    while ((await revisionsOf()) < 12 && Date.now() < deadline) await sleep(100);
    const beforeKill = await revisionsOf();
    await server!.kill('SIGKILL');
    stopping = true;
    await Promise.all(loops);
    console.log(`[faults] server killed after ${beforeKill} committed saves; ${[...submitted.values()].reduce((n, titles) => n + titles.length, 0)} saves submitted`);
    expect(beforeKill).toBeGreaterThanOrEqual(12);

    // Invariants of the whole newsroom, not only of these articles.
    const q = async (query: ReturnType<typeof sql>) => (await handle.db.execute<Record<string, unknown>>(query)).rows;
    // Every article an editor wrote has the revision of its current version, holding exactly its content.
    expect(
      await q(sql`select a.id from articles a where a.created_by is not null and not exists (
        select 1 from article_revisions r where r.article_id = a.id and r.version = a.version
          and r.snapshot->>'title' = a.title and r.snapshot->>'slug' = a.slug and r.snapshot->'body' = a.body)`),
    ).toEqual([]);
    // No revision from the future (a version the article never reached), none half-filled.
    expect(await q(sql`select r.id from article_revisions r join articles a on a.id = r.article_id where r.version > a.version`)).toEqual([]);
    expect(
      await q(sql`select r.id from article_revisions r where not (r.snapshot ?& array['title', 'slug', 'body', 'authorIds', 'tagNames', 'status'])
        or jsonb_typeof(r.snapshot->'body') <> 'object' or jsonb_array_length(r.snapshot->'authorIds') = 0`),
    ).toEqual([]);
    // Every saved version has its audit entry, and every audited version its revision.
    expect(
      await q(sql`select r.id from article_revisions r where r.reason = 'save' and not exists (
        select 1 from audit_log l where l.entity_type = 'article' and l.entity_id = r.article_id::text and l.action = 'article.update' and (l.details->>'version')::int = r.version)`),
    ).toEqual([]);
    expect(
      await q(sql`select l.id from audit_log l join articles a on l.entity_type = 'article' and l.entity_id = a.id::text where l.action = 'article.update' and not exists (
        select 1 from article_revisions r where r.article_id = a.id and r.version = (l.details->>'version')::int)`),
    ).toEqual([]);
    // Bylines are rewritten by each save: never left empty.
    expect(await q(sql`select a.id from articles a where a.created_by is not null and not exists (select 1 from article_authors aa where aa.article_id = a.id)`)).toEqual([]);
    // What is stored is what an editor submitted (the last committed one), never a mix.
    for (const id of ids) {
      const [row] = await q(sql`select title from articles where id = ${id}`);
      expect([`Panne ${ids.indexOf(id)}`, ...submitted.get(id)!]).toContain(row!.title);
    }

    // The server starts again and serves readers and editors.
    server = await startNext(env);
    expect((await status(`${server.url}/fr`)).status).toBe(200);
    const editor = new ArticleEditor(await context.newPage());
    await editor.goto(server.url, ids[0]!);
    const version = await editor.version();
    await editor.title.fill('Panne 0, après le redémarrage');
    await editor.button('save').click();
    await expect.poll(() => editor.version(), { timeout: 15_000 }).toBe(version + 1);
    const [row] = await q(sql`select title, version from articles where id = ${ids[0]!}`);
    expect(row).toEqual({ title: 'Panne 0, après le redémarrage', version: version + 1 });
  }, 150_000);
});
