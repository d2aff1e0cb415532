import { execFileSync } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runMigrations } from '../../db/migrate';
import { checkLoadable, currentMigrations, dumpDatabase, isEmpty, latestKnownMigration, loadDatabase, openDatabase, type DatabaseTarget } from './database';
import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, BackupError, DATABASE_FILES, MANIFEST_FILE, MEDIA_FILE, parseManifest, type Manifest } from './format';
import { archiveMedia, isMediaEmpty, restoreMedia, type MediaTarget } from './media';
import { sha256File, tarCreate, tarExtract, tarList } from './tools';

export { BackupError } from './format';
export type { DatabaseTarget } from './database';
export type { MediaTarget } from './media';

export interface BackupResult {
  file: string;
  bytes: number;
  manifest: Manifest;
}

/**
 * Writes one backup file: the database first, then the media folder. Media files are written
 * once under new keys and rarely deleted, so every file the dump names is normally in the tar;
 * a file uploaded between the two steps is in the tar without a row, which is harmless.
 */
export async function createBackup(options: { database: DatabaseTarget; media: MediaTarget; out: string; now?: Date }): Promise<BackupResult> {
  const out = path.resolve(options.out);
  const outDir = path.dirname(out);
  if (!(await fs.stat(outDir).then((stat) => stat.isDirectory(), () => false))) {
    throw new BackupError(`the folder for ${options.out} does not exist`);
  }
  // Staged beside the output (same file system: the final rename is atomic, /tmp may be small).
  const staging = await fs.mkdtemp(path.join(outDir, '.jarida-backup-'));
  try {
    const db = await openDatabase(options.database);
    let dumped;
    try {
      dumped = await dumpDatabase(db, staging);
    } finally {
      await db.close();
    }
    const files = [MANIFEST_FILE, dumped.database.file];
    let media: Manifest['media'] = { included: false, storage: options.media.storage };
    if (options.media.root !== null) {
      const archived = await archiveMedia(options.media.root, staging);
      media = { included: true, storage: 'local', file: MEDIA_FILE, files: archived.files, bytes: archived.bytes };
      files.push(MEDIA_FILE);
    }
    const checksums: Record<string, string> = {};
    for (const name of files.slice(1)) checksums[name] = await sha256File(path.join(staging, name));
    const manifest: Manifest = {
      format: BACKUP_FORMAT,
      formatVersion: BACKUP_FORMAT_VERSION,
      createdAt: (options.now ?? new Date()).toISOString(),
      app: await appVersion(),
      database: dumped.database,
      media,
      checksums,
    };
    await fs.writeFile(path.join(staging, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
    const partial = path.join(staging, 'backup.tar');
    await tarCreate(partial, staging, files);
    await fs.chmod(partial, 0o600); // it holds password hashes and sealed TOTP secrets
    await fs.rename(partial, out);
    return { file: out, bytes: (await fs.stat(out)).size, manifest };
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

export interface RestoreResult {
  manifest: Manifest;
  migrationsApplied: number;
  media: { files: number; bytes: number } | null;
}

/**
 * Restores a backup file into a database (and media folder) that must be empty unless `force`.
 * Everything that can be checked is checked before anything is changed: the file's shape and
 * checksums, the release that wrote it, the target. After loading, this release's migrations run.
 */
export async function restoreBackup(options: { file: string; database: DatabaseTarget; media: MediaTarget; force?: boolean }): Promise<RestoreResult> {
  const force = options.force ?? false;
  const staging = await fs.mkdtemp(path.join(os.tmpdir(), 'jarida-restore-'));
  try {
    const manifest = await unpack(options.file, staging);

    const latest = await latestKnownMigration();
    const { lastCreatedAt, last } = manifest.database.migrations;
    if (lastCreatedAt !== null && lastCreatedAt > latest.when) {
      throw new BackupError(
        `this backup comes from a newer Jarida (its database has migration ${last ?? `of ${new Date(lastCreatedAt).toISOString()}`}, this release stops at ${latest.tag}): restore it with that release or a later one`,
      );
    }

    await checkLoadable(manifest.database, options.database.kind);

    const restoreMediaFiles = manifest.media.included;
    if (restoreMediaFiles && options.media.root === null) {
      throw new BackupError(
        `this backup holds the media folder, but MEDIA_STORAGE is ${options.media.storage}: restore with MEDIA_STORAGE=local, then copy the files into the bucket`,
      );
    }
    if (restoreMediaFiles && options.media.root !== null && !force && !(await isMediaEmpty(options.media.root))) {
      throw new BackupError(`the media folder ${options.media.root} is not empty: use --force to replace it`);
    }

    const db = await openDatabase(options.database);
    let migrationsApplied: number;
    try {
      if (!force && !(await isEmpty(db))) {
        throw new BackupError('the database is not empty: use --force to replace everything in it with the backup');
      }
      await loadDatabase(db, manifest.database, path.join(staging, manifest.database.file), { force });
      await runMigrations(db.url);
      migrationsApplied = (await currentMigrations(db)).applied - manifest.database.migrations.applied;
    } finally {
      await db.close();
    }

    const media = restoreMediaFiles && options.media.root !== null ? await restoreMedia(path.join(staging, MEDIA_FILE), options.media.root) : null;
    return { manifest, migrationsApplied, media };
  } finally {
    await fs.rm(staging, { recursive: true, force: true });
  }
}

/** Reads and checks a backup file into `dir`: a tar with a valid manifest and matching checksums. */
async function unpack(file: string, dir: string): Promise<Manifest> {
  const stat = await fs.stat(file).catch(() => null);
  if (!stat) throw new BackupError(`${file}: no such file`);
  if (!stat.isFile()) throw new BackupError(`${file} is not a file`);
  const entries = await tarList(file).catch(() => {
    throw new BackupError(`${file} is not a Jarida backup (not a tar file)`);
  });
  if (!entries.includes(MANIFEST_FILE)) throw new BackupError(`${file} is not a Jarida backup (no ${MANIFEST_FILE} inside)`);
  const allowed = new Set<string>([MANIFEST_FILE, MEDIA_FILE, ...Object.values(DATABASE_FILES)]);
  const unexpected = entries.filter((entry) => !allowed.has(entry));
  if (unexpected.length > 0) throw new BackupError(`${file} is not a Jarida backup (unexpected ${unexpected.slice(0, 3).join(', ')})`);
  await tarExtract(file, dir);

  const manifest = parseManifest(await fs.readFile(path.join(dir, MANIFEST_FILE), 'utf8'));
  const needed = [manifest.database.file, ...(manifest.media.included ? [MEDIA_FILE] : [])];
  for (const name of needed) {
    const expected = manifest.checksums[name];
    if (!expected) throw new BackupError(`${file}: the manifest has no checksum for ${name}`);
    const actual = await sha256File(path.join(dir, name)).catch(() => null);
    if (actual === null) throw new BackupError(`${file}: ${name} is missing`);
    if (actual !== expected) throw new BackupError(`${file} is damaged: the checksum of ${name} does not match the manifest's`);
  }
  return manifest;
}

async function appVersion(): Promise<Manifest['app']> {
  const pkg = JSON.parse(await fs.readFile(path.join(import.meta.dirname, '../../package.json'), 'utf8')) as { version: string };
  let commit: string | null = null;
  try {
    commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: import.meta.dirname, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim() || null;
  } catch {
    // Not a git checkout (a copied release): the package version alone says which release.
  }
  return { version: pkg.version, commit };
}
