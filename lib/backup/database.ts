import fs from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import pg from 'pg';
import { embeddedLockFile, runningEmbedded, startEmbeddedPostgres } from '../../db/embedded';
import { migrationsFolder } from '../../db/migrate';
import { BackupError, DATABASE_FILES, type Manifest } from './format';
import { run } from './tools';

/** Where the data is: a PostgreSQL server (`DATABASE_URL`) or the embedded database's folder. */
export type DatabaseTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; dataDir: string };

interface OpenDatabase {
  kind: DatabaseTarget['kind'];
  url: string;
  /** The embedded instance itself: its pg_dump runs in-process. */
  pglite: PGlite | null;
  close: () => Promise<void>;
}

// What a backup holds and a restore replaces: the app's tables and drizzle's migration log.
const SCHEMAS = ['public', 'drizzle'];

/**
 * Opens the target. The embedded database must not be open in another process (`npm run dev`,
 * `npm start`): PGlite's pg_dump talks to the instance in-process, and two processes must never
 * open one data folder. While it runs, this process owns the folder like `scripts/with-db.ts`
 * would (same lock file), so a command started meanwhile connects here instead of opening it.
 */
export async function openDatabase(target: DatabaseTarget): Promise<OpenDatabase> {
  if (target.kind === 'postgres') {
    const client = new pg.Client({ connectionString: target.url, connectionTimeoutMillis: 5_000 });
    try {
      await client.connect();
    } catch (error) {
      throw new BackupError(`cannot connect to the PostgreSQL server in DATABASE_URL: ${(error as Error).message}`);
    } finally {
      await client.end().catch(() => undefined);
    }
    return { kind: 'postgres', url: target.url, pglite: null, close: async () => undefined };
  }

  const lockFile = embeddedLockFile(target.dataDir);
  const owner = await runningEmbedded(lockFile);
  if (owner) {
    throw new BackupError(
      `the embedded database (${target.dataDir}) is open in process ${owner.pid} (npm run dev or npm start?): stop it, then run this again`,
    );
  }
  const embedded = await startEmbeddedPostgres({ dataDir: target.dataDir });
  await fs.writeFile(lockFile, JSON.stringify({ pid: process.pid, url: embedded.url }), { mode: 0o600 });
  return {
    kind: 'pglite',
    url: embedded.url,
    pglite: embedded.pglite,
    close: async () => {
      await fs.rm(lockFile, { force: true });
      await embedded.stop();
    },
  };
}

export interface DumpResult {
  database: Manifest['database'];
  file: string;
}

/** Dumps the database into `dir` (one file), with the row counts and migration state of the same snapshot. */
export async function dumpDatabase(db: OpenDatabase, dir: string): Promise<DumpResult> {
  return db.pglite ? dumpEmbedded(db, db.pglite, dir) : dumpServer(db, dir);
}

async function dumpEmbedded(db: OpenDatabase, pglite: PGlite, dir: string): Promise<DumpResult> {
  // This process is the only client (openDatabase): the counts and the dump see the same data.
  const { rows, migrations, serverVersion } = await withClient(db.url, async (client) => ({
    rows: await rowCounts(client),
    migrations: await migrationState(client),
    serverVersion: await serverVersionOf(client),
  }));
  // No owners, grants or comments: the dump must load as whichever user restores it, on PGlite or a server.
  const dump = await (await pgDump({ pg: pglite, args: ['--no-owner', '--no-privileges', '--no-comments'] })).text();
  const dumpVersion = /^-- Dumped by pg_dump version (\S+)/m.exec(dump)?.[1] ?? 'unknown';
  const file = path.join(dir, DATABASE_FILES.sql);
  await fs.writeFile(file, gzipSync(dump, { level: 9 }));
  return {
    file,
    database: { kind: 'pglite', format: 'sql', file: DATABASE_FILES.sql, serverVersion, dumpVersion, migrations, rows },
  };
}

async function dumpServer(db: OpenDatabase, dir: string): Promise<DumpResult> {
  const pgDumpBin = pgBinary('pg_dump');
  const toolVersion = await pgToolVersion(pgDumpBin);
  return withClient(db.url, async (client) => {
    const serverVersion = await serverVersionOf(client);
    if (major(serverVersion) > major(toolVersion)) {
      throw new BackupError(
        `pg_dump ${toolVersion} cannot dump a PostgreSQL ${serverVersion} server (pg_dump must be at least the server's major version): ` +
          `install postgresql-client-${major(serverVersion)} (apt.postgresql.org on Debian) and put it first on PATH, or set PG_BINDIR to its bin folder`,
      );
    }
    // pg_dump reads the snapshot exported here, so the row counts are those of the dump, even under writes.
    await client.query('begin transaction isolation level repeatable read, read only');
    try {
      const { rows: snapshotRows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
      const rows = await rowCounts(client);
      const migrations = await migrationState(client);
      const file = path.join(dir, DATABASE_FILES.custom);
      const conn = libpq(db.url);
      await run(
        pgDumpBin,
        ['--format=custom', '--no-owner', '--no-privileges', '--no-comments', `--snapshot=${snapshotRows[0]!.id}`, `--file=${file}`, `--dbname=${conn.dbname}`],
        { env: conn.env },
      );
      return {
        file,
        database: { kind: 'postgres', format: 'custom', file: DATABASE_FILES.custom, serverVersion, dumpVersion: toolVersion, migrations, rows },
      };
    } finally {
      await client.query('commit');
    }
  });
}

/**
 * Runs a plain SQL dump (PGlite's pg_dump: INSERTs, no psql commands) as one simple query, so as
 * one implicit transaction, with `before` (if any) in the same transaction.
 */
export async function runSqlDump(url: string, script: string, before = ''): Promise<void> {
  await withClient(url, async (client) => {
    try {
      await client.query(before + (await withoutUnknownSettings(client, script)));
    } finally {
      // The dump empties search_path for its session, which on PGlite is every later connection's too.
      await client.query('reset all');
    }
  });
}

/** True when the target has none of Jarida's tables (a new database, or a new embedded folder). */
export async function isEmpty(db: OpenDatabase): Promise<boolean> {
  return withClient(db.url, async (client) => {
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from pg_tables where schemaname = any($1)', [SCHEMAS]);
    return rows[0]!.n === 0;
  });
}

/** Whether this backup can load into this kind of database with the tools here (before anything is changed). */
export async function checkLoadable(database: Manifest['database'], target: DatabaseTarget['kind']): Promise<void> {
  if (database.format === 'custom' && target !== 'postgres') {
    throw new BackupError(
      'this backup is of a PostgreSQL server (pg_dump custom format): it restores into a PostgreSQL server only. Set DATABASE_URL to a new, empty database',
    );
  }
  if (database.format === 'custom') {
    const toolVersion = await pgToolVersion(pgBinary('pg_restore'));
    if (major(database.dumpVersion) > major(toolVersion)) {
      throw new BackupError(
        `this backup was written by pg_dump ${database.dumpVersion}, which pg_restore ${toolVersion} cannot read: install postgresql-client-${major(database.dumpVersion)} or set PG_BINDIR`,
      );
    }
  }

}

/**
 * Loads a dump into an empty target (or, with `force`, one emptied here first) and checks the
 * row counts against the manifest. The caller then applies this release's migrations.
 */
export async function loadDatabase(db: OpenDatabase, database: Manifest['database'], file: string, options: { force: boolean }): Promise<void> {
  const clear = 'drop schema if exists drizzle cascade; drop schema if exists public cascade; create schema public;\n';
  const failed = (error: Error) =>
    new BackupError(`the database dump did not load (${options.force && database.format === 'custom' ? 'the database was emptied by --force' : 'the database is as it was'}): ${error.message}`);
  if (database.format === 'sql') {
    const script = gunzipSync(await fs.readFile(file)).toString('utf8');
    // Clearing (--force) and loading in one transaction: all or nothing.
    await runSqlDump(db.url, script, options.force ? clear : '').catch((error: Error) => {
      throw failed(error);
    });
  } else {
    if (options.force) await withClient(db.url, (client) => client.query(clear));
    const conn = libpq(db.url);
    await run(
      pgBinary('pg_restore'),
      ['--no-owner', '--no-privileges', '--exit-on-error', '--single-transaction', `--dbname=${conn.dbname}`, file],
      { env: conn.env },
    ).catch((error: BackupError) => {
      throw failed(error);
    });
  }

  const restored = await withClient(db.url, rowCounts);
  const wrong = Object.entries(database.rows).filter(([table, n]) => restored[table] !== n);
  if (wrong.length > 0) {
    throw new BackupError(
      `the restored database does not match the backup: ${wrong.map(([table, n]) => `${table} has ${restored[table] ?? 'no'} rows, expected ${n}`).join('; ')}`,
    );
  }
}

export async function currentMigrations(db: OpenDatabase): Promise<Manifest['database']['migrations']> {
  return withClient(db.url, migrationState);
}

/** The last migration this release knows (db/migrations/meta/_journal.json). */
export async function latestKnownMigration(): Promise<{ tag: string; when: number }> {
  const entries = await journal();
  return entries[entries.length - 1]!;
}

async function journal(): Promise<{ tag: string; when: number }[]> {
  const text = await fs.readFile(path.join(migrationsFolder, 'meta', '_journal.json'), 'utf8');
  return (JSON.parse(text) as { entries: { tag: string; when: number }[] }).entries;
}

async function migrationState(client: pg.Client): Promise<Manifest['database']['migrations']> {
  const { rows: exists } = await client.query<{ found: boolean }>(`select to_regclass('drizzle.__drizzle_migrations') is not null as found`);
  if (!exists[0]!.found) return { applied: 0, last: null, lastCreatedAt: null };
  const { rows } = await client.query<{ applied: number; last: string | null }>(
    'select count(*)::int as applied, max(created_at)::text as last from drizzle.__drizzle_migrations',
  );
  const lastCreatedAt = rows[0]!.last === null ? null : Number(rows[0]!.last);
  const tag = (await journal()).find((entry) => entry.when === lastCreatedAt)?.tag ?? null;
  return { applied: rows[0]!.applied, last: tag, lastCreatedAt };
}

async function rowCounts(client: pg.Client): Promise<Record<string, number>> {
  const { rows: tables } = await client.query<{ schemaname: string; tablename: string }>(
    'select schemaname, tablename from pg_tables where schemaname = any($1) order by 1, 2',
    [SCHEMAS],
  );
  if (tables.length === 0) return {};
  const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;
  const { rows } = await client.query<{ name: string; n: string }>(
    tables.map((t) => `select '${`${t.schemaname}.${t.tablename}`.replace(/'/g, "''")}' as name, count(*)::text as n from ${ident(t.schemaname)}.${ident(t.tablename)}`).join(' union all '),
  );
  return Object.fromEntries(rows.map((row) => [row.name, Number(row.n)]));
}

async function serverVersionOf(client: pg.Client): Promise<string> {
  const { rows } = await client.query<{ v: string }>(`select split_part(current_setting('server_version'), ' ', 1) as v`);
  return rows[0]!.v;
}

/**
 * PGlite's pg_dump is PostgreSQL 18's: its preamble sets parameters an older server does not know
 * (`transaction_timeout`, 17+), and that one error would abort the whole load. Only the preamble
 * (before the first object) is filtered, so no article text can be touched.
 */
async function withoutUnknownSettings(client: pg.Client, script: string): Promise<string> {
  const { rows } = await client.query<{ name: string }>('select name from pg_settings');
  const known = new Set(rows.map((row) => row.name));
  const end = script.indexOf('\n--\n-- Name: ');
  const preamble = end === -1 ? script : script.slice(0, end);
  const filtered = preamble.replace(/^SET ([a-z_]+) = [^\n]*;\n/gm, (line, name: string) => (known.has(name) ? line : ''));
  return filtered + script.slice(preamble.length);
}

function pgBinary(name: 'pg_dump' | 'pg_restore'): string {
  return process.env.PG_BINDIR ? path.join(process.env.PG_BINDIR, name) : name;
}

async function pgToolVersion(bin: string): Promise<string> {
  const output = await run(bin, ['--version']);
  const version = /\(PostgreSQL\)\s+(\d+(?:\.\d+)?)/.exec(output)?.[1];
  if (!version) throw new BackupError(`cannot tell the version of ${bin} from: ${output.trim()}`);
  return version;
}

function major(version: string): number {
  return Number.parseInt(version, 10);
}

/** A connection string without its password (which goes in PGPASSWORD, not on a command line `ps` shows). */
function libpq(url: string): { dbname: string; env: Record<string, string> } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { dbname: parsed.toString(), env: password ? { PGPASSWORD: password } : {} };
}

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5_000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end().catch(() => undefined);
  }
}
