import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { startNext, type RunningServer } from './support/server';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('e2eDatabaseUrl');

// libfaketime moves the server's clock (wall and monotonic) by the offset written in this file,
// read again at every call: the only way to be "six minutes later" without waiting six minutes.
const FAKETIME_LIBRARY = '/usr/lib/x86_64-linux-gnu/faketime/libfaketimeMT.so.1';

const folder = fs.mkdtempSync(path.resolve('test-results', 'page-cache-e2e-'));
afterAll(() => fs.rmSync(folder, { recursive: true, force: true }));

// Pages that `next build` does not prerender: their first request renders at run time.
const RUNTIME_PAGES = ['/fr/dernieres-nouvelles/page/2', '/fr/sujet/transport'];

async function cacheState(server: RunningServer, pagePath: string): Promise<string | null> {
  const response = await fetch(`${server.url}${pagePath}`);
  expect(response.status, pagePath).toBe(200);
  await response.arrayBuffer();
  return response.headers.get('x-nextjs-cache');
}

const serverEnv = () => ({ DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString('base64url'), JARIDA_SCHEDULER: 'off' });

describe.skipIf(!baseUrl)('the page cache (lib/data/cache-handlers/)', () => {
  const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
  const redisPrefix = `jarida-e2e:${randomBytes(4).toString('hex')}:`;
  afterAll(async () => {
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${redisPrefix}*`);
    if (keys.length) await redis.del(...keys);
    redis.disconnect();
  });

  it.each([
    ['on disk', { PAGE_CACHE_DIR: path.join(folder, 'restart') }],
    ['on Redis (REDIS_URL)', { REDIS_URL: redisUrl, REDIS_PREFIX: redisPrefix, PAGE_CACHE_DIR: path.join(folder, 'unused') }],
  ])('serves pages rendered before a restart without rendering them again, %s', async (_, storage) => {
    const first = await startNext({ ...serverEnv(), ...storage });
    try {
      for (const page of RUNTIME_PAGES) {
        expect(await cacheState(first, page), page).toBe('MISS');
        expect(await cacheState(first, page), page).toBe('HIT');
      }
    } finally {
      await first.stop();
    }

    const second = await startNext({ ...serverEnv(), ...storage });
    try {
      for (const page of RUNTIME_PAGES) expect(await cacheState(second, page), page).toBe('HIT');
    } finally {
      await second.stop();
    }
  });

  it('answers a page past its refresh time from cache, and refreshes it in the background', async () => {
    expect(fs.existsSync(FAKETIME_LIBRARY), `${FAKETIME_LIBRARY} (Debian package faketime)`).toBe(true);
    const offsetFile = path.join(folder, 'clock-offset');
    fs.writeFileSync(offsetFile, '+0\n');
    const server = await startNext({
      ...serverEnv(),
      LD_PRELOAD: FAKETIME_LIBRARY,
      FAKETIME_TIMESTAMP_FILE: offsetFile,
      FAKETIME_NO_CACHE: '1',
    });
    try {
      const page = RUNTIME_PAGES[0]!;
      expect(await cacheState(server, page)).toBe('MISS');
      expect(await cacheState(server, page)).toBe('HIT');

      // Six minutes later: past the pages' 300 s `revalidate`, far from their `expire`.
      fs.writeFileSync(offsetFile, '+360\n');
      expect(await cacheState(server, page)).toBe('STALE');
      // The render the stale answer started replaces the entry: fresh again, without a reader waiting.
      await expect.poll(() => cacheState(server, page), { timeout: 15_000, interval: 250 }).toBe('HIT');
    } finally {
      await server.stop();
    }
  });
});
