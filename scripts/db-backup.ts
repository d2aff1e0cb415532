/**
 * `npm run db:backup -- [--out FILE]` and `npm run db:restore -- FILE [--force]`: the database
 * named by DATABASE_URL, or the embedded one in .data/pglite without it, with the media folder
 * (MEDIA_ROOT) when MEDIA_STORAGE is local. The file format is described in lib/backup/format.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupError, createBackup, restoreBackup, type DatabaseTarget, type MediaTarget } from '../lib/backup/backup';
import { formatBytes } from '../lib/backup/tools';
import { mediaRoot } from '../lib/storage/media-root';

const USAGE = `usage:
  npm run db:backup -- [--out FILE]          (default: jarida-backup-<UTC date and time>.tar here)
  npm run db:restore -- FILE [--force]       (--force replaces a database or media folder that is not empty)`;

function databaseTarget(): DatabaseTarget {
  const url = process.env.DATABASE_URL;
  if (url) {
    if (!/^postgres(ql)?:\/\//.test(url)) throw new BackupError('DATABASE_URL must be a postgres:// URL');
    return { kind: 'postgres', url };
  }
  return { kind: 'pglite', dataDir: path.join(process.cwd(), '.data', 'pglite') };
}

function mediaTarget(): MediaTarget {
  const storage = process.env.MEDIA_STORAGE ?? 'local';
  return storage === 'local' ? { storage, root: mediaRoot() } : { storage, root: null };
}

function describe(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return `the embedded database (${shown(target.dataDir)})`;
  const url = new URL(target.url);
  return `PostgreSQL ${url.host}${url.pathname}`;
}

/** A path under the current folder relative to it, any other absolute. */
const shown = (file: string) => (path.relative(process.cwd(), file).startsWith('..') ? file : path.relative(process.cwd(), file));

const seconds = (started: number) => `${((performance.now() - started) / 1000).toFixed(1)} s`;

async function backup(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { out: { type: 'string' } }, allowPositionals: true, strict: true });
  if (positionals.length > 0) throw new BackupError(`unexpected argument ${positionals[0]}\n${USAGE}`);
  const out = values.out ?? `jarida-backup-${new Date().toISOString().replace(/[:.]/g, '-').replace(/-\d{3}Z$/, 'Z')}.tar`;
  if (fs.existsSync(out)) throw new BackupError(`${out} already exists: choose another --out`);
  const database = databaseTarget();
  if (database.kind === 'pglite' && !fs.existsSync(database.dataDir)) {
    throw new BackupError(`DATABASE_URL is not set and there is no embedded database in ${shown(database.dataDir)}: nothing to back up`);
  }
  const media = mediaTarget();
  const started = performance.now();
  console.log(`[backup] ${describe(database)}${media.root ? ` and the media folder ${media.root}` : ''}…`);
  const result = await createBackup({ database, media, out });
  const { manifest } = result;
  const rows = Object.values(manifest.database.rows).reduce((sum, n) => sum + n, 0);
  console.log(
    `[backup] ${shown(result.file)}: ${formatBytes(result.bytes)} in ${seconds(started)} ` +
      `(${Object.keys(manifest.database.rows).length} tables, ${rows} rows, migration ${manifest.database.migrations.last ?? 'none'}` +
      `${manifest.media.included ? `, ${manifest.media.files} media files, ${formatBytes(manifest.media.bytes)}` : ''})`,
  );
  if (!manifest.media.included) {
    console.log(`[backup] MEDIA_STORAGE=${manifest.media.storage}: the media files are not in this file; back the bucket up as the README says`);
  }
}

async function restore(args: string[]): Promise<void> {
  const { values, positionals } = parseArgs({ args, options: { force: { type: 'boolean', default: false } }, allowPositionals: true, strict: true });
  if (positionals.length !== 1) throw new BackupError(`name one backup file\n${USAGE}`);
  const file = positionals[0]!;
  const database = databaseTarget();
  const media = mediaTarget();
  const started = performance.now();
  console.log(`[restore] ${file} into ${describe(database)}${media.root ? ` and the media folder ${media.root}` : ''}${values.force ? ' (--force)' : ''}…`);
  const result = await restoreBackup({ file, database, media, force: values.force });
  const { manifest } = result;
  console.log(
    `[restore] done in ${seconds(started)}: backup of ${manifest.createdAt} (Jarida ${manifest.app.version}, ${manifest.database.kind}), ` +
      `${Object.values(manifest.database.rows).reduce((sum, n) => sum + n, 0)} rows` +
      `${result.migrationsApplied > 0 ? `, then ${result.migrationsApplied} newer migration(s) applied` : ''}` +
      `${result.media ? `, ${result.media.files} media files` : ''}`,
  );
}

async function main(): Promise<void> {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'backup') return backup(args);
  if (command === 'restore') return restore(args);
  throw new BackupError(USAGE);
}

main().catch((error: unknown) => {
  // Bad input (a missing or foreign file, a non-empty target, an unknown option) gets one line, no stack.
  const known = error instanceof BackupError || (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  console.error(`[${process.argv[2] === 'restore' ? 'restore' : 'backup'}] ${known ? (error as Error).message : (error as Error)?.stack ?? error}`);
  process.exit(1);
});
