import { randomBytes } from 'node:crypto';
import { createRequire } from 'node:module';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { connectRedis, followTags, redisEntries, redisTags, type TagUpdates } from '@/lib/data/cache-handlers/redis-store.mjs';
import { createDataCacheHandler, MISS_TAG } from '@/lib/data/cache-handlers/use-cache.mjs';
import { untilNextClockPasses } from '../support/next-clock';

/*
 * What several instances share through Redis: 'use cache' data written by one is read by another,
 * and an editor's tag expiry on one reaches the others' tag manifests within a second. Each
 * "instance" here has connections of its own, as separate processes would.
 */

const require = createRequire(import.meta.url);
const { tagsManifest } = require('next/dist/server/lib/incremental-cache/tags-manifest.external.js') as {
  tagsManifest: Map<string, { stale?: number; expired?: number }>;
};

const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const prefix = `jarida-test:${randomBytes(4).toString('hex')}:`;
const opened: { disconnect(): void }[] = [];

afterAll(async () => {
  const admin = new Redis(redisUrl);
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length) await admin.del(...keys);
  admin.disconnect();
  for (const client of opened) client.disconnect();
});

async function instance(maxBytes = 8 * 1024 * 1024, scope = 'data:') {
  const redis = await connectRedis(redisUrl);
  opened.push(redis);
  const entries = redisEntries(redis, { scope: `${prefix}${scope}`, maxBytes });
  return { redis, entries, handler: createDataCacheHandler({ memoryBytes: 4 * 1024 * 1024, shared: async () => entries }) };
}

function entry(text: string, tags: string[], timestamp = Date.now()) {
  return {
    value: new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(text));
        controller.close();
      },
    }),
    tags,
    stale: 60,
    timestamp,
    expire: 2_592_000,
    revalidate: 300,
  };
}

async function read(handler: Awaited<ReturnType<typeof instance>>['handler'], key: string): Promise<string | null> {
  const found = await handler.get(key, []);
  return found ? new Response(found.value).text() : null;
}

describe("'use cache' data on Redis (REDIS_URL)", () => {
  it('serves data computed on one instance to another', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    await a.handler.set('chrome:fr', Promise.resolve(entry('0:{"menu":["Politique","Économie"]}', ['sections'])));
    expect(await read(b.handler, 'chrome:fr')).toBe('0:{"menu":["Politique","Économie"]}');
    // The second read comes from B's own memory: gone from Redis, still served.
    await a.entries.delete('chrome:fr');
    expect(await read(b.handler, 'chrome:fr')).toBe('0:{"menu":["Politique","Économie"]}');
  });

  it('keeps no entry for a miss, in memory or in Redis', async () => {
    const a = await instance();
    await a.handler.set('article:invente', Promise.resolve(entry('0:null', ['content', MISS_TAG])));
    expect(await a.entries.has('article:invente')).toBe(false);
    expect(await read(a.handler, 'article:invente')).toBeNull();
  });

  it('refuses an entry whose tag expired after it was written, whichever instance wrote it', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    const written = Date.now() - 1_000;
    await a.handler.set('article:77', Promise.resolve(entry('0:{"title":"avant"}', ['article:77'], written)));
    expect(await read(b.handler, 'article:77')).toBe('0:{"title":"avant"}');
    const expired = Date.now();
    tagsManifest.set('article:77', { expired });
    await untilNextClockPasses(expired);
    expect(await read(b.handler, 'article:77')).toBeNull();
    expect(await read(a.handler, 'article:77')).toBeNull();
  });

  it('treats entries past their revalidate time as missing (no page is rebuilt from old data)', async () => {
    const [a, b] = await Promise.all([instance(), instance()]);
    await a.handler.set('latest:fr', Promise.resolve(entry('0:["old"]', ['content'], Date.now() - 301_000)));
    expect(await read(b.handler, 'latest:fr')).toBeNull();
  });

  it('holds its bytes under DATA_CACHE_MAX_MB, least recently used out first', async () => {
    const a = await instance(40_000, 'bounded:');
    // Random text: compression cannot shrink it under the bound.
    for (const n of [1, 2, 3, 4]) await a.handler.set(`big:${n}`, Promise.resolve(entry(randomBytes(12_000).toString('base64'), ['content'])));
    const stats = await a.entries.stats();
    expect(stats.bytes).toBeLessThanOrEqual(40_000);
    expect(stats.entries).toBe(3);
    expect(await a.entries.has('big:1')).toBe(false);
    expect(await a.entries.has('big:4')).toBe(true);
  });

  it("carries an editor's tag expiry to every other instance within a second", async () => {
    const received: TagUpdates[] = [];
    const follower = await followTags(redisUrl, prefix, (updates) => received.push(updates));
    try {
      const writer = await connectRedis(redisUrl);
      opened.push(writer);
      const expiredAt = Date.now();
      const started = performance.now();
      await redisTags(writer, prefix).save({ 'ticker': { expired: expiredAt } }, 0);
      while (!received.some((updates) => updates.ticker?.expired === expiredAt)) {
        expect(performance.now() - started).toBeLessThan(1_000);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      // An instance that starts (or reconnects) later gets the whole record at once.
      const later: TagUpdates[] = [];
      const late = await followTags(redisUrl, prefix, (updates) => later.push(updates));
      late.close();
      expect(later[0]?.ticker).toEqual({ expired: expiredAt });
    } finally {
      follower.close();
    }
  });
});
