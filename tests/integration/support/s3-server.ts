import fs from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { S3Client } from '@aws-sdk/client-s3';

/*
 * A real S3-compatible server for the tests: @20minutes/s3rver (the maintained fork of s3rver,
 * plain JavaScript, Node ≥ 24), listening on loopback on a free port, keeping its objects in a
 * throwaway folder. It speaks the S3 REST API the SDK sends (signed requests, Range, HEAD,
 * DELETE), so the code under test is the one production runs, with only the endpoint changed.
 */

interface S3rverInstance {
  run(): Promise<{ address: string; port: number }>;
  close(): Promise<void>;
  store: { listObjects(bucket: string, options: { prefix: string }): Promise<{ objects: { key: string }[] }> };
}
type S3rverClass = new (options: Record<string, unknown>) => S3rverInstance;

const S3rver = createRequire(import.meta.url)('@20minutes/s3rver') as S3rverClass;

export interface TestS3 {
  endpoint: string;
  bucket: string;
  /** The settings lib/env.ts reads for this server. */
  env: Record<string, string>;
  client: S3Client;
  /** The keys the bucket holds under `prefix`, sorted, read from the server's own store. */
  keys(prefix: string): Promise<string[]>;
  close(): Promise<void>;
}

// s3rver accepts exactly this key pair (its documented default).
const CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export async function startS3(bucket = 'jarida-media'): Promise<TestS3> {
  const directory = await fs.mkdtemp(path.join(os.tmpdir(), 'jarida-s3-'));
  const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
  const { port } = await server.run();
  const endpoint = `http://127.0.0.1:${port}`;
  const client = new S3Client({ endpoint, region: 'us-east-1', forcePathStyle: true, credentials: CREDENTIALS });
  return {
    endpoint,
    bucket,
    env: {
      MEDIA_STORAGE: 's3',
      S3_BUCKET: bucket,
      S3_ENDPOINT: endpoint,
      S3_REGION: 'us-east-1',
      S3_FORCE_PATH_STYLE: 'true',
      S3_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      S3_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
    },
    client,
    // Not ListObjectsV2: s3rver miscomputes the signature of its query string, and Jarida never lists.
    keys: async (prefix) => (await server.store.listObjects(bucket, { prefix })).objects.map((object) => object.key).sort(),
    async close() {
      client.destroy();
      await server.close();
      await fs.rm(directory, { recursive: true, force: true });
    },
  };
}

/** Sets environment variables until the returned function puts the previous values back. */
export function withEnv(values: Record<string, string | undefined>): () => void {
  const previous = Object.fromEntries(Object.keys(values).map((name) => [name, process.env[name]]));
  const apply = (next: Record<string, string | undefined>) => {
    for (const [name, value] of Object.entries(next)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  };
  apply(values);
  return () => apply(previous);
}
