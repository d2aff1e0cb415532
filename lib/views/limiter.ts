import { createHmac, randomBytes } from 'node:crypto';

/*
 * Which counted-looking beacons really count. Without this, anyone can replay the beacon with a
 * browser User-Agent and our Origin and buy a place in "Les plus lus". Two rules, per client
 * address (the last X-Forwarded-For hop, lib/http/client-address.ts):
 *
 * - one view per address and article per hour (a reload or a script replaying the beacon adds
 *   nothing);
 * - at most `perMinute` counted views per address per minute, which also caps how many entries one
 *   address can add to the memory of the first rule.
 *
 * Both memories are Maps of fixed capacity whose entries expire, so no stream of requests can grow
 * them without bound. Addresses are never stored: each becomes an HMAC under a random key that
 * lives only in this process's memory, so the entries cannot be matched to an address even by
 * someone who reads the memory and tries every IPv4 address (the key is not there to try with
 * after a restart, and is never written anywhere).
 */

export type ViewAdmission = 'counted' | 'repeat' | 'limited';

export interface ViewLimiterOptions {
  /** Milliseconds since the epoch; injected so tests control time. */
  now?: () => number;
  /** Secret for hashing addresses; a fresh random one per process by default. */
  salt?: Buffer;
  /** Counted views per address per minute. */
  perMinute?: number;
  /** Most (address, article) pairs remembered; past it the oldest are forgotten first. */
  maxPairs?: number;
  /** Most addresses followed for the per-minute cap within one minute. */
  maxAddresses?: number;
}

const HOUR_MS = 3_600_000;
const MINUTE_MS = 60_000;

export class ViewLimiter {
  private readonly now: () => number;
  private readonly salt: Buffer;
  private readonly perMinute: number;
  private readonly maxPairs: number;
  private readonly maxAddresses: number;
  /** Pair key → when it stops blocking. Insertion order is expiry order, since the TTL is fixed. */
  private readonly pairs = new Map<string, number>();
  /** Address key → views counted in the current minute; emptied when the minute changes. */
  private addresses = new Map<string, number>();
  private minute = Number.NaN;

  constructor(options: ViewLimiterOptions = {}) {
    this.now = options.now ?? Date.now;
    this.salt = options.salt ?? randomBytes(32);
    this.perMinute = options.perMinute ?? 20;
    this.maxPairs = options.maxPairs ?? 100_000;
    this.maxAddresses = options.maxAddresses ?? 20_000;
  }

  /** (address, article) pairs remembered: never more than `maxPairs`. */
  get pairCount(): number {
    return this.pairs.size;
  }

  /** Addresses followed in the current minute: never more than `maxAddresses`. */
  get addressCount(): number {
    return this.addresses.size;
  }

  /** Decides one view of `articleId` from `address`, and remembers it if it counts. */
  admit(address: string, articleId: number): ViewAdmission {
    const at = this.now();
    this.forgetBefore(at);
    const who = createHmac('sha256', this.salt).update(address).digest('base64url').slice(0, 22);
    const pair = `${who}:${articleId}`;
    const until = this.pairs.get(pair);
    if (until !== undefined && until > at) return 'repeat';

    const minute = Math.floor(at / MINUTE_MS);
    if (minute !== this.minute) {
      this.minute = minute;
      this.addresses = new Map();
    }
    const counted = this.addresses.get(who) ?? 0;
    if (counted >= this.perMinute) return 'limited';
    // A flood of new addresses within one minute: counting them all would need unbounded memory,
    // so they are not counted until the minute turns. Known addresses keep their own allowance.
    if (counted === 0 && this.addresses.size >= this.maxAddresses) return 'limited';
    this.addresses.set(who, counted + 1);

    this.pairs.delete(pair);
    if (this.pairs.size >= this.maxPairs) this.pairs.delete(this.pairs.keys().next().value!);
    this.pairs.set(pair, at + HOUR_MS);
    return 'counted';
  }

  private forgetBefore(at: number): void {
    for (const [key, until] of this.pairs) {
      if (until > at) break;
      this.pairs.delete(key);
    }
  }
}

// On globalThis so that dev reloads and separately bundled route modules share one memory.
const globalForLimiter = globalThis as unknown as { jaridaViewLimiter?: ViewLimiter };

/** The process's limiter for the views beacon. */
export function viewLimiter(): ViewLimiter {
  globalForLimiter.jaridaViewLimiter ??= new ViewLimiter();
  return globalForLimiter.jaridaViewLimiter;
}
