import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { createServerDatabase } from '../../support/server-database';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: 'pglite' | 'postgres';
  }
}

/**
 * Integration tests run against a throwaway database: an in-memory PGlite by default, or a
 * fresh database created on the server named by TEST_DATABASE_URL (dropped afterwards).
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.TEST_DATABASE_URL;
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({});
    await runMigrations(embedded.url);
    project.provide('databaseUrl', embedded.url);
    project.provide('databaseKind', 'pglite');
    return () => embedded.stop();
  }

  const database = await createServerDatabase(serverUrl, 'it');
  await runMigrations(database.url);
  project.provide('databaseUrl', database.url);
  project.provide('databaseKind', 'postgres');
  return () => database.drop();
}
