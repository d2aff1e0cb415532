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

export function mediaUrl(storageKey: string): string {
  return `/media/${storageKey.split('/').map(encodeURIComponent).join('/')}`;
}
