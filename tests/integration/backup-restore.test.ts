import { spawnSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { embeddedLockFile, startEmbeddedPostgres } from '@/db/embedded';
import { createBackup, restoreBackup, type DatabaseTarget, type MediaTarget } from '@/lib/backup/backup';
import { mediaRoot } from '@/lib/storage/media-root';
import {
  fingerprint,
  loadDemo,
  mediaFingerprint,
  NO_SERVER,
  serverAdminUrl,
  withEmbedded,
  type Fingerprint,
} from './support/backup';
import { createServerDatabase, withClient } from '../support/server-database';

const now = new Date('2026-11-23T15:00:00Z');
const adminUrl = serverAdminUrl();
if (!adminUrl) console.warn(`[backup-restore] ${NO_SERVER}`);

let work: string;
let source: DatabaseTarget;
const sourceMedia = (): MediaTarget => ({ storage: 'local', root: mediaRoot() });
let expected: Fingerprint;
let expectedMedia: Record<string, string>;
let embeddedBackup: string;
const cleanups: (() => Promise<void>)[] = [];

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

beforeAll(async () => {
  work = await fs.mkdtemp(path.join(os.tmpdir(), 'jarida-backup-test-'));
  source = { kind: 'pglite', dataDir: path.join(work, 'source', 'pglite') };
  expected = await withEmbedded(source.dataDir, async (url) => {
    await loadDemo(url, now);
    return fingerprint(url);
  });
  expectedMedia = await mediaFingerprint(mediaRoot());
  embeddedBackup = path.join(work, 'embedded.tar');
  const started = performance.now();
  const result = await createBackup({ database: source, media: sourceMedia(), out: embeddedBackup, now });
  console.log(`[backup-restore] embedded demo database backed up: ${(result.bytes / 1024).toFixed(0)} KB in ${seconds(started)}`);
}, 600_000); // the demo's images are drawn the first time (minutes on a busy machine)

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  if (work) await fs.rm(work, { recursive: true, force: true });
});

// PGlite starts take seconds each, minutes in all on a loaded machine: more than the project's 60 s per test.
describe('backup and restore (embedded database)', { timeout: 300_000 }, () => {
  it('the demo has articles, revisions and media to carry', () => {
    expect(Object.keys(expected.articles).length).toBeGreaterThan(40);
    expect(Object.keys(expected.revisions)).toHaveLength(24);
    expect(expected.rows['drizzle.__drizzle_migrations']).toBeGreaterThan(0);
    expect(Object.keys(expectedMedia).length).toBeGreaterThan(30);
  });

  // Restored once, then reused: each embedded database costs a PGlite start (seconds on a busy machine).
  const restored: DatabaseTarget = { kind: 'pglite', dataDir: '' };
  const restoredMedia = () => path.join(work, 'restored', 'media');

  it('restores into a fresh embedded database: every table, article, revision and media file', async () => {
    restored.dataDir = path.join(work, 'restored', 'pglite');
    const started = performance.now();
    const result = await restoreBackup({ file: embeddedBackup, database: restored, media: { storage: 'local', root: restoredMedia() } });
    console.log(`[backup-restore] embedded backup restored into PGlite in ${seconds(started)}`);
    expect(result.migrationsApplied).toBe(0);
    expect(await withEmbedded(restored.dataDir, fingerprint)).toEqual(expected);
    expect(await mediaFingerprint(restoredMedia())).toEqual(expectedMedia);
  });

  it('refuses a database or media folder that is not empty, unless forced', async () => {
    const media = restoredMedia();
    await expect(restoreBackup({ file: embeddedBackup, database: restored, media: { storage: 'local', root: media } })).rejects.toThrow(
      /media folder .* is not empty: use --force/,
    );
    const emptyMedia = path.join(work, 'other-media');
    await expect(restoreBackup({ file: embeddedBackup, database: restored, media: { storage: 'local', root: emptyMedia } })).rejects.toThrow(
      /database is not empty: use --force/,
    );
    // An editor's change after the backup, and a stray file: --force puts the backup's content back.
    await withEmbedded(restored.dataDir, (url) =>
      withClient(url, (client) => client.query(`update articles set title = 'changed' where id = (select min(id) from articles)`)),
    );
    await fs.writeFile(path.join(media, 'stray.webp'), 'not from the backup');
    await restoreBackup({ file: embeddedBackup, database: restored, media: { storage: 'local', root: media }, force: true });
    expect(await withEmbedded(restored.dataDir, fingerprint)).toEqual(expected);
    expect(await mediaFingerprint(media)).toEqual(expectedMedia);
  });

  it('will not open an embedded database another process has open', async () => {
    const running = await startEmbeddedPostgres({});
    const dataDir = path.join(work, 'busy', 'pglite');
    await fs.mkdir(path.dirname(dataDir), { recursive: true });
    // As `npm run dev` leaves it: a live process (this one's parent) serving the folder.
    await fs.writeFile(embeddedLockFile(dataDir), JSON.stringify({ pid: process.ppid, url: running.url }));
    try {
      await expect(createBackup({ database: { kind: 'pglite', dataDir }, media: { storage: 's3', root: null }, out: path.join(work, 'busy.tar') })).rejects.toThrow(
        new RegExp(`is open in process ${process.ppid} \\(npm run dev or npm start\\?\\): stop it`),
      );
    } finally {
      await running.stop();
    }
  });

  it('rejects files that are not backups, or damaged ones, before touching anything', async () => {
    const target: DatabaseTarget = { kind: 'pglite', dataDir: path.join(work, 'never', 'pglite') };
    const media: MediaTarget = { storage: 'local', root: path.join(work, 'never', 'media') };
    const restore = (file: string) => restoreBackup({ file, database: target, media });
    await expect(restore(path.join(work, 'missing.tar'))).rejects.toThrow(/missing\.tar: no such file/);
    await expect(restore(path.join(import.meta.dirname, 'support', 'backup.ts'))).rejects.toThrow(/is not a Jarida backup \(not a tar file\)/);

    const unpacked = path.join(work, 'unpacked');
    await fs.mkdir(unpacked);
    spawnSync('tar', ['-xf', embeddedBackup, '-C', unpacked]);
    const repack = async (name: string, files: string[]) => {
      const file = path.join(work, name);
      spawnSync('tar', ['-cf', file, '-C', unpacked, ...files]);
      return file;
    };
    await expect(restore(await repack('no-manifest.tar', ['database.sql.gz']))).rejects.toThrow(/not a Jarida backup \(no manifest\.json inside\)/);

    const manifestText = await fs.readFile(path.join(unpacked, 'manifest.json'), 'utf8');
    await fs.writeFile(path.join(unpacked, 'manifest.json'), manifestText.replace('"formatVersion": 1', '"formatVersion": 9'));
    await expect(restore(await repack('future.tar', ['manifest.json', 'database.sql.gz', 'media.tar']))).rejects.toThrow(/format 9, written by a newer Jarida/);
    await fs.writeFile(path.join(unpacked, 'manifest.json'), manifestText);

    const dump = await fs.readFile(path.join(unpacked, 'database.sql.gz'));
    const at = dump.length - 20;
    dump.writeUInt8(dump.readUInt8(at) ^ 0xff, at);
    await fs.writeFile(path.join(unpacked, 'database.sql.gz'), dump);
    await expect(restore(await repack('damaged.tar', ['manifest.json', 'database.sql.gz', 'media.tar']))).rejects.toThrow(
      /is damaged: the checksum of database\.sql\.gz does not match/,
    );
    // Nothing was created.
    await expect(fs.stat(target.dataDir)).rejects.toThrow();
  });

  it('the command prints one line without a stack trace for bad input', () => {
    const result = spawnSync('node_modules/.bin/tsx', ['scripts/db-backup.ts', 'restore', path.join(work, 'missing.tar')], {
      encoding: 'utf8',
      env: { ...process.env, DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none' },
    });
    expect(result.status).toBe(1);
    expect(result.stderr.trim()).toBe(`[restore] ${path.join(work, 'missing.tar')}: no such file`);
  });
});

describe.skipIf(!adminUrl)('backup and restore (PostgreSQL server)', { timeout: 120_000 }, () => {
  let server: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    server = await createServerDatabase(adminUrl!, 'from_embedded');
    cleanups.push(server.drop);
  });

  it('restores an embedded backup into a server: the move from the embedded default', async () => {
    const media = path.join(work, 'server-media');
    const started = performance.now();
    await restoreBackup({ file: embeddedBackup, database: { kind: 'postgres', url: server.url }, media: { storage: 'local', root: media } });
    console.log(`[backup-restore] embedded backup restored into PostgreSQL in ${seconds(started)}`);
    expect(await fingerprint(server.url)).toEqual(expected);
    expect(await mediaFingerprint(media)).toEqual(expectedMedia);
  });

  it('backs up a server and restores it into a fresh server database', async () => {
    const out = path.join(work, 'server.tar');
    let started = performance.now();
    const backup = await createBackup({ database: { kind: 'postgres', url: server.url }, media: { storage: 'local', root: path.join(work, 'server-media') }, out });
    console.log(`[backup-restore] server demo database backed up: ${(backup.bytes / 1024).toFixed(0)} KB in ${seconds(started)}`);
    expect(backup.manifest.database).toMatchObject({ kind: 'postgres', format: 'custom', file: 'database.dump' });

    const fresh = await createServerDatabase(adminUrl!, 'from_server');
    cleanups.push(fresh.drop);
    const media = path.join(work, 'server-media-2');
    started = performance.now();
    await restoreBackup({ file: out, database: { kind: 'postgres', url: fresh.url }, media: { storage: 'local', root: media } });
    console.log(`[backup-restore] server backup restored into PostgreSQL in ${seconds(started)}`);
    expect(await fingerprint(fresh.url)).toEqual(expected);
    expect(await mediaFingerprint(media)).toEqual(expectedMedia);

    const embedded: DatabaseTarget = { kind: 'pglite', dataDir: path.join(work, 'server-to-embedded', 'pglite') };
    await expect(restoreBackup({ file: out, database: embedded, media: { storage: 'local', root: path.join(work, 'unused-media') } })).rejects.toThrow(
      /it restores into a PostgreSQL server only/,
    );
    await expect(restoreBackup({ file: out, database: { kind: 'postgres', url: fresh.url }, media: { storage: 's3', root: null } })).rejects.toThrow(
      /this backup holds the media folder, but MEDIA_STORAGE is s3/,
    );
    await expect(fs.stat(embedded.dataDir)).rejects.toThrow();
  });

  it('says which pg_dump to install when the one on PATH is older than the server', async () => {
    const bin = path.join(work, 'old-client');
    await fs.mkdir(bin);
    await fs.writeFile(path.join(bin, 'pg_dump'), '#!/bin/sh\necho "pg_dump (PostgreSQL) 9.6.24"\n', { mode: 0o755 });
    process.env.PG_BINDIR = bin;
    try {
      await expect(
        createBackup({ database: { kind: 'postgres', url: server.url }, media: { storage: 's3', root: null }, out: path.join(work, 'never.tar') }),
      ).rejects.toThrow(/pg_dump 9\.6 cannot dump a PostgreSQL \d+(\.\d+)? server .*install postgresql-client-\d+/);
    } finally {
      delete process.env.PG_BINDIR;
    }
  });
});
