import { z } from 'zod';

/**
 * A database id as it appears in a URL: the canonical decimal spelling of a positive int4, and
 * nothing else. `Number()` would also take "54.0", "054", "1e3" or " 54", and so give one row
 * many URLs, some of which slip past the proxy's matcher (it skips paths with a dot).
 */
export const idParamSchema = z
  .string()
  .regex(/^[1-9]\d{0,9}$/)
  .transform(Number)
  .refine((id) => id <= 2_147_483_647);

/** The id, or null for anything that is not exactly one. */
export function parseIdParam(raw: unknown): number | null {
  const parsed = idParamSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}
