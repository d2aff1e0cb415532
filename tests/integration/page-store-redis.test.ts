import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { encodePage } from '@/lib/data/cache-handlers/page-entry.mjs';
import { openStore, samplePage } from '../support/page-cache';

// The machine's Redis (CI starts it); each run works under its own prefix and removes it after.
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const prefix = `jarida-test:${randomBytes(4).toString('hex')}:`;
const admin = new Redis(redisUrl, { lazyConnect: true });

afterAll(async () => {
  const keys = await admin.keys(`${prefix}*`);
  if (keys.length) await admin.del(...keys);
  admin.disconnect();
});

const openRedis = (options: Parameters<typeof openStore>[0]) => openStore({ ...options, redisUrl, redisPrefix: prefix });

describe('page store on Redis (REDIS_URL)', () => {
  it('serves a page written by one instance to another, and after a restart', async () => {
    const writer = await openRedis({ dir: 'unused' });
    const page = samplePage('partage', { lastModified: 1_700_000_000_000 });
    await writer.set('/route-cache/APP_PAGE/x/$/ar/article/partage', page);
    const other = await openRedis({ dir: 'unused' });
    const read = await other.get('/route-cache/APP_PAGE/x/$/ar/article/partage');
    expect(read?.value.html).toBe(page.value.html);
    expect(read?.lastModified).toBe(1_700_000_000_000);
    expect(read?.value.segmentData.get('/_tree').toString()).toBe('{"tree":"partage"}');
    await writer.durable.close();
    await other.durable.close();
  });

  it('keeps the bytes it holds under the bound, evicting the least recently used page', async () => {
    const size = (await encodePage(`${prefix}page-0`, samplePage('page-0'))).byteLength;
    const maxBytes = Math.floor(size * 3.5);
    const store = await openRedis({ dir: 'unused', buildId: 'lru', maxBytes, memoryBytes: 0 });
    for (const n of [0, 1, 2]) {
      await store.set(`page-${n}`, samplePage(`page-${n}`));
      // Redis orders uses by millisecond.
      await new Promise((resolve) => setTimeout(resolve, 3));
    }
    expect(await store.get('page-0')).not.toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 20)); // the use is recorded without waiting
    await store.set('page-3', samplePage('page-3'));
    await new Promise((resolve) => setTimeout(resolve, 3));
    await store.set('page-4', samplePage('page-4'));
    expect(await store.get('page-1')).toBeNull();
    expect(await store.get('page-2')).toBeNull();
    for (const kept of ['page-0', 'page-3', 'page-4']) expect(await store.get(kept), kept).not.toBeNull();
    const stats = await store.durable.stats();
    expect(stats.bytes).toBeLessThanOrEqual(maxBytes);
    expect(stats.entries).toBe(3);
    // The bookkeeping of a build goes away with it (no key of ours lives forever).
    await admin.connect().catch(() => {});
    expect(await admin.pttl(`${prefix}pages:lru:lru`)).toBeGreaterThan(0);
    await store.durable.close();
  });

  it('shares expired tags with instances started later', async () => {
    const first = await openRedis({ dir: 'unused' });
    await first.durable.saveTags({ 'section:4': { expired: 1_234 } }, 0);
    const manifest = new Map<string, { stale?: number; expired?: number }>();
    const later = await openRedis({ dir: 'unused', tagsManifest: manifest });
    expect(manifest.get('section:4')).toEqual({ expired: 1_234 });
    await first.durable.close();
    await later.durable.close();
  });

  it('fails to open, rather than hang, when Redis cannot be reached', async () => {
    const started = Date.now();
    await expect(openStore({ dir: 'unused', redisUrl: 'redis://127.0.0.1:1/0', redisPrefix: prefix })).rejects.toThrow();
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
