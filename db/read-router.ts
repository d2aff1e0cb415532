import type pg from 'pg';
import { isConnectionError } from '@/lib/db-health';
import type { Database } from './client';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('db');

/*
 * Sends reader reads to streaming replicas, but only to one that has replayed every write this
 * process knows of. Reader pages are cached until an editor's change expires their tags, so a
 * render that read a lagging replica would keep the old story for minutes: noteWrite() (called on
 * every tag expiry, local or from another instance) takes the replicas out until they have
 * replayed the primary's WAL position of that moment. Until then, and whenever no replica
 * qualifies, the primary serves: a wrong guess costs the primary a query, never a stale page.
 */

/** What the router needs of a database: the Drizzle handle for queries and the pool for probes. */
export interface RoutedDb {
  db: Database;
  pool: Pick<pg.Pool, 'query'>;
}

export interface Replica extends RoutedDb {
  /** Its address without the password, for logs and the readiness answer. */
  url: string;
  /** Answered its last probe or query; a connection error takes it out until a probe succeeds. */
  up: boolean;
  /** The last replay position it reported (pg_last_wal_replay_lsn()). */
  replayed: bigint;
  error: string | null;
  probing: Promise<void> | null;
}

export interface ReplicaStatus {
  url: string;
  status: 'ok' | string;
  /** Reads go to it now: up, and caught up with the last write this process noted. */
  serving: boolean;
}

// Streaming replicas replay within milliseconds; the poll backs off for one that stays behind
// (replay paused, or a long recovery conflict) so it costs at most one query a second.
const POLL_FIRST_MS = 20;
const POLL_MAX_MS = 1_000;

/** A WAL position ('16/B374D848') as a number that compares. */
export function parseLsn(text: string): bigint {
  const [high, low] = text.split('/');
  if (!high || !low) throw new Error(`not a WAL position: ${text}`);
  return (BigInt(`0x${high}`) << 32n) + BigInt(`0x${low}`);
}

/** A connection URL fit for logs and health answers: user, host, port and database only. */
export function redactUrl(url: string): string {
  const parsed = new URL(url);
  parsed.password = '';
  parsed.searchParams.delete('password');
  return parsed.toString();
}

// Drizzle wraps the driver's error (its SQLSTATE and message) in `cause`.
function isRecoveryConflict(error: unknown): boolean {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth += 1) {
    const { code, message } = current as { code?: unknown; message?: unknown };
    if (code === '40001' && typeof message === 'string' && /conflict with recovery/i.test(message)) return true;
    current = (current as { cause?: unknown }).cause;
  }
  return false;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class ReadRouter {
  readonly replicas: Replica[];
  private required = 0n;
  // False until the primary's position after the latest noted write is known: replicas wait.
  private requiredKnown = false;
  private writes = 0;
  private pollDelay = POLL_FIRST_MS;
  private catchingUp: Promise<void> | null = null;
  private closed = false;
  private next = 0;

  constructor(
    private readonly primary: RoutedDb,
    replicas: Array<RoutedDb & { url: string }>,
  ) {
    this.replicas = replicas.map((replica) => ({ ...replica, url: redactUrl(replica.url), up: true, replayed: 0n, error: null, probing: null }));
    // A process starting now may serve pages whose tags another instance has just expired.
    this.noteWrite();
  }

  /** The database for one reader read: a caught-up replica in turn, else the primary. */
  pick(): { db: Database; replica: Replica | null } {
    if (this.requiredKnown) {
      const count = this.replicas.length;
      for (let step = 0; step < count; step += 1) {
        const replica = this.replicas[(this.next + step) % count]!;
        if (this.serving(replica)) {
          this.next = (this.next + step + 1) % count;
          return { db: replica.db, replica };
        }
      }
    }
    return { db: this.primary.db, replica: null };
  }

  /**
   * A write was committed (tags were expired): from now until the replicas have replayed the
   * primary's current WAL position, reads go to the primary. Synchronous on purpose: the render
   * that follows an expiry must already see the change. Repeated calls share one catch-up.
   */
  noteWrite(): void {
    this.writes += 1;
    this.requiredKnown = false;
    this.pollDelay = POLL_FIRST_MS;
    this.catchUp();
  }

  /** Whether a failed reader query on `replica` may be run again on the primary. */
  failed(replica: Replica, error: unknown): boolean {
    if (isConnectionError(error)) {
      this.markDown(replica, error);
      return true;
    }
    // A hot standby cancels a query whose rows replay must remove (a recovery conflict): the primary has them.
    return isRecoveryConflict(error);
  }

  /** Asks one replica where its replay stands; this is its health check as well. */
  probe(replica: Replica): Promise<void> {
    replica.probing ??= (async () => {
      try {
        const { rows } = await replica.pool.query<{ lsn: string | null }>('select pg_last_wal_replay_lsn()::text as lsn');
        const lsn = rows[0]?.lsn;
        // Not in recovery: a promoted or misconfigured "replica" is no copy of this primary.
        if (!lsn) throw new Error('not a standby (pg_last_wal_replay_lsn() is null)');
        replica.replayed = parseLsn(lsn);
        if (!replica.up) log.info({ replica: replica.url }, 'replica answers again');
        replica.up = true;
        replica.error = null;
        if (replica.replayed < this.required) this.catchUp();
      } catch (error) {
        this.markDown(replica, error);
      } finally {
        replica.probing = null;
      }
    })();
    return replica.probing;
  }

  /** Every replica's state, probing each first (at most `timeoutMs`). */
  async check(timeoutMs: number): Promise<ReplicaStatus[]> {
    return Promise.all(
      this.replicas.map(async (replica) => {
        let timer: NodeJS.Timeout | undefined;
        const deadline = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), timeoutMs)));
        const outcome = await Promise.race([this.probe(replica), deadline]);
        clearTimeout(timer);
        const status = outcome === 'timeout' ? `no answer within ${timeoutMs} ms` : replica.up ? 'ok' : (replica.error ?? 'down');
        return { url: replica.url, status, serving: outcome !== 'timeout' && this.requiredKnown && this.serving(replica) };
      }),
    );
  }

  close(): void {
    this.closed = true;
  }

  private serving(replica: Replica): boolean {
    return replica.up && replica.replayed >= this.required;
  }

  private markDown(replica: Replica, error: unknown): void {
    if (replica.up) log.error({ replica: replica.url, reason: messageOf(error) }, 'replica out of rotation');
    replica.up = false;
    replica.error = messageOf(error);
  }

  private catchUp(): void {
    this.catchingUp ??= this.runCatchUp()
      .catch((error: unknown) => log.error({ reason: messageOf(error) }, 'replica catch-up failed'))
      .finally(() => (this.catchingUp = null));
  }

  /** Learns the primary's position, then polls the replicas behind it until none is (or the rest are down). */
  private async runCatchUp(): Promise<void> {
    while (!this.closed) {
      if (!this.requiredKnown) {
        const writes = this.writes;
        try {
          // The written position covers every commit acknowledged so far (synchronous_commit, on by
          // default, returns only once the commit record is flushed).
          const { rows } = await this.primary.pool.query<{ lsn: string }>('select pg_current_wal_lsn()::text as lsn');
          const lsn = parseLsn(rows[0]!.lsn);
          if (lsn > this.required) this.required = lsn;
          // A write noted while the question was out may lie past the answer: ask again.
          this.requiredKnown = writes === this.writes;
        } catch {
          // The primary is unreachable (its health check reports that): replicas wait for it.
        }
      }
      const behind = this.replicas.filter((replica) => replica.up && replica.replayed < this.required);
      await Promise.all(behind.map((replica) => this.probe(replica)));
      if (this.requiredKnown && this.replicas.every((replica) => !replica.up || replica.replayed >= this.required)) return;
      await new Promise((resolve) => setTimeout(resolve, this.pollDelay).unref());
      this.pollDelay = Math.min(this.pollDelay * 2, POLL_MAX_MS);
    }
  }
}
