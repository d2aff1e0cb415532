import { isAppError } from '@/lib/errors';
import { logger } from '@/lib/observability/log.mjs';
import {
  cacheControlOf,
  getMediaStorage,
  MediaStorageUnavailableError,
  parseRange,
  RangeNotSatisfiableError,
  type MediaStat,
  type MediaStorage,
} from '@/lib/storage/storage';

/*
 * Media files, streamed from the storage as they are sent (never read whole into memory), with
 * single byte ranges, ETag revalidation and a year of caching for the upload keys that can never
 * hold other bytes. With a public bucket (S3_PUBLIC_URL) the files are not served here at all:
 * pages link to the bucket, and old `/media/…` addresses (article bodies store them) redirect.
 */

const notFound = () => new Response('Not found', { status: 404, headers: { 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff' } });

/** The storage key of a request, or null for one no storage could hold. */
async function keyOf(params: Promise<{ key: string[] }>): Promise<string | null> {
  const { key } = await params;
  try {
    return key.map((part) => decodeURIComponent(part)).join('/');
  } catch {
    return null;
  }
}

/** `If-None-Match` against the current validator, weak comparison as RFC 9110 asks for it. */
function matchesEtag(header: string | null, etag: string): boolean {
  if (!header) return false;
  if (header.trim() === '*') return true;
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '');
  return header.split(',').some((tag) => opaque(tag) === opaque(etag));
}

function fileHeaders(key: string, stat: MediaStat): Headers {
  return new Headers({
    'Content-Type': stat.contentType,
    'Cache-Control': cacheControlOf(key),
    ETag: stat.etag,
    'Last-Modified': stat.lastModified.toUTCString(),
    'Accept-Ranges': 'bytes',
    'X-Content-Type-Options': 'nosniff',
  });
}

function unavailable(key: string, error: unknown): Response {
  logger('media').error({ err: error, key }, 'media storage unavailable');
  return new Response('Media storage unavailable', { status: 503, headers: { 'Retry-After': '5', 'Cache-Control': 'no-store' } });
}

/**
 * A permanent redirect: where a key lives only changes if the operator moves the bucket's public
 * address, and a day of caching lets such a move take effect. Whether the bytes may change is the
 * object's own Cache-Control (set on upload), not the redirect's.
 */
function redirected(storage: MediaStorage, key: string): Response | null {
  const target = storage.redirectUrl(key);
  return target ? new Response(null, { status: 308, headers: { Location: target, 'Cache-Control': 'public, max-age=86400' } }) : null;
}

async function serve(request: Request, params: Promise<{ key: string[] }>, head: boolean): Promise<Response> {
  const key = await keyOf(params);
  if (key === null) return notFound();
  const storage = getMediaStorage();
  try {
    const redirect = redirected(storage, key);
    if (redirect) return redirect;
    const ifNoneMatch = request.headers.get('if-none-match');
    // A revalidation or HEAD needs the validators only: no body is fetched from the storage.
    if (head || ifNoneMatch) {
      const stat = await storage.stat(key);
      if (!stat) return notFound();
      const headers = fileHeaders(key, stat);
      if (matchesEtag(ifNoneMatch, stat.etag)) return new Response(null, { status: 304, headers });
      if (head) {
        headers.set('Content-Length', String(stat.size));
        return new Response(null, { status: 200, headers });
      }
    }
    const range = parseRange(request.headers.get('range'));
    const file = await storage.open(key, range ?? undefined);
    if (!file) return notFound();
    const headers = fileHeaders(key, file);
    headers.set('Content-Length', String(file.size === 0 ? 0 : file.end - file.start + 1));
    if (!range) return new Response(file.body, { status: 200, headers });
    headers.set('Content-Range', `bytes ${file.start}-${file.end}/${file.size}`);
    return new Response(file.body, { status: 206, headers });
  } catch (error) {
    if (error instanceof RangeNotSatisfiableError) {
      return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${error.size}`, 'Cache-Control': 'no-store' } });
    }
    if (error instanceof MediaStorageUnavailableError) return unavailable(key, error);
    // A key the storage refuses (of the wrong shape, or one that would leave the media root) is simply not there.
    if (isAppError(error, 'bad_request')) return notFound();
    throw error;
  }
}

export async function GET(request: Request, { params }: RouteContext<'/media/[...key]'>) {
  return serve(request, params, false);
}

export async function HEAD(request: Request, { params }: RouteContext<'/media/[...key]'>) {
  return serve(request, params, true);
}
