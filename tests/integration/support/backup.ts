import { createHash } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { startEmbeddedPostgres } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { withClient } from '../../support/server-database';

/**
 * Helpers of the backup and upgrade tests. They make their own databases (embedded folders in a
 * temporary directory, or databases with random names on the server in TEST_DATABASE_URL), not
 * the integration run's shared one: a restore needs an empty target, and a backup a closed one.
 */

/** The server the tests may create databases on, or null (they then skip, saying so). */
export function serverAdminUrl(): string | null {
  return process.env.TEST_DATABASE_URL ?? null;
}

export const NO_SERVER =
  'no PostgreSQL server: set TEST_DATABASE_URL (e.g. postgres://postgres@127.0.0.1:5432/postgres) to run the server backup, restore and upgrade tests; .ci/run does';

/** Runs `work` on the embedded database in `dataDir` (created if missing), then closes it. */
export async function withEmbedded<T>(dataDir: string, work: (url: string) => Promise<T>): Promise<T> {
  const embedded = await startEmbeddedPostgres({ dataDir });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}

/**
 * The demo content (the one import of seed code in these tests), and revisions, which the demo
 * has none of: three per article for the first eight, the first one a shorter draft. Covers are
 * written to MEDIA_ROOT (`.data/media` by default, kept between runs like the other tests').
 */
export async function loadDemo(url: string, now: Date): Promise<void> {
  await runMigrations(url);
  const [{ createDb }, { seed }] = await Promise.all([import('@/db/client'), import('@/demo/seed')]);
  const handle = createDb(url, { max: 1 });
  try {
    await seed(handle.db, { now, log: () => undefined });
  } finally {
    await handle.close();
  }
  await withClient(url, (client) =>
    client.query(`
      insert into article_revisions (article_id, version, snapshot, reason, created_at)
      select a.id, v, jsonb_build_object('title', a.title, 'summary', left(a.summary, 40 * v), 'body', a.body, 'status', a.status),
             case when v = 1 then 'create' else 'save' end, a.updated_at + v * interval '1 minute'
      from (select * from articles order by id limit 8) a, generate_series(1, 3) v`),
  );
}

export interface Fingerprint {
  /** Rows per table, drizzle's migration log included. */
  rows: Record<string, number>;
  /** sha256 of each article's stored columns (the generated search vector aside), by id. */
  articles: Record<string, string>;
  /** sha256 of each revision, by id. */
  revisions: Record<string, string>;
}

/**
 * What a restore must give back. Rows are read through `pg` on both kinds of database, so values
 * compare as the app sees them. The search vector is left out: it is generated from the other
 * columns when rows are inserted, with the target's own text-search dictionaries.
 */
export async function fingerprint(url: string): Promise<Fingerprint> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ name: string }>(
      `select schemaname || '.' || tablename as name from pg_tables where schemaname in ('public', 'drizzle') order by 1`,
    );
    const rows: Record<string, number> = {};
    for (const { name } of tables) {
      const [schema, table] = name.split('.');
      const { rows: n } = await client.query<{ n: number }>(`select count(*)::int as n from "${schema}"."${table}"`);
      rows[name] = n[0]!.n;
    }
    const { rows: columns } = await client.query<{ column_name: string }>(
      `select column_name from information_schema.columns where table_schema = 'public' and table_name = 'articles' and is_generated = 'NEVER' order by column_name`,
    );
    const list = columns.map((c) => `"${c.column_name}"`).join(', ');
    const articleRows = (await client.query(`select ${list} from articles order by id`)).rows as { id: number }[];
    const revisionRows = (await client.query('select * from article_revisions order by id')).rows as { id: number }[];
    return {
      rows,
      articles: Object.fromEntries(articleRows.map((row) => [row.id, digest(row)])),
      revisions: Object.fromEntries(revisionRows.map((row) => [row.id, digest(row)])),
    };
  });
}

/** sha256 of every file under `root`, by relative path. */
export async function mediaFingerprint(root: string): Promise<Record<string, string>> {
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
  const result: Record<string, string> = {};
  for (const entry of entries) {
    if (!entry.isFile() || entry.name.endsWith('.tmp')) continue;
    const file = path.join(entry.parentPath, entry.name);
    result[path.relative(root, file)] = createHash('sha256').update(await fs.readFile(file)).digest('hex');
  }
  return result;
}

function digest(row: object): string {
  return createHash('sha256').update(JSON.stringify(row, (_key, value: unknown) => (value instanceof Date ? value.toISOString() : value))).digest('hex');
}
