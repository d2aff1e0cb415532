import { randomBytes } from 'node:crypto';
import { sharedRedis } from '@/lib/redis';
import { addressHash, MINUTE_MS, PAIR_TTL_MS, VIEW_LIMITS, type ViewAdmission, type ViewLimiter, type ViewLimiterOptions } from './limits';
import { SharedViewLimiter } from './shared-limiter';

export type { ViewAdmission, ViewLimiter, ViewLimiterOptions } from './limits';

/**
 * The rules in this process's memory: two Maps of fixed capacity whose entries expire. The HMAC
 * key is random and lives only here, so the entries cannot be matched to an address even by
 * someone who reads the memory and tries every IPv4 address (the key is gone after a restart).
 */
export class MemoryViewLimiter implements ViewLimiter {
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

  constructor(options: ViewLimiterOptions & { salt?: Buffer } = {}) {
    this.now = options.now ?? Date.now;
    this.salt = options.salt ?? randomBytes(32);
    this.perMinute = options.perMinute ?? VIEW_LIMITS.perMinute;
    this.maxPairs = options.maxPairs ?? VIEW_LIMITS.maxPairs;
    this.maxAddresses = options.maxAddresses ?? VIEW_LIMITS.maxAddresses;
  }

  /** (address, article) pairs remembered: never more than `maxPairs`. */
  get pairCount(): number {
    return this.pairs.size;
  }

  /** Addresses followed in the current minute: never more than `maxAddresses`. */
  get addressCount(): number {
    return this.addresses.size;
  }

  async admit(address: string, articleId: number): Promise<ViewAdmission> {
    return this.decide(address, articleId);
  }

  private decide(address: string, articleId: number): ViewAdmission {
    const at = this.now();
    this.forgetBefore(at);
    const who = addressHash(this.salt, address);
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
    this.pairs.set(pair, at + PAIR_TTL_MS);
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

/** The process's limiter for the views beacon: shared through Redis when REDIS_URL is set. */
export function viewLimiter(): ViewLimiter {
  if (!globalForLimiter.jaridaViewLimiter) {
    const local = new MemoryViewLimiter();
    const redis = sharedRedis();
    globalForLimiter.jaridaViewLimiter = redis ? new SharedViewLimiter({ redis, fallback: local }) : local;
  }
  return globalForLimiter.jaridaViewLimiter;
}
