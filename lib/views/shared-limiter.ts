import { createHash, randomBytes } from 'node:crypto';
import type { Redis } from 'ioredis';
import { redisKey } from '@/lib/redis';
import { addressHash, MINUTE_MS, PAIR_TTL_MS, VIEW_LIMITS, type ViewAdmission, type ViewLimiter, type ViewLimiterOptions } from './limits';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('views');

/*
 * The views beacon's two rules (limits.ts) in Redis, so that they hold across instances: one
 * script per beacon, so that two instances deciding at once cannot both count the same view.
 *
 * Every key is under redisKey('views', …) and bounded: the counted pairs are one sorted set
 * capped at maxPairs (oldest forgotten first, as in memory), each minute's counts one hash capped
 * at maxAddresses fields that expires after two minutes, and the day's salt one key.
 *
 * Addresses are HMACs under a random salt that every instance reads from Redis and nobody writes
 * to disk. A new salt is drawn each UTC day (SET NX: the first instance to ask draws it) and each
 * expires after 25 hours, after which that day's hashes cannot be linked to an address or to
 * the next day's. (A repeat just across midnight UTC may therefore count once more.)
 */

const ADMIT_SCRIPT = `
local now = tonumber(ARGV[1])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[2]) then return 'repeat' end
local counted = tonumber(redis.call('HGET', KEYS[2], ARGV[3]) or '0')
if counted >= tonumber(ARGV[4]) then return 'limited' end
if counted == 0 and redis.call('HLEN', KEYS[2]) >= tonumber(ARGV[6]) then return 'limited' end
redis.call('HINCRBY', KEYS[2], ARGV[3], 1)
redis.call('PEXPIRE', KEYS[2], ARGV[8])
redis.call('ZADD', KEYS[1], now + tonumber(ARGV[7]), ARGV[2])
local over = redis.call('ZCARD', KEYS[1]) - tonumber(ARGV[5])
if over > 0 then redis.call('ZREMRANGEBYRANK', KEYS[1], 0, over - 1) end
redis.call('PEXPIRE', KEYS[1], ARGV[7])
return 'counted'
`;

const SALT_SCRIPT = `
redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2])
return redis.call('GET', KEYS[1])
`;

const DAY_MS = 86_400_000;
export const SALT_TTL_MS = 25 * 3_600_000;
// A salt lost from Redis (flushed, evicted) is drawn again by the next instance to ask; the
// others pick the new one up within this time instead of hashing under the old one all day.
const SALT_RECHECK_MS = 60_000;
const MINUTE_KEY_TTL_MS = 2 * MINUTE_MS;

const sha1 = (script: string) => createHash('sha1').update(script).digest('hex');
const SCRIPT_SHAS = new Map([ADMIT_SCRIPT, SALT_SCRIPT].map((script) => [script, sha1(script)]));

async function runScript(redis: Redis, script: string, keys: string[], args: (string | number)[]): Promise<unknown> {
  try {
    return await redis.evalsha(SCRIPT_SHAS.get(script)!, keys.length, ...keys, ...args);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.startsWith('NOSCRIPT')) throw error;
    return redis.eval(script, keys.length, ...keys, ...args);
  }
}

function within<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export interface SharedViewLimiterOptions extends ViewLimiterOptions {
  redis: Redis;
  /** Decides while Redis does not answer: the same rules, in this process only. */
  fallback: ViewLimiter;
  /** How long a beacon waits for Redis before the fallback decides. */
  timeoutMs?: number;
  log?: (message: string) => void;
}

export class SharedViewLimiter implements ViewLimiter {
  private readonly redis: Redis;
  private readonly fallback: ViewLimiter;
  private readonly now: () => number;
  private readonly limits: { perMinute: number; maxPairs: number; maxAddresses: number };
  private readonly timeoutMs: number;
  private readonly log: (message: string) => void;
  private salt?: { day: number; fetchedAt: number; value: Promise<Buffer> };
  private redisDown = false;

  constructor(options: SharedViewLimiterOptions) {
    this.redis = options.redis;
    this.fallback = options.fallback;
    this.now = options.now ?? Date.now;
    this.limits = {
      perMinute: options.perMinute ?? VIEW_LIMITS.perMinute,
      maxPairs: options.maxPairs ?? VIEW_LIMITS.maxPairs,
      maxAddresses: options.maxAddresses ?? VIEW_LIMITS.maxAddresses,
    };
    this.timeoutMs = options.timeoutMs ?? 250;
    this.log = options.log ?? ((message) => log.warn(message));
  }

  async admit(address: string, articleId: number): Promise<ViewAdmission> {
    let verdict: ViewAdmission;
    try {
      verdict = await within(this.admitShared(address, articleId, this.now()), this.timeoutMs);
    } catch (error) {
      // Once per outage: a line per beacon would flood the log.
      if (!this.redisDown) this.log(`[views] Redis does not answer (${(error as Error).message}): view limits are kept per process until it does`);
      this.redisDown = true;
      return this.fallback.admit(address, articleId);
    }
    if (this.redisDown) this.log('[views] Redis answers again: view limits are shared by all instances again');
    this.redisDown = false;
    return verdict;
  }

  private async admitShared(address: string, articleId: number, at: number): Promise<ViewAdmission> {
    const who = addressHash(await this.saltFor(at), address);
    const { perMinute, maxPairs, maxAddresses } = this.limits;
    const verdict = await runScript(
      this.redis,
      ADMIT_SCRIPT,
      [redisKey('views', 'pairs'), redisKey('views', 'minute', Math.floor(at / MINUTE_MS))],
      [at, `${who}:${articleId}`, who, perMinute, maxPairs, maxAddresses, PAIR_TTL_MS, MINUTE_KEY_TTL_MS],
    );
    if (verdict !== 'counted' && verdict !== 'repeat' && verdict !== 'limited') throw new Error(`unexpected answer ${String(verdict)}`);
    return verdict;
  }

  private saltFor(at: number): Promise<Buffer> {
    const day = Math.floor(at / DAY_MS);
    const cached = this.salt;
    if (cached && cached.day === day && Math.abs(at - cached.fetchedAt) < SALT_RECHECK_MS) return cached.value;
    const value = runScript(this.redis, SALT_SCRIPT, [redisKey('views', 'salt', day)], [randomBytes(32).toString('base64'), SALT_TTL_MS]).then((stored) => {
      if (typeof stored !== 'string') throw new Error('no salt');
      return Buffer.from(stored, 'base64');
    });
    this.salt = { day, fetchedAt: at, value };
    value.catch(() => {
      if (this.salt?.value === value) this.salt = undefined;
    });
    return value;
  }
}
