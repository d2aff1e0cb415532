import { describe, expect, inject, it } from 'vitest';
import { startEmbeddedPostgres } from '@/db/embedded';
import { runMigrations } from '@/db/migrate';
import { startNext } from './support/server';

/*
 * The stand-in ad network answers only where the demo content is loaded: the shared test server
 * runs on the seeded database; a second production server, on a migrated database that was never
 * seeded, is what a real deployment looks like before an admin configures anything.
 */

const baseUrl = inject('baseUrl');
const PATHS = ['/api/ad-network/tag.js', '/api/ad-network/creative?kind=rectangle&locale=fr', '/api/ad-network/click?slot=rectangle'];

describe.skipIf(!baseUrl)('stand-in ad network', () => {
  it('serves its tag, creatives and clicks on the demo site', async () => {
    const [tag, creative, click] = await Promise.all(PATHS.map((path) => fetch(`${baseUrl}${path}`, { redirect: 'manual' })));
    expect(tag!.status).toBe(200);
    expect(tag!.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(await tag!.text()).toContain('adnet_uid');
    expect(creative!.status).toBe(200);
    expect(creative!.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(click!.status).toBe(302);
  });

  it('is not there in a deployment without the demo content', async () => {
    const database = await startEmbeddedPostgres({});
    try {
      await runMigrations(database.url);
      const server = await startNext({ DATABASE_URL: database.url, JARIDA_SCHEDULER: 'off' });
      try {
        for (const path of PATHS) {
          const response = await fetch(`${server.url}${path}`, { redirect: 'manual' });
          expect(response.status, path).toBe(404);
          expect(response.headers.get('set-cookie'), path).toBeNull();
          expect(await response.text(), path).not.toContain('adnet_uid');
        }
      } finally {
        await server.stop();
      }
    } finally {
      await database.stop();
    }
  });
});
