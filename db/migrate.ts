import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { liveEnv } from '@/lib/env';
import { createDb } from './client';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('db');

export const migrationsFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

export async function runMigrations(url: string): Promise<void> {
  const { db, close } = createDb(url, { max: 1 });
  try {
    await migrate(db, { migrationsFolder });
  } finally {
    await close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = liveEnv().DATABASE_URL;
  if (!url) {
    log.error('DATABASE_URL is not set. Run `npm run db:migrate`, which provides the embedded database.');
    process.exit(1);
  }
  const started = performance.now();
  runMigrations(url)
    .then(() => log.info(`migrations applied in ${Math.round(performance.now() - started)} ms`))
    .catch((error: unknown) => {
      log.error({ err: error }, 'migration failed');
      process.exit(1);
    });
}
