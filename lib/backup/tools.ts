import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { BackupError } from './format';

const INSTALL_HINTS: Record<string, string> = {
  tar: 'apt-get install tar',
  pg_dump: 'apt-get install postgresql-client',
  pg_restore: 'apt-get install postgresql-client',
};

/**
 * Runs a program to completion and returns its standard output. A missing program or a non-zero
 * exit is a BackupError carrying the program's own last words (its stderr), not a stack trace.
 */
export function run(command: string, args: string[], options: { env?: Record<string, string> } = {}): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...options.env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (error: NodeJS.ErrnoException) => {
      const name = path.basename(command);
      if (error.code === 'ENOENT') {
        const hint = INSTALL_HINTS[name];
        reject(new BackupError(`${name} is not installed${hint ? ` (Debian: ${hint})` : ''}`));
      } else reject(new BackupError(`${name} did not start: ${error.message}`));
    });
    child.on('close', (code) => {
      if (code === 0) resolve(stdout);
      else reject(new BackupError(`${path.basename(command)} failed (exit ${code}): ${stderr.trim().split('\n').slice(-5).join('\n') || 'no message'}`));
    });
  });
}

export async function sha256File(file: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/** Files (not folders) under `root` and their total size; a missing root has none. */
export async function folderStats(root: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  const entries = await fs.readdir(root, { recursive: true, withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return [];
    throw error;
  });
  for (const entry of entries) {
    if (!entry.isFile()) continue;
    files += 1;
    bytes += (await fs.stat(path.join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

/** GNU tar, which every Debian machine has: `--no-same-owner` so restored files belong to the restoring user. */
export async function tarCreate(archive: string, dir: string, entries: string[], exclude: string[] = []): Promise<void> {
  await run('tar', ['--create', '--file', archive, ...exclude.map((pattern) => `--exclude=${pattern}`), '--directory', dir, '--', ...entries]);
}

export async function tarExtract(archive: string, dir: string): Promise<void> {
  await run('tar', ['--extract', '--file', archive, '--no-same-owner', '--directory', dir]);
}

export async function tarList(archive: string): Promise<string[]> {
  return (await run('tar', ['--list', '--file', archive])).split('\n').filter(Boolean);
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
