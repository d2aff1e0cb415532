import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BackupError, MEDIA_FILE } from './format';
import { folderStats, tarCreate, tarExtract } from './tools';

/** Media storage a backup reads and a restore writes: only local storage has files to carry. */
export type MediaTarget = { storage: 'local'; root: string } | { storage: string; root: null };

/** Tars the media folder into `dir`. Half-written uploads (`*.tmp`, see lib/storage) stay out. */
export async function archiveMedia(root: string, dir: string): Promise<{ file: string; files: number; bytes: number }> {
  const file = path.join(dir, MEDIA_FILE);
  const exists = await fs.stat(root).then((stat) => stat.isDirectory(), () => false);
  // A site with no media yet still gets an (empty) media.tar: one shape for every backup.
  const source = exists ? root : await fs.mkdtemp(path.join(dir, 'empty-media-'));
  await tarCreate(file, source, ['.'], ['*.tmp']);
  if (!exists) await fs.rm(source, { recursive: true, force: true });
  return { file, ...(await folderStats(root)) };
}

export async function isMediaEmpty(root: string): Promise<boolean> {
  return (await folderStats(root)).files === 0;
}

/**
 * Unpacks beside the media folder, then swaps the folders: readers of a running site never see
 * half the files, and a failed unpack leaves the old folder as it was.
 */
export async function restoreMedia(archive: string, root: string): Promise<{ files: number; bytes: number }> {
  const parent = path.dirname(path.resolve(root));
  await fs.mkdir(parent, { recursive: true });
  const incoming = path.join(parent, `.${path.basename(root)}.restoring-${randomBytes(4).toString('hex')}`);
  await fs.mkdir(incoming, { mode: 0o755 });
  try {
    await tarExtract(archive, incoming);
  } catch (error) {
    await fs.rm(incoming, { recursive: true, force: true });
    throw error instanceof BackupError ? error : new BackupError(`the media did not unpack: ${(error as Error).message}`);
  }
  const previous = `${incoming}.previous`;
  const hadRoot = await fs.rename(root, previous).then(() => true, (error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return false;
    throw error;
  });
  await fs.rename(incoming, root);
  if (hadRoot) await fs.rm(previous, { recursive: true, force: true });
  return folderStats(root);
}
