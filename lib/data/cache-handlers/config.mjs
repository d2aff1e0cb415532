// @ts-check
/*
 * Settings of the page cache (route-cache.mjs). Next loads the cache handlers by path at run time,
 * outside its bundles, so they cannot import lib/env.ts; lib/env.ts validates these variables with
 * this same schema instead, so a bad value fails at start-up in one place.
 */
import { z } from 'zod';

const megabytes = (/** @type {number} */ fallback) => z.coerce.number().int().min(0).max(1_048_576).default(fallback);

export const pageCacheEnvSchema = z.object({
  // Where rendered pages are kept between restarts (one folder per build); default .next/cache/pages.
  PAGE_CACHE_DIR: z.string().min(1).optional(),
  // Bound of the durable tier (disk folder, or Redis). A compressed article page is ~25 KB: the
  // default holds 20,000 articles (10,000 per language) with their lists, several times over.
  PAGE_CACHE_MAX_MB: megabytes(2048),
  // Decoded pages kept in the process for the hot path (Next's own default is 50 MB).
  PAGE_CACHE_MEMORY_MB: megabytes(64),
  // 'use cache' data (query results) kept in the process, in front of Redis when REDIS_URL is set.
  DATA_CACHE_MEMORY_MB: megabytes(50),
  // Bound of the 'use cache' data on Redis.
  DATA_CACHE_MAX_MB: megabytes(512),
  // With REDIS_URL, pages, 'use cache' data, tag expirations and the per-address limits live in
  // Redis, shared by every instance; every key Jarida writes starts with REDIS_PREFIX, so several
  // sites (or test runs) can share one server.
  REDIS_URL: z.string().url().optional(),
  REDIS_PREFIX: z.string().min(1).max(100).default('jarida:'),
});

/** @typedef {z.infer<typeof pageCacheEnvSchema>} PageCacheEnv */

/**
 * @param {Record<string, string | undefined>} environment
 * @returns {PageCacheEnv}
 */
export function pageCacheEnv(environment = process.env) {
  const result = pageCacheEnvSchema.safeParse(environment);
  if (!result.success) throw new Error(`Invalid page cache settings: ${z.prettifyError(result.error)}`);
  return result.data;
}
