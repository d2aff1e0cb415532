import { getMediaStorage } from '@/lib/storage/storage';

// Media keys are content-named and never rewritten in place, so browsers may keep them for a year.
export async function GET(_request: Request, { params }: RouteContext<'/media/[...key]'>) {
  const { key } = await params;
  let storageKey: string;
  try {
    storageKey = key.map((part) => decodeURIComponent(part)).join('/');
  } catch {
    return new Response('Not found', { status: 404 });
  }
  let file: Awaited<ReturnType<ReturnType<typeof getMediaStorage>['get']>>;
  try {
    file = await getMediaStorage().get(storageKey);
  } catch {
    // A key the storage refuses (e.g. one that would leave the media root) is simply not there.
    return new Response('Not found', { status: 404 });
  }
  if (!file) return new Response('Not found', { status: 404 });
  return new Response(new Uint8Array(file.bytes), {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(file.bytes.byteLength),
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
