import path from 'node:path';
import { AppError } from '@/lib/errors';

/*
 * The storage contract and what every backend shares (key rules, content types, cache lifetimes,
 * ranges). Apart from lib/storage/storage.ts so the S3 backend can use it without an import cycle.
 */

/** What a file is, without its bytes: enough for HEAD, conditional requests and ranges. */
export interface MediaStat {
  size: number;
  contentType: string;
  /** A strong validator, quoted as HTTP writes it. */
  etag: string;
  lastModified: Date;
}

/** One range of bytes, as a `Range: bytes=` header names it: `start-end`, `start-` or `-suffix`. */
export type ByteRange = { start: number; end?: number } | { suffix: number };

export interface MediaFile extends MediaStat {
  /** The whole file, or the asked range: read as it is sent, never held whole in memory. */
  body: ReadableStream<Uint8Array>;
  /** First and last byte the body holds (inclusive). */
  start: number;
  end: number;
}

/** A range that starts at or after the end of the file (HTTP 416). */
export class RangeNotSatisfiableError extends Error {
  constructor(readonly size: number) {
    super(`Range not satisfiable (size ${size})`);
    this.name = 'RangeNotSatisfiableError';
  }
}

/** The backend could not be reached or answered with an error: a reason to retry, not a missing file. */
export class MediaStorageUnavailableError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'MediaStorageUnavailableError';
  }
}

/**
 * Where media files live. Keys are relative paths such as `uploads/2026-05/3fa9…/w640.avif`;
 * the database stores only keys, so a backend (local disk, an S3-compatible bucket) can be
 * swapped without touching rows.
 */
export interface MediaStorage {
  put(key: string, bytes: Uint8Array, contentType: string): Promise<void>;
  /** Size, type and validators, or null when there is no such file. */
  stat(key: string): Promise<MediaStat | null>;
  /** A stream of the file (or of one range of it), or null when there is no such file. */
  open(key: string, range?: ByteRange): Promise<MediaFile | null>;
  /** Deleting a missing key is not an error: deletes are retried after partial failures. */
  delete(key: string): Promise<void>;
  /** Public URL the reader site and the admin use for the file. */
  url(key: string): string;
  /** Where `/media/<key>` sends browsers instead of serving the file itself (a public bucket), if anywhere. */
  redirectUrl(key: string): string | null;
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
 * Uploads are written once under a random folder and never rewritten (`uploadFolder` in
 * lib/admin/media-queries.ts), so their address names one content for ever. Other keys (the
 * demo's generated pictures under `demo/`) are redrawn in place when their drawing changes.
 */
export function isContentAddressed(key: string): boolean {
  return key.startsWith('uploads/');
}

/** Cache-Control for a file: a year and `immutable` when its name can never hold other bytes. */
export function cacheControlOf(key: string): string {
  return isContentAddressed(key) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
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

/** First and last byte of `range` in a file of `size` bytes; throws when the range is past the end. */
export function resolveRange(range: ByteRange | undefined, size: number): { start: number; end: number } {
  if (!range) return { start: 0, end: Math.max(size - 1, 0) };
  if ('suffix' in range) {
    if (range.suffix <= 0 || size === 0) throw new RangeNotSatisfiableError(size);
    return { start: Math.max(size - range.suffix, 0), end: size - 1 };
  }
  if (range.start >= size) throw new RangeNotSatisfiableError(size);
  return { start: range.start, end: Math.min(range.end ?? size - 1, size - 1) };
}

/**
 * `bytes=a-b`, `bytes=a-` or `bytes=-n`. Several ranges, or a header that does not parse, are
 * ignored (the whole file is an allowed answer to both); null means "send it all".
 */
export function parseRange(header: string | null): ByteRange | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match) return null;
  const [, first, last] = match;
  if (first === '' && last === '') return null;
  // Past any real file either way, and still written as plain digits when sent on to a bucket.
  const number = (digits: string) => Math.min(Number(digits), Number.MAX_SAFE_INTEGER);
  if (first === '') return { suffix: number(last!) };
  const start = number(first!);
  if (last === '') return { start };
  const end = number(last!);
  return end < start ? null : { start, end };
}

/**
 * A whole file in memory, or null when there is none: only for the work that needs all of it at
 * once (sharp's input for renditions, the share card's photo). Stored pictures are bounded by
 * the upload limits (lib/media/limits.ts); readers' downloads stream (`open`).
 */
export async function readMediaFile(storage: MediaStorage, key: string): Promise<Uint8Array | null> {
  const file = await storage.open(key);
  if (!file) return null;
  return new Uint8Array(await new Response(file.body).arrayBuffer());
}
