import { z } from 'zod';
import { pageCacheEnvSchema } from './data/cache-handlers/config.mjs';
import { observabilityEnvSchema } from './observability/config.mjs';

/*
 * Every setting Jarida reads from the environment, validated here. Not here: NODE_ENV,
 * NEXT_RUNTIME and NEXT_PHASE, which Next sets and replaces inline at build time (so
 * `process.env.NODE_ENV === 'production'` also works in client bundles), and the settings of
 * code that runs outside Next's bundles: the page cache's handlers (data/cache-handlers/config.mjs,
 * whose schema env() includes), next.config.ts and the tools under scripts/, bench/ and tests/.
 */

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  // Streaming replicas of DATABASE_URL for reader reads (db/read-router.ts), comma-separated.
  DATABASE_REPLICA_URLS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((url) => url.trim()).filter(Boolean))
    .pipe(z.array(z.url({ protocol: /^postgres(ql)?$/, error: 'each replica must be a postgres:// URL' }))),
  // Connections per process, to the primary and to each replica (scripts/with-db.ts gives the embedded database 1).
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(1_000).default(10),
  SITE_URL: z.string().url().default('http://localhost:3000'),
  // Key material for secrets kept in the database (TOTP secrets, sealed with AES-256-GCM).
  // Required in production on a server database; see lib/auth/auth-key.ts for the embedded default.
  AUTH_SECRET: z
    .string()
    .refine((value) => Buffer.byteLength(value, 'utf8') >= 32, 'AUTH_SECRET must be at least 32 bytes (e.g. `openssl rand -base64 32`)')
    .optional(),
  // The page cache's settings (PAGE_CACHE_*, REDIS_URL): its handler reads them itself, with this schema.
  ...pageCacheEnvSchema.shape,
  // Logs, traces and metrics (LOG_LEVEL, TRUST_PROXY, METRICS_TOKEN, OTEL_EXPORTER_OTLP_ENDPOINT).
  ...observabilityEnvSchema.shape,
});

let parsed: z.infer<typeof schema> | undefined;

/** Validated environment; a bad value fails loudly at first use instead of misbehaving later. */
export function env(): z.infer<typeof schema> {
  if (!parsed) {
    const result = schema.safeParse(process.env);
    if (!result.success) {
      throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
    }
    parsed = result.data;
  }
  return parsed;
}

const liveSchema = z.object({
  DATABASE_URL: z.string().url().optional(),
  MEDIA_ROOT: z.string().min(1).optional(),
  // Storage backend for media files (lib/storage/storage.ts): a folder, or an S3-compatible bucket (S3_*).
  MEDIA_STORAGE: z.enum(['local', 's3'], { error: 'MEDIA_STORAGE must be local or s3' }).default('local'),
  S3_BUCKET: z.string().trim().min(1).optional(),
  // Region of the bucket; S3-compatible servers mostly accept any (us-east-1 is the SDK's usual one).
  S3_REGION: z.string().trim().min(1).default('us-east-1'),
  // Another provider's or a self-hosted server's endpoint; AWS itself needs none.
  S3_ENDPOINT: z.url({ protocol: /^https?$/, error: 'S3_ENDPOINT must be an http(s) URL' }).optional(),
  // `bucket` in the path instead of the host name: what most self-hosted servers need.
  S3_FORCE_PATH_STYLE: z.enum(['true', 'false', '1', '0']).default('false').transform((value) => value === 'true' || value === '1'),
  // Without both, the SDK's own chain (AWS_* variables, shared config files, instance roles).
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  // The bucket's public address (or a CDN in front of it): pages link there and /media/… redirects there.
  S3_PUBLIC_URL: z.url({ protocol: /^https?$/, error: 'S3_PUBLIC_URL must be an http(s) URL' }).optional(),
  // `off` stops this process's scheduler tick (lib/scheduler) or its warming after a publish (lib/cache/warm.ts).
  JARIDA_SCHEDULER: z.enum(['on', 'off']).default('on'),
  JARIDA_WARM: z.enum(['on', 'off']).default('on'),
  // Where this process reaches its own HTTP server (lib/http/own-origin.ts), when not on localhost:PORT.
  JARIDA_OWN_ORIGIN: z.url({ protocol: /^https?$/, error: 'JARIDA_OWN_ORIGIN must be an http(s) origin' }).optional(),
  // The port `next start` listens on: it sets PORT itself once listening (from -p, PORT or 3000).
  PORT: z.string().optional(),
}).superRefine((value, ctx) => {
  if (value.MEDIA_STORAGE !== 's3') return;
  if (!value.S3_BUCKET) ctx.addIssue({ code: 'custom', path: ['S3_BUCKET'], message: 'MEDIA_STORAGE=s3 needs S3_BUCKET, the bucket that holds the media' });
  if (Boolean(value.S3_ACCESS_KEY_ID) !== Boolean(value.S3_SECRET_ACCESS_KEY)) {
    ctx.addIssue({ code: 'custom', path: ['S3_SECRET_ACCESS_KEY'], message: 'set both S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or neither (the SDK then finds credentials itself)' });
  }
});

/**
 * The settings read again at every use instead of once: tests and tools change them while a
 * process runs (MEDIA_ROOT per test, JARIDA_WARM, DATABASE_URL before the first connection),
 * and none of them is read on a hot path. Validated like env().
 */
export function liveEnv(): z.infer<typeof liveSchema> {
  const result = liveSchema.safeParse(process.env);
  if (!result.success) throw new Error(`Invalid environment: ${z.prettifyError(result.error)}`);
  return result.data;
}

export function siteUrl(): string {
  return env().SITE_URL.replace(/\/$/, '');
}
