import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import { liveEnv } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { assertValidKey, contentTypeOfKey, MediaStorageUnavailableError, resolveRange, type MediaStat, type MediaStorage } from './media-file';
import { mediaRoot, mediaUrl } from './media-root';
import { s3Storage, s3StorageConfig } from './s3';

export * from './media-file';

export function localStorage(root: string = mediaRoot()): MediaStorage {
  const base = path.resolve(root);
  const resolve = (key: string): string => {
    assertValidKey(key);
    const full = path.resolve(base, key);
    // Belt and braces: the shape check already rules out escapes.
    if (!full.startsWith(base + path.sep)) throw new AppError('bad_request', `Invalid media key: ${JSON.stringify(key)}`);
    return full;
  };
  const statOf = async (key: string): Promise<(MediaStat & { file: string }) | null> => {
    const file = resolve(key);
    const contentType = contentTypeOfKey(key);
    if (!contentType) return null;
    const info = await fs.stat(file).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'ENOTDIR' || error.code === 'ENAMETOOLONG') return null;
      // A shared mount that is gone or failing: worth a retry, unlike a missing file.
      throw new MediaStorageUnavailableError(`media folder unreadable: ${error.code ?? error.message}`, { cause: error });
    });
    if (!info?.isFile()) return null;
    // Size and modification time change whenever the file is replaced (writes go through a rename).
    const etag = `"${info.size.toString(16)}-${Math.trunc(info.mtimeMs).toString(16)}"`;
    return { file, size: info.size, contentType, etag, lastModified: info.mtime };
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
    async stat(key) {
      const found = await statOf(key);
      if (!found) return null;
      const { file: _file, ...stat } = found;
      return stat;
    },
    async open(key, range) {
      const found = await statOf(key);
      if (!found) return null;
      const { file, ...stat } = found;
      const { start, end } = resolveRange(range, stat.size);
      // An empty file has no first byte for createReadStream to start at.
      const body = stat.size === 0 ? new Blob([]).stream() : (Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream<Uint8Array>);
      return { ...stat, start, end, body };
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
    redirectUrl: () => null,
  };
}

/** The configured backend: `MEDIA_STORAGE=local` (the default, MEDIA_ROOT) or `s3` (S3_*). */
export function getMediaStorage(): MediaStorage {
  const settings = liveEnv();
  if (settings.MEDIA_STORAGE === 's3') return s3Storage(s3StorageConfig(settings));
  return localStorage();
}
