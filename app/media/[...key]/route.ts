import fs from 'node:fs/promises';
import path from 'node:path';
import { resolveMediaPath } from '@/lib/storage/media-root';

const TYPES: Record<string, string> = {
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
};

// Media keys are content-named and never rewritten in place, so browsers may keep them for a year.
export async function GET(_request: Request, { params }: RouteContext<'/media/[...key]'>) {
  const { key } = await params;
  const storageKey = key.map((part) => decodeURIComponent(part)).join('/');
  const type = TYPES[path.extname(storageKey).toLowerCase()];
  if (!type) return new Response('Unsupported media type', { status: 404 });
  let file: Buffer;
  try {
    file = await fs.readFile(resolveMediaPath(storageKey));
  } catch {
    return new Response('Not found', { status: 404 });
  }
  return new Response(new Uint8Array(file), {
    headers: {
      'Content-Type': type,
      'Content-Length': String(file.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
