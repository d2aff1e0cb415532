import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { media } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { logger } from '@/lib/observability/log.mjs';
import { getMediaStorage, readMediaFile, type MediaStorage } from '@/lib/storage/storage';
import { renderVariants } from './renditions';
import { missingVariants, plannedVariants, staleVariants, variantsOf, type MediaVariant, type PlannedVariant } from './variants';

/*
 * Making the renditions a stored picture lacks. No `server-only`: besides the admin (a new focal
 * point, lib/admin/media-queries.ts), `npm run media:renditions` and the demo seed run it as plain
 * Node scripts, as db/migrate.ts is.
 */

/** The stored original's bytes, for renditions made after the upload. */
async function readOriginal(storage: MediaStorage, key: string): Promise<Uint8Array> {
  const bytes = await readMediaFile(storage, key);
  if (!bytes) throw new AppError('not_found', `Media file missing: ${key}`);
  return bytes;
}

export interface EnsureOptions {
  storage?: MediaStorage;
  /**
   * Take a planned file already in storage as made (the demo seed: its pictures and their
   * renditions' names are the same for every database, so a fresh test database reuses the files).
   */
  reuseStored?: boolean;
}

/**
 * Makes the renditions a picture lacks for its focal point and records them; crops of an earlier
 * focal point are dropped from the row, then their files deleted. Idempotent: a picture that has
 * them all is not read at all. Returns how many files were made and removed.
 */
export async function ensureRenditions(db: Database, id: number, options: EnsureOptions = {}): Promise<{ made: number; removed: number }> {
  const storage = options.storage ?? getMediaStorage();
  const [row] = await db.select().from(media).where(eq(media.id, id));
  if (!row) throw new AppError('not_found', `No media ${id}`);
  const planned = plannedVariants(row, { x: row.focalX, y: row.focalY });
  const existing = variantsOf(row.variants);
  const missing = missingVariants(existing, planned);
  if (!missing.length && !staleVariants(existing, planned).length) return { made: 0, removed: 0 };
  const reused: MediaVariant[] = [];
  const toRender: PlannedVariant[] = [];
  for (const plan of missing) {
    const stored = options.reuseStored ? await storage.stat(plan.key) : null;
    if (stored) reused.push({ key: plan.key, width: plan.width, height: plan.height, format: plan.format, bytes: stored.size, ...(plan.crop ? { crop: plan.crop } : {}) });
    else toRender.push(plan);
  }
  const rendered = toRender.length ? await renderVariants(await readOriginal(storage, row.storageKey), toRender) : [];
  for (const file of rendered) await storage.put(file.key, file.data, file.contentType);
  const made = [...reused, ...rendered.map(({ data: _data, contentType: _type, ...variant }) => variant)];
  const stale = await db.transaction(async (tx) => {
    // Re-read under the lock: a focal point set meanwhile has made its own crops, keep those.
    const [current] = await tx.select({ variants: media.variants, focalX: media.focalX, focalY: media.focalY }).from(media).where(eq(media.id, id)).for('update');
    if (!current) return made;
    const plan = plannedVariants(row, { x: current.focalX, y: current.focalY });
    const merged = [...variantsOf(current.variants), ...made.filter((variant) => plan.some((p) => p.key === variant.key))];
    const unique = merged.filter((variant, i) => merged.findIndex((other) => other.key === variant.key) === i);
    const old = staleVariants(unique, plan);
    await tx.update(media).set({ variants: unique.filter((variant) => !old.includes(variant)) }).where(eq(media.id, id));
    return [...old, ...made.filter((variant) => !plan.some((p) => p.key === variant.key))];
  });
  // After the commit: pages naming the old crops are expired by the caller.
  await Promise.all(stale.map((variant) => storage.delete(variant.key).catch((error: unknown) => logger('media').error({ err: error, key: variant.key }, 'could not delete a file'))));
  return { made: rendered.length, removed: stale.length };
}

/**
 * Every picture's missing renditions (`npm run media:renditions`), oldest first, one at a time. A
 * picture whose original is gone from storage is listed in `missing` and skipped: one lost file
 * must not keep every other picture from its renditions.
 */
export async function ensureAllRenditions(
  db: Database,
  options: EnsureOptions & { log?: (line: string) => void } = {},
): Promise<{ pictures: number; made: number; removed: number; missing: string[] }> {
  const rows = await db.select({ id: media.id, key: media.storageKey }).from(media).orderBy(media.id);
  let made = 0;
  let removed = 0;
  const missing: string[] = [];
  for (const row of rows) {
    let result: { made: number; removed: number };
    try {
      result = await ensureRenditions(db, row.id, options);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
      missing.push(row.key);
      options.log?.(`${row.key}: original missing from storage, skipped`);
      continue;
    }
    if (result.made || result.removed) options.log?.(`${row.key}: ${result.made} made, ${result.removed} removed`);
    made += result.made;
    removed += result.removed;
  }
  return { pictures: rows.length, made, removed, missing };
}
