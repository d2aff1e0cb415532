import { describe, expect, it } from 'vitest';
import { MemoryViewLimiter } from '@/lib/views/limiter';

const MINUTE = 60_000;
const HOUR = 3_600_000;

/** A limiter on a clock the test moves; it starts from whatever "now" is, so any date works. */
function limiterAt(options: ConstructorParameters<typeof MemoryViewLimiter>[0] = {}) {
  const clock = { at: Date.now() };
  const limiter = new MemoryViewLimiter({ now: () => clock.at, ...options });
  return { limiter, clock };
}

/** `admit(i)` for i = 0 … count - 1, one after another. */
async function inTurn<T>(count: number, admit: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < count; i++) results.push(await admit(i));
  return results;
}

describe('MemoryViewLimiter', () => {
  it('counts one view per address and article per hour', async () => {
    const { limiter, clock } = limiterAt();
    expect(await limiter.admit('203.0.113.7', 42)).toBe('counted');
    const results = await inTurn(99, () => limiter.admit('203.0.113.7', 42));
    expect(results.every((r) => r === 'repeat')).toBe(true);
    // Another article, and another reader of the same article, still count.
    expect(await limiter.admit('203.0.113.7', 43)).toBe('counted');
    expect(await limiter.admit('198.51.100.2', 42)).toBe('counted');
    clock.at += HOUR - 1;
    expect(await limiter.admit('203.0.113.7', 42)).toBe('repeat');
    clock.at += 1;
    expect(await limiter.admit('203.0.113.7', 42)).toBe('counted');
  });

  it('caps the counted views of one address per minute, and lifts the cap the next minute', async () => {
    const { limiter, clock } = limiterAt({ perMinute: 5 });
    // Start at the top of a minute so the whole loop falls in one.
    clock.at = Math.ceil(clock.at / MINUTE) * MINUTE;
    const results = await inTurn(50, (i) => limiter.admit('203.0.113.7', 1000 + i));
    expect(results.filter((r) => r === 'counted')).toHaveLength(5);
    expect(results.slice(5).every((r) => r === 'limited')).toBe(true);
    expect(await limiter.admit('198.51.100.2', 1000)).toBe('counted');
    clock.at += MINUTE;
    // A refused view was not remembered, so it counts once the cap lifts.
    expect(await limiter.admit('203.0.113.7', 1010)).toBe('counted');
    expect(await limiter.admit('203.0.113.7', 1000)).toBe('repeat');
  });

  it('stays within its capacity however many addresses and articles arrive', async () => {
    const { limiter, clock } = limiterAt({ maxPairs: 1_000, maxAddresses: 300, perMinute: 1_000 });
    clock.at = Math.ceil(clock.at / MINUTE) * MINUTE;
    for (let i = 0; i < 10_000; i++) {
      await limiter.admit(`10.0.${i >> 8}.${i & 255}`, i % 7);
      if (limiter.pairCount > 1_000 || limiter.addressCount > 300) throw new Error(`grew to ${limiter.pairCount} pairs, ${limiter.addressCount} addresses`);
    }
    // New addresses past the per-minute capacity are not counted; known ones keep their allowance.
    expect(await limiter.admit('192.0.2.1', 1)).toBe('limited');
    expect(await limiter.admit('10.0.0.0', 99)).toBe('counted');
    // The next minute starts afresh, and an hour later everything is forgotten.
    clock.at += MINUTE;
    expect(await limiter.admit('192.0.2.1', 1)).toBe('counted');
    clock.at += HOUR;
    await limiter.admit('192.0.2.2', 1);
    expect(limiter.pairCount).toBe(1);
  });

  it('keeps no address, only salted hashes that differ from one process to the next', async () => {
    const a = new MemoryViewLimiter();
    const b = new MemoryViewLimiter();
    await a.admit('203.0.113.7', 42);
    await b.admit('203.0.113.7', 42);
    const keysOf = (limiter: MemoryViewLimiter) => JSON.stringify([...(limiter as unknown as { pairs: Map<string, number> }).pairs.keys()]);
    expect(keysOf(a)).not.toContain('203.0.113.7');
    expect(keysOf(a)).not.toBe(keysOf(b));
  });
});
