import path from 'node:path';
import { liveEnv } from '@/lib/env';

// Uploaded and generated media live outside public/ so files added after `next build` are served too.
export function mediaRoot(): string {
  return liveEnv().MEDIA_ROOT ?? path.join(process.cwd(), '.data', 'media');
}

/** Resolves a storage key inside the media root, refusing keys that would escape it. */
export function resolveMediaPath(storageKey: string): string {
  const root = mediaRoot();
  const full = path.resolve(root, storageKey);
  if (!full.startsWith(root + path.sep)) throw new Error(`Invalid media key: ${storageKey}`);
  return full;
}

const encodeKey = (storageKey: string) => storageKey.split('/').map(encodeURIComponent).join('/');

/**
 * The site's own address of a file, `/media/<key>`: what article bodies store (lib/rich-text.ts
 * accepts no other image address), so a document does not depend on where the files are hosted.
 */
export function mediaPath(storageKey: string): string {
  return `/media/${encodeKey(storageKey)}`;
}

/**
 * Where a browser fetches a file: straight from the bucket's public address when S3_PUBLIC_URL is
 * set (so pages skip the app and its redirect), else the site's own `/media/<key>`.
 */
export function mediaUrl(storageKey: string): string {
  const { MEDIA_STORAGE, S3_PUBLIC_URL } = liveEnv();
  if (MEDIA_STORAGE === 's3' && S3_PUBLIC_URL) return `${S3_PUBLIC_URL.replace(/\/+$/, '')}/${encodeKey(storageKey)}`;
  return mediaPath(storageKey);
}
