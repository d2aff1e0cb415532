import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import { liveEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { mediaRoot, mediaUrl } from './media-root';

/**
 * Where media files live. Keys are relative paths such as `uploads/2026-05/3fa9…/w640.avif`;
 * the database stores only keys, so a backend (local disk today, an S3-compatible bucket later)
 * can be swapped without touching rows.
 */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** The stored bytes, or null when there is no such file. */
  get(key: string): Promise<{ bytes: Buffer; contentType: string } | null>;
  /** Deleting a missing key is not an error: deletes are retried after partial failures. */
  delete(key: string): Promise<void>;
  /** Public URL the reader site and the admin use for the file. */
  url(key: string): string;
}

const CONTENT_TYPES: Record<string, string> = {
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

export function contentTypeOfKey(key: string): string | null {
  return CONTENT_TYPES[path.posix.extname(key).toLowerCase()] ?? null;
}

/**
 * Keys are checked by shape before any backend sees them: lower-case path segments of letters,
 * digits, dots, dashes and underscores, no `..`, no absolute paths, no backslashes. A bucket has
 * no directories to escape, but the same rule keeps keys portable between backends.
 */
export function assertValidKey(key: string): void {
  const segments = key.split('/');
  const valid =
    key.length > 0 &&
    key.length <= 300 &&
    segments.every((segment) => /^[a-z0-9_-][a-z0-9._-]*$/.test(segment) && segment !== '.' && !segment.includes('..'));
  if (!valid) throw new AppError('bad_request', `Invalid media key: ${JSON.stringify(key)}`);
}

export function localStorage(root: string = mediaRoot()): MediaStorage {
  const base = path.resolve(root);
  const resolve = (key: string): string => {
    assertValidKey(key);
    const full = path.resolve(base, key);
    // Belt and braces: the shape check already rules out escapes.
    if (!full.startsWith(base + path.sep)) throw new AppError('bad_request', `Invalid media key: ${JSON.stringify(key)}`);
    return full;
  };
  return {
    async put(key, bytes) {
      const file = resolve(key);
      await fs.mkdir(path.dirname(file), { recursive: true });
      // Write then rename, so a reader never sees half a file.
      const tmp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
      await fs.writeFile(tmp, bytes);
      await fs.rename(tmp, file);
    },
    async get(key) {
      const file = resolve(key);
      const contentType = contentTypeOfKey(key);
      if (!contentType) return null;
      try {
        return { bytes: await fs.readFile(file), contentType };
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === 'ENOENT' || (error as NodeJS.ErrnoException).code === 'EISDIR') return null;
        throw error;
      }
    },
    async delete(key) {
      const file = resolve(key);
      await fs.rm(file, { force: true });
      // Uploads sit in one folder per image: drop it once empty (rmdir refuses non-empty ones).
      await fs.rmdir(path.dirname(file)).catch(() => undefined);
    },
    url: (key) => {
      assertValidKey(key);
      return mediaUrl(key);
    },
  };
}

/** The configured backend: `MEDIA_STORAGE=local` (the default) is the only one so far. */
export function getMediaStorage(): MediaStorage {
  const kind = liveEnv().MEDIA_STORAGE;
  if (kind === 'local') return localStorage();
  throw new Error(`Unknown MEDIA_STORAGE backend: ${kind}`);
}
