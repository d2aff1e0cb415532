import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { findChromium } from './browser';
import { run, startNext } from './server';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    e2eDatabaseUrl: string;
    e2ePageCacheDir: string;
  }
}

/**
 * Builds the production app against a fresh embedded database with the demo content, then
 * serves it with `next start`. E2E_SKIP_BUILD=1 reuses an existing .next build.
 */
export default async function setup(project: TestProject) {
  const chromium = findChromium();
  if (!chromium) {
    console.warn('\n\n!!!!!!!!!! NO CHROMIUM FOUND: END-TO-END TESTS ARE SKIPPED. Install it with `apt-get install -y chromium`. !!!!!!!!!!\n\n');
    project.provide('baseUrl', '');
    project.provide('chromiumPath', '');
    project.provide('e2eDatabaseUrl', '');
    project.provide('e2ePageCacheDir', '');
    return;
  }
  const database = await startEmbeddedPostgres({});
  let server: Awaited<ReturnType<typeof startNext>>;
  try {
    await runMigrations(database.url);
    const [{ createDb }, { seed }] = await Promise.all([import('@/db/client'), import('@/demo/seed')]);
    const handle = createDb(database.url, { max: 1 });
    await seed(handle.db, { renditions: true });
    await handle.close();

    // A production server on a database it did not start itself: AUTH_SECRET is required (lib/auth/auth-key.ts).
    // One connection to the embedded database, as scripts/with-db.ts gives `npm start` (it explains why).
    // TRUST_PROXY: the tests stand where nginx would, and name distinct readers in X-Forwarded-For
    // (per-address limits of sign-in, search and views).
    const env = { DATABASE_URL: database.url, DATABASE_POOL_MAX: '1', AUTH_SECRET: randomBytes(32).toString('base64url'), TRUST_PROXY: '127.0.0.1' };
    if (process.env.E2E_SKIP_BUILD !== '1' || !fs.existsSync('.next/BUILD_ID')) {
      const started = performance.now();
      await run('node_modules/.bin/next', ['build'], env);
      console.log(`[e2e] next build took ${((performance.now() - started) / 1000).toFixed(1)} s`);
    }
    server = await startNext(env);
  } catch (error) {
    // Stop the embedded database, or its open socket keeps the test run from exiting.
    await database.stop();
    throw error;
  }
  project.provide('baseUrl', server.url);
  project.provide('chromiumPath', chromium);
  project.provide('e2eDatabaseUrl', database.url);
  project.provide('e2ePageCacheDir', server.pageCacheDir);
  return async () => {
    await server.stop();
    await database.stop();
  };
}
