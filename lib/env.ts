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
  // Storage backend for media files (lib/storage/storage.ts).
  MEDIA_STORAGE: z.string().default('local'),
  // `off` stops this process's scheduler tick (lib/scheduler) or its warming after a publish (lib/cache/warm.ts).
  JARIDA_SCHEDULER: z.enum(['on', 'off']).default('on'),
  JARIDA_WARM: z.enum(['on', 'off']).default('on'),
  // Where this process reaches its own HTTP server (lib/http/own-origin.ts), when not on localhost:PORT.
  JARIDA_OWN_ORIGIN: z.url({ protocol: /^https?$/, error: 'JARIDA_OWN_ORIGIN must be an http(s) origin' }).optional(),
  // The port `next start` listens on: it sets PORT itself once listening (from -p, PORT or 3000).
  PORT: z.string().optional(),
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
