/**
 * Makes the renditions every picture lacks (responsive sizes, crops around its focal point, the
 * share-card base): once after upgrading, for media uploaded before the pipeline made them all.
 * Idempotent: a second run finds nothing to do.
 *   npm run media:renditions
 */
import { createDb } from '../db/client';
import { ensureAllRenditions } from '../lib/media/ensure-renditions';

async function main() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (npm run media:renditions provides the embedded one)');
  const handle = createDb(url, { max: 1 });
  try {
    const started = performance.now();
    const result = await ensureAllRenditions(handle.db, { log: (line) => console.log(line) });
    console.log(`${result.pictures} pictures: ${result.made} renditions made, ${result.removed} removed in ${Math.round(performance.now() - started)} ms`);
    if (result.missing.length) {
      console.error(`${result.missing.length} pictures have no original in storage (listed above): restore them, or delete those pictures`);
      process.exitCode = 1;
    }
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
