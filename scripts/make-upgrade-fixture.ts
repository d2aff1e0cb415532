/**
 * Writes tests/fixtures/upgrade/<commit>.sql.gz: the database of a past release (its migrations
 * and its demo content, plus a few revisions) as PGlite's pg_dump wrote it. The upgrade test
 * loads it and applies today's migrations. Run it once per fixture, from the repository root:
 *
 *   npx tsx scripts/make-upgrade-fixture.ts 33f3ade
 *
 * The past commit is checked out in a temporary git worktree (removed afterwards) that borrows
 * this checkout's node_modules; its own db/migrate.ts and db/seed.ts run there, against an
 * in-memory PGlite served on a temporary Unix socket. Media files are not kept: the fixture is
 * the database alone, about 80 KB.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const commit = process.argv[2];
if (!commit || !/^[0-9a-f]{7,40}$/.test(commit)) {
  console.error('usage: npx tsx scripts/make-upgrade-fixture.ts <commit>');
  process.exit(1);
}

const repo = process.cwd();
const out = path.join(repo, 'tests', 'fixtures', 'upgrade', `${commit}.sql.gz`);
const tree = fs.mkdtempSync(path.join(os.tmpdir(), 'jarida-fixture-'));
const media = fs.mkdtempSync(path.join(os.tmpdir(), 'jarida-fixture-media-'));

// Runs inside the old tree, importing its modules; only the PGlite packages come from today's node_modules.
const RUNNER = `
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { runMigrations } from './db/migrate';
import { createDb } from './db/client';
import { seed } from './db/seed';

const [out] = process.argv.slice(2);
const pglite = await PGlite.create('memory://', { extensions: { pg_trgm, unaccent } });
const socketDir = fs.mkdtempSync(path.join(os.tmpdir(), 'jarida-fixture-pg-'));
const server = new PGLiteSocketServer({ db: pglite, path: path.join(socketDir, '.s.PGSQL.5432') });
await server.start();
const url = 'postgres://postgres@localhost:5432/postgres?host=' + encodeURIComponent(socketDir);
await runMigrations(url);
const handle = createDb(url, { max: 1 });
// A fixed clock: the same commit gives the same fixture.
await seed(handle.db, { now: new Date('2026-11-23T15:00:00Z'), log: () => undefined });
await handle.close();
await server.stop();
// Revisions, which the demo content has none of: two per article for the first five.
await pglite.exec(\`
  insert into article_revisions (article_id, version, snapshot, reason, created_at)
  select a.id, v, jsonb_build_object('title', a.title || case when v = 1 then ' (premier jet)' else '' end,
         'summary', a.summary, 'slug', a.slug, 'sectionId', a.section_id, 'body', a.body, 'status', a.status,
         'publishedAt', to_char(a.published_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
         case when v = 1 then 'create' else 'save' end, timestamptz '2026-11-23 14:00:00+00' + v * interval '1 minute'
  from (select * from articles order by id limit 5) a, generate_series(1, 2) v;
\`);
const dump = await (await pgDump({ pg: pglite, args: ['--no-owner', '--no-privileges', '--no-comments'] })).text();
fs.writeFileSync(out, gzipSync(dump, { level: 9 }));
await pglite.close();
fs.rmSync(socketDir, { recursive: true, force: true });
`;

try {
  execFileSync('git', ['worktree', 'add', '--detach', tree, commit], { stdio: 'inherit' });
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(tree, 'node_modules'));
  fs.writeFileSync(path.join(tree, 'make-fixture-runner.ts'), RUNNER);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  const result = spawnSync(path.join(repo, 'node_modules', '.bin', 'tsx'), ['make-fixture-runner.ts', out], {
    cwd: tree,
    stdio: 'inherit',
    env: { ...process.env, MEDIA_ROOT: media },
  });
  if (result.status !== 0) throw new Error(`the runner failed (exit ${result.status})`);
  console.log(`[fixture] ${path.relative(repo, out)}: ${(fs.statSync(out).size / 1024).toFixed(1)} KB`);
} finally {
  execFileSync('git', ['worktree', 'remove', '--force', tree], { stdio: 'inherit' });
  fs.rmSync(media, { recursive: true, force: true });
}
