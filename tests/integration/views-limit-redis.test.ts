import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MemoryViewLimiter } from '@/lib/views/limiter';
import { SALT_TTL_MS, SharedViewLimiter, type SharedViewLimiterOptions } from '@/lib/views/shared-limiter';

// The machine's Redis (CI starts it); each run works under its own prefix and removes it after.
// Set before lib/env.ts first reads the environment (at the first redisKey call).
const redisUrl = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379/0';
const prefix = `jarida-test:${randomBytes(4).toString('hex')}:`;
const previousPrefix = process.env.REDIS_PREFIX;
process.env.REDIS_PREFIX = prefix;

const MINUTE = 60_000;
const HOUR = 3_600_000;
const admin = new Redis(redisUrl, { lazyConnect: true });
const clients: Redis[] = [];

/** A client as lib/redis.ts opens it (no offline queue), connected. */
async function instanceClient(): Promise<Redis> {
  const client = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  clients.push(client);
  await client.connect();
  return client;
}

/** Two instances' limiters: each its own Redis connection, one clock the test moves. */
async function twoInstances(options: Partial<SharedViewLimiterOptions> = {}) {
  const clock = { at: Math.ceil(Date.now() / MINUTE) * MINUTE };
  const make = async () =>
    new SharedViewLimiter({ redis: await instanceClient(), fallback: new MemoryViewLimiter(), now: () => clock.at, ...options });
  return { a: await make(), b: await make(), clock };
}

const keys = async () => (await admin.keys(`${prefix}*`)).map((key) => key.slice(prefix.length)).sort();

beforeAll(async () => {
  await admin.connect();
});
afterAll(async () => {
  const left = await admin.keys(`${prefix}*`);
  if (left.length) await admin.del(...left);
  admin.disconnect();
  for (const client of clients) client.disconnect();
  if (previousPrefix === undefined) delete process.env.REDIS_PREFIX;
  else process.env.REDIS_PREFIX = previousPrefix;
});

async function clear() {
  const left = await admin.keys(`${prefix}*`);
  if (left.length) await admin.del(...left);
}

describe('views limits shared through Redis (REDIS_URL)', () => {
  it('counts an address and article once across two instances', async () => {
    await clear();
    const { a, b } = await twoInstances();
    expect(await a.admit('203.0.113.7', 42)).toBe('counted');
    expect(await b.admit('203.0.113.7', 42)).toBe('repeat');
    expect(await a.admit('203.0.113.7', 42)).toBe('repeat');
    expect(await b.admit('203.0.113.7', 43)).toBe('counted');
    expect(await b.admit('198.51.100.2', 42)).toBe('counted');
    // Both hashed the address under the same salt, read from Redis: one salt key for the day.
    expect((await keys()).filter((key) => key.startsWith('views:salt:'))).toHaveLength(1);
  });

  it('limits the 21st view of an address in a minute, whichever instance gets it', async () => {
    await clear();
    const { a, b, clock } = await twoInstances();
    const results = [];
    for (let i = 0; i < 20; i++) results.push(await (i % 2 ? a : b).admit('203.0.113.8', 1000 + i));
    expect(results.every((result) => result === 'counted')).toBe(true);
    expect(await a.admit('203.0.113.8', 2000)).toBe('limited');
    expect(await b.admit('203.0.113.8', 2001)).toBe('limited');
    expect(await b.admit('198.51.100.8', 2000)).toBe('counted');
    clock.at += MINUTE;
    // A refused view was not remembered, so it counts once the minute turns.
    expect(await b.admit('203.0.113.8', 2000)).toBe('counted');
    expect(await a.admit('203.0.113.8', 1000)).toBe('repeat');
  });

  it('keeps every key with a lifetime, and no address in any of them', async () => {
    await clear();
    const { a, b, clock } = await twoInstances();
    const start = clock.at;
    await a.admit('203.0.113.9', 7);
    await b.admit('198.51.100.9', 7);
    const minute = Math.floor(start / MINUTE);
    const day = Math.floor(start / (24 * HOUR));
    expect(await keys()).toEqual([`views:minute:${minute}`, 'views:pairs', `views:salt:${day}`].sort());

    const ttl = (key: string) => admin.pttl(`${prefix}${key}`);
    expect(await ttl('views:pairs')).toBeGreaterThan(HOUR - 10_000);
    expect(await ttl('views:pairs')).toBeLessThanOrEqual(HOUR);
    expect(await ttl(`views:minute:${minute}`)).toBeGreaterThan(0);
    expect(await ttl(`views:minute:${minute}`)).toBeLessThanOrEqual(2 * MINUTE);
    expect(await ttl(`views:salt:${day}`)).toBeGreaterThan(SALT_TTL_MS - 10_000);
    expect(await ttl(`views:salt:${day}`)).toBeLessThanOrEqual(25 * HOUR);
    // Each pair blocks for an hour of the clock that counted it.
    const pairs = await admin.zrange(`${prefix}views:pairs`, 0, -1, 'WITHSCORES');
    expect(pairs.filter((_, i) => i % 2 === 1).map(Number)).toEqual([start + HOUR, start + HOUR]);

    const everything = JSON.stringify([await keys(), pairs, await admin.hgetall(`${prefix}views:minute:${minute}`)]);
    for (const address of ['203.0.113.9', '198.51.100.9']) expect(everything).not.toContain(address);

    clock.at = start + HOUR - 1;
    expect(await b.admit('203.0.113.9', 7)).toBe('repeat');
    clock.at = start + HOUR;
    expect(await b.admit('203.0.113.9', 7)).toBe('counted');
  });

  it('stays bounded under a flood of new addresses', async () => {
    await clear();
    const { a, b, clock } = await twoInstances({ maxPairs: 200, maxAddresses: 50, perMinute: 1_000 });
    let counted = 0;
    for (let i = 0; i < 1_000; i++) {
      if ((await (i % 2 ? a : b).admit(`10.1.${i >> 8}.${i & 255}`, i % 7)) === 'counted') counted++;
    }
    const minute = Math.floor(clock.at / MINUTE);
    expect(counted).toBe(50);
    expect(await admin.hlen(`${prefix}views:minute:${minute}`)).toBe(50);
    // Addresses already followed this minute keep their allowance.
    expect(await a.admit('10.1.0.0', 99)).toBe('counted');
    expect(await a.admit('192.0.2.50', 1)).toBe('limited');
    for (let m = 1; m <= 5; m++) {
      clock.at += MINUTE;
      for (let i = 0; i < 100; i++) await (i % 2 ? a : b).admit(`10.2.${m}.${i}`, m);
    }
    expect(await admin.zcard(`${prefix}views:pairs`)).toBe(200);
    // One hash per minute, each capped and gone two minutes later: a few alive at any time.
    const minutes = (await keys()).filter((key) => key.startsWith('views:minute:'));
    expect(minutes).toHaveLength(6);
    for (const key of minutes) {
      expect(await admin.hlen(`${prefix}${key}`)).toBeLessThanOrEqual(50);
      expect(await admin.pttl(`${prefix}${key}`)).toBeLessThanOrEqual(2 * MINUTE);
    }
  });

  it('draws a new salt each day', async () => {
    await clear();
    const { a, clock } = await twoInstances();
    await a.admit('203.0.113.10', 1);
    clock.at += 24 * HOUR;
    await a.admit('203.0.113.10', 1);
    const salts = (await keys()).filter((key) => key.startsWith('views:salt:'));
    expect(salts).toHaveLength(2);
    const [first, second] = await Promise.all(salts.map((key) => admin.get(`${prefix}${key}`)));
    expect(first).not.toBe(second);
  });

  it("falls back to the process's own limits while Redis does not answer, and says so once", async () => {
    const unreachable = new Redis('redis://127.0.0.1:1', { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, retryStrategy: () => null });
    clients.push(unreachable);
    unreachable.on('error', () => {});
    await unreachable.connect().catch(() => {});
    const log: string[] = [];
    const limiter = new SharedViewLimiter({ redis: unreachable, fallback: new MemoryViewLimiter(), log: (line) => log.push(line) });
    expect(await limiter.admit('203.0.113.11', 5)).toBe('counted');
    expect(await limiter.admit('203.0.113.11', 5)).toBe('repeat');
    expect(await limiter.admit('203.0.113.11', 6)).toBe('counted');
    expect(log).toHaveLength(1);
    expect(log[0]).toMatch(/^\[views\] Redis does not answer/);
  });
});
