// @ts-check
/*
 * Settings of logs, traces and metrics. The logger is also imported by the cache handlers, which
 * Next loads outside its bundles (lib/data/cache-handlers/config.mjs says why), so the schema
 * lives here and lib/env.ts spreads it into its own: a bad value fails at start-up in one place.
 */
import { z } from 'zod';

const list = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));

export const LOG_LEVELS = /** @type {const} */ (['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']);

export const observabilityEnvSchema = z.object({
  // Default info (silent under NODE_ENV=test, where tests provoke failures on purpose).
  LOG_LEVEL: z.enum(LOG_LEVELS).optional(),
  // Addresses of the reverse proxies in front (e.g. 127.0.0.1 for nginx on the same machine):
  // only a request whose connection comes from one of them may name its own X-Request-Id.
  TRUST_PROXY: list.pipe(z.array(z.union([z.ipv4(), z.ipv6()], { error: 'TRUST_PROXY: comma-separated IP addresses' }))),
  // Bearer token for GET /api/metrics; without it the endpoint answers local requests only.
  METRICS_TOKEN: z.string().min(16, 'METRICS_TOKEN must be at least 16 characters').optional(),
  // Traces are exported over OTLP/HTTP only when this is set (the OpenTelemetry SDK's own variable).
  OTEL_EXPORTER_OTLP_ENDPOINT: z.url().optional(),
});

/** @typedef {z.infer<typeof observabilityEnvSchema>} ObservabilityEnv */

/**
 * @param {Record<string, string | undefined>} environment
 * @returns {ObservabilityEnv}
 */
export function observabilityEnv(environment = process.env) {
  const result = observabilityEnvSchema.safeParse(environment);
  if (!result.success) throw new Error(`Invalid observability settings: ${z.prettifyError(result.error)}`);
  return result.data;
}
