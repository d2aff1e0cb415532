import { z } from 'zod';
import { pageCacheEnvSchema } from './data/cache-handlers/config.mjs';
import { observabilityEnvSchema } from './observability/config.mjs';

const schema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  DATABASE_URL: z.string().url().optional(),
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

export function siteUrl(): string {
  return env().SITE_URL.replace(/\/$/, '');
}
