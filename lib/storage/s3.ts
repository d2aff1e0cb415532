import type { S3Client, S3ClientConfig } from '@aws-sdk/client-s3';
import type { liveEnv } from '@/lib/env';
import {
  assertValidKey,
  cacheControlOf,
  contentTypeOfKey,
  MediaStorageUnavailableError,
  RangeNotSatisfiableError,
  resolveRange,
  type ByteRange,
  type MediaStat,
  type MediaStorage,
} from './media-file';
import { mediaPath } from './media-root';

/*
 * Media in an S3-compatible bucket (AWS S3, or any server speaking its API), one object per key,
 * under the same key as on disk. The SDK is loaded on first use, so a site on local storage never
 * loads it.
 */

export interface S3StorageConfig {
  bucket: string;
  region: string;
  endpoint?: string;
  forcePathStyle: boolean;
  credentials?: { accessKeyId: string; secretAccessKey: string };
  publicUrl?: string;
}

export function s3StorageConfig(settings: ReturnType<typeof liveEnv>): S3StorageConfig {
  if (!settings.S3_BUCKET) throw new Error('MEDIA_STORAGE=s3 needs S3_BUCKET');
  return {
    bucket: settings.S3_BUCKET,
    region: settings.S3_REGION,
    endpoint: settings.S3_ENDPOINT,
    forcePathStyle: settings.S3_FORCE_PATH_STYLE,
    credentials:
      settings.S3_ACCESS_KEY_ID && settings.S3_SECRET_ACCESS_KEY
        ? { accessKeyId: settings.S3_ACCESS_KEY_ID, secretAccessKey: settings.S3_SECRET_ACCESS_KEY }
        : undefined,
    publicUrl: settings.S3_PUBLIC_URL?.replace(/\/+$/, ''),
  };
}

// One client (and its pool of keep-alive connections) per configuration, not one per request.
const clients = new Map<string, Promise<S3Client>>();

function clientFor(config: S3StorageConfig): Promise<S3Client> {
  const id = JSON.stringify([config.bucket, config.region, config.endpoint, config.forcePathStyle, config.credentials]);
  let client = clients.get(id);
  if (!client) {
    client = import('@aws-sdk/client-s3').then(({ S3Client }) => {
      const options: S3ClientConfig = {
        region: config.region,
        endpoint: config.endpoint,
        forcePathStyle: config.forcePathStyle,
        credentials: config.credentials,
        // A reader waits for the picture: fail over to a 503 quickly rather than hang on a dead endpoint.
        maxAttempts: 2,
        requestHandler: { connectionTimeout: 3_000, requestTimeout: 15_000 },
        // Only the checksums S3 demands: several S3-compatible servers refuse the SDK's newer default ones.
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      };
      return new S3Client(options);
    });
    clients.set(id, client);
  }
  return client;
}

interface S3ErrorShape {
  name?: string;
  $metadata?: { httpStatusCode?: number };
}

const statusOf = (error: unknown) => (error as S3ErrorShape)?.$metadata?.httpStatusCode;
const isMissing = (error: unknown) => {
  const name = (error as S3ErrorShape)?.name;
  return name === 'NoSuchKey' || name === 'NotFound' || statusOf(error) === 404;
};

function unavailable(action: string, key: string, error: unknown): MediaStorageUnavailableError {
  const status = statusOf(error);
  const reason = (error as Error)?.name ?? 'error';
  return new MediaStorageUnavailableError(`S3 ${action} ${key} failed: ${reason}${status ? ` (HTTP ${status})` : ''}`, { cause: error });
}

const rangeHeader = (range: ByteRange) => ('suffix' in range ? `bytes=-${range.suffix}` : `bytes=${range.start}-${range.end ?? ''}`);

/** `bytes 0-99/1234` → its parts; a whole-object answer has no Content-Range. */
function parseContentRange(value: string | undefined): { start: number; end: number; size: number } | null {
  const match = value ? /^bytes (\d+)-(\d+)\/(\d+)$/.exec(value) : null;
  return match ? { start: Number(match[1]), end: Number(match[2]), size: Number(match[3]) } : null;
}

export function s3Storage(config: S3StorageConfig): MediaStorage {
  const client = () => clientFor(config);
  const sdk = () => import('@aws-sdk/client-s3');
  // The type comes from the key, as on disk: object metadata someone set by hand is not trusted.
  const typed = (key: string) => {
    assertValidKey(key);
    return contentTypeOfKey(key);
  };

  const stat = async (key: string): Promise<MediaStat | null> => {
    const contentType = typed(key);
    if (!contentType) return null;
    const { HeadObjectCommand } = await sdk();
    try {
      const head = await (await client()).send(new HeadObjectCommand({ Bucket: config.bucket, Key: key }));
      return { size: head.ContentLength ?? 0, contentType, etag: head.ETag ?? '""', lastModified: head.LastModified ?? new Date(0) };
    } catch (error) {
      if (isMissing(error)) return null;
      throw unavailable('HEAD', key, error);
    }
  };

  return {
    async put(key, bytes, contentType) {
      assertValidKey(key);
      const { PutObjectCommand } = await sdk();
      try {
        await (await client()).send(
          new PutObjectCommand({ Bucket: config.bucket, Key: key, Body: bytes, ContentType: contentType, CacheControl: cacheControlOf(key) }),
        );
      } catch (error) {
        throw unavailable('PUT', key, error);
      }
    },
    stat,
    async open(key, range) {
      const contentType = typed(key);
      if (!contentType) return null;
      const { GetObjectCommand } = await sdk();
      if (range && 'suffix' in range) {
        // Not every S3-compatible server reads `bytes=-n` (s3rver sends the first n bytes): ask for explicit offsets.
        const found = await stat(key);
        if (!found) return null;
        range = resolveRange(range, found.size);
      }
      let object;
      try {
        object = await (await client()).send(new GetObjectCommand({ Bucket: config.bucket, Key: key, Range: range ? rangeHeader(range) : undefined }));
      } catch (error) {
        if (isMissing(error)) return null;
        if (statusOf(error) === 416 || (error as S3ErrorShape)?.name === 'InvalidRange') {
          // S3's refusal does not give the size the client needs in `Content-Range: bytes */size`.
          const found = await stat(key);
          if (!found) return null;
          throw new RangeNotSatisfiableError(found.size);
        }
        throw unavailable('GET', key, error);
      }
      if (!object.Body) throw unavailable('GET', key, new Error('empty body'));
      const length = object.ContentLength ?? 0;
      const partial = parseContentRange(object.ContentRange);
      return {
        contentType,
        etag: object.ETag ?? '""',
        lastModified: object.LastModified ?? new Date(0),
        size: partial?.size ?? length,
        start: partial?.start ?? 0,
        end: partial?.end ?? Math.max(length - 1, 0),
        body: object.Body.transformToWebStream() as ReadableStream<Uint8Array>,
      };
    },
    async delete(key) {
      assertValidKey(key);
      const { DeleteObjectCommand } = await sdk();
      try {
        await (await client()).send(new DeleteObjectCommand({ Bucket: config.bucket, Key: key }));
      } catch (error) {
        // S3 answers 204 for a missing key; some compatible servers say 404.
        if (isMissing(error)) return;
        throw unavailable('DELETE', key, error);
      }
    },
    url(key) {
      assertValidKey(key);
      return config.publicUrl ? `${config.publicUrl}${mediaPath(key).slice('/media'.length)}` : mediaPath(key);
    },
    redirectUrl(key) {
      assertValidKey(key);
      return config.publicUrl ? `${config.publicUrl}${mediaPath(key).slice('/media'.length)}` : null;
    },
  };
}
