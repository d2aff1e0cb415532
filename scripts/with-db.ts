/**
 * Runs a command with DATABASE_URL set. Without one, it starts (or reuses) the embedded
 * PostgreSQL (PGlite under .data/pglite) and, with --prepare, applies migrations and loads the
 * demo content the first time. Usage: tsx scripts/with-db.ts [--prepare] -- <command...>
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { embeddedLockFile, runningEmbedded, startEmbeddedPostgres, type EmbeddedPostgres } from '../db/embedded';
import { runMigrations } from '../db/migrate';

const dataDir = path.join(process.cwd(), '.data');
const lockFile = embeddedLockFile(path.join(dataDir, 'pglite'));

async function existingEmbedded(): Promise<string | null> {
  return (await runningEmbedded(lockFile))?.url ?? null;
}

async function seedIfEmpty(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>('select count(*)::int as n from articles');
    if ((rows[0]?.n ?? 0) > 0) return;
  } finally {
    await client.end();
  }
  console.log('[db] empty database: loading demo content…');
  const started = performance.now();
  const [{ createDb }, { seed }] = await Promise.all([import('../db/client'), import('../demo/seed')]);
  const handle = createDb(url, { max: 1 });
  try {
    const counts = await seed(handle.db, { renditions: true });
    console.log(`[db] demo content loaded in ${Math.round(performance.now() - started)} ms:`, counts);
  } finally {
    await handle.close();
  }
}

async function printDemoAccounts(url: string): Promise<void> {
  const [{ createDb }, { ensureDemoAccounts }] = await Promise.all([import('../db/client'), import('../demo/accounts')]);
  const handle = createDb(url, { max: 1 });
  try {
    const accounts = await ensureDemoAccounts(handle.db, dataDir);
    for (const account of accounts) {
      console.log(`[demo] ${account.role} sign-in at /admin: ${account.email} / ${account.password}`);
    }
  } finally {
    await handle.close();
  }
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const separator = args.indexOf('--');
  const flags = separator === -1 ? [] : args.slice(0, separator);
  const command = separator === -1 ? args : args.slice(separator + 1);
  if (command.length === 0) throw new Error('usage: with-db [--prepare] -- <command...>');

  let url = process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | null = null;
  if (!url) {
    url = (await existingEmbedded()) ?? undefined;
    if (url) {
      console.log('[db] using the embedded database already running for another command');
    } else {
      embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, 'pglite') });
      url = embedded.url;
      fs.writeFileSync(lockFile, JSON.stringify({ pid: process.pid, url }), { mode: 0o600 });
      console.log(`[db] embedded PostgreSQL (PGlite) on the Unix socket in ${path.relative(process.cwd(), embedded.socketDir) || embedded.socketDir}, data in .data/pglite`);
    }
    if (flags.includes('--prepare')) {
      await runMigrations(url);
      await seedIfEmpty(url);
      await printDemoAccounts(url);
    }
  }

  const stopEmbedded = async () => {
    if (!embedded) return;
    const current = embedded;
    embedded = null;
    fs.rmSync(lockFile, { force: true });
    await current.stop().catch((error: unknown) => console.error('[db] stop failed:', error));
  };

  const child = spawn(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, DATABASE_URL: url, ...(process.env.DATABASE_URL ? {} : embeddedPoolSize()) },
    shell: process.platform === 'win32',
  });
  const forward = (signal: NodeJS.Signals) => () => child.kill(signal);
  process.on('SIGINT', forward('SIGINT'));
  process.on('SIGTERM', forward('SIGTERM'));
  child.on('exit', (code, signal) => {
    void stopEmbedded().then(() => process.exit(code ?? (signal ? 1 : 0)));
  });
}

main().catch((error: unknown) => {
  console.error('[with-db]', error instanceof Error ? error.message : error);
  process.exit(1);
});

/**
 * One connection per process to the embedded database. PGlite is a single session: its socket
 * server takes connections in turn, but the messages of two connections' parameterised queries
 * (Parse, Bind, Execute, Sync) can interleave, and one of them then fails (`portal "" does not
 * exist`) or gets another's rows (electric-sql/pglite#1046; 2,000 concurrent queries over a pool
 * of 8 broke it here, none failed over a pool of 1). One connection costs nothing in throughput:
 * PGlite runs one statement at a time anyway.
 */
function embeddedPoolSize(): { DATABASE_POOL_MAX: string } {
  return { DATABASE_POOL_MAX: process.env.DATABASE_POOL_MAX ?? '1' };
}
