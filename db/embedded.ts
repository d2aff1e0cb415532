import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import pg from 'pg';

export interface EmbeddedPostgres {
  url: string;
  /** The folder (mode 0700) holding the Unix socket: `psql -h <socketDir> -U postgres`. */
  socketDir: string;
  /** The instance itself, for what only works in-process (PGlite's pg_dump, lib/backup). */
  pglite: PGlite;
  stop: () => Promise<void>;
}

// libpq and `pg` look for `<dir>/.s.PGSQL.<port>`; the port is only part of the file name here.
const SOCKET_PORT = 5432;
// sun_path holds 108 bytes on Linux; past that, the socket goes to a private temporary folder.
const MAX_SOCKET_PATH = 100;

/**
 * PGlite allows one process per data directory, but `next build` renders in worker
 * processes and `db:seed` may run beside `next dev`. So a single owner process serves
 * PGlite over the PostgreSQL wire protocol and every other process connects with `pg`.
 *
 * PGlite accepts any user without a password, so the protocol is served on a Unix socket in a
 * folder only this user can enter (0700), never on TCP: other local users and processes in
 * other containers cannot reach it, where a loopback port was open to every process on the host.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string; // omit for an in-memory database
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await fs.mkdir(path.dirname(options.dataDir), { recursive: true, mode: 0o700 });
  const socketDir = await privateSocketDir(options.dataDir);
  const socketPath = path.join(socketDir, `.s.PGSQL.${SOCKET_PORT}`);
  // Only a previous owner that died leaves the file behind: callers check for a live one first.
  await fs.rm(socketPath, { force: true });

  // Site search needs both (migration 0003 runs CREATE EXTENSION); PGlite ships them in contrib.
  const pglite = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { pg_trgm, unaccent } });
  const server = new PGLiteSocketServer({
    db: pglite,
    path: socketPath,
    // The multiplexer keeps a transaction on its own connection; 32 covers app + build workers.
    maxConnections: 32,
  });
  await server.start();
  return {
    url: embeddedUrl(socketDir),
    socketDir,
    pglite,
    stop: async () => {
      await server.stop();
      await pglite.close();
      await fs.rm(socketPath, { force: true });
      if (!options.dataDir || socketDir !== defaultSocketDir(options.dataDir)) await fs.rm(socketDir, { recursive: true, force: true });
    },
  };
}

/** A `pg` connection string for the socket in `socketDir`. */
export function embeddedUrl(socketDir: string): string {
  return `postgres://postgres@localhost:${SOCKET_PORT}/postgres?host=${encodeURIComponent(socketDir)}`;
}

function defaultSocketDir(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), 'run');
}

async function privateSocketDir(dataDir: string | undefined): Promise<string> {
  if (dataDir) {
    const dir = defaultSocketDir(dataDir);
    if (path.join(dir, `.s.PGSQL.${SOCKET_PORT}`).length <= MAX_SOCKET_PATH) {
      await fs.mkdir(dir, { recursive: true, mode: 0o700 });
      // mkdir's mode is masked by umask and ignored for an existing folder: set it explicitly.
      await fs.chmod(dir, 0o700);
      return dir;
    }
  }
  return fs.mkdtemp(path.join(os.tmpdir(), 'jarida-pg-')); // created 0700
}

/**
 * The file that names the process owning a data directory (`.data/embedded-db.json` beside
 * `.data/pglite`): other commands connect to its socket instead of opening the files a second time.
 */
export function embeddedLockFile(dataDir: string): string {
  return path.join(path.dirname(path.resolve(dataDir)), 'embedded-db.json');
}

/** The live owner named by the lock file, or null when there is none (or it no longer answers). */
export async function runningEmbedded(lockFile: string): Promise<{ pid: number; url: string } | null> {
  try {
    const { pid, url } = JSON.parse(await fs.readFile(lockFile, 'utf8')) as { pid: number; url: string };
    if (pid !== process.pid && alive(pid) && (await reachable(url))) return { pid, url };
  } catch {
    // No lock file, or a stale or unreadable one: the caller replaces it.
  }
  return null;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 1_000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => undefined);
  }
}
