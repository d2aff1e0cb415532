import { createHmac } from 'node:crypto';

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
 * Both memories are bounded, so no stream of requests can grow them without limit, and addresses
 * are never stored: each becomes an HMAC under a key that is never written anywhere. With
 * REDIS_URL the rules hold across instances (shared-limiter.ts); otherwise, or while Redis does
 * not answer, in this process's memory (limiter.ts).
 */

export type ViewAdmission = 'counted' | 'repeat' | 'limited';

export interface ViewLimiter {
  /** Decides one view of `articleId` from `address`, and remembers it if it counts. */
  admit(address: string, articleId: number): Promise<ViewAdmission>;
}

export interface ViewLimiterOptions {
  /** Milliseconds since the epoch; injected so tests control time. */
  now?: () => number;
  /** Counted views per address per minute. */
  perMinute?: number;
  /** Most (address, article) pairs remembered; past it the oldest are forgotten first. */
  maxPairs?: number;
  /** Most addresses followed for the per-minute cap within one minute. */
  maxAddresses?: number;
}

export const VIEW_LIMITS = { perMinute: 20, maxPairs: 100_000, maxAddresses: 20_000 } as const;
/** How long a counted (address, article) pair blocks the next view of it. */
export const PAIR_TTL_MS = 3_600_000;
export const MINUTE_MS = 60_000;

/** An address as the limiters know it: an HMAC under `salt`, shortened (132 bits). */
export function addressHash(salt: Buffer, address: string): string {
  return createHmac('sha256', salt).update(address).digest('base64url').slice(0, 22);
}
