import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Database } from '@/db/client';
import { parseLsn, ReadRouter, redactUrl } from '@/db/read-router';

/*
 * The router's rules on stand-in servers whose WAL positions the test moves by hand; the
 * integration test (read-replicas) runs the same rules against a real streaming replica.
 */

interface FakeServer {
  db: Database;
  pool: { query: (text: string) => Promise<{ rows: Array<{ lsn: string | null }> }> };
  lsn: bigint;
  down: boolean;
  inRecovery: boolean;
  queries: string[];
}

const lsnText = (value: bigint) => `${(value >> 32n).toString(16).toUpperCase()}/${(value & 0xffffffffn).toString(16).toUpperCase()}`;

function server(name: string, lsn = 0x1000n): FakeServer {
  const fake: FakeServer = {
    db: { name } as unknown as Database,
    lsn,
    down: false,
    inRecovery: name !== 'primary',
    queries: [],
    pool: {
      query: async (text: string) => {
        fake.queries.push(text);
        if (fake.down) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:1'), { code: 'ECONNREFUSED' });
        return { rows: [{ lsn: fake.inRecovery || text.includes('current') ? lsnText(fake.lsn) : null }] };
      },
    },
  };
  return fake;
}

const routers: ReadRouter[] = [];
function route(primary: FakeServer, ...replicas: FakeServer[]): ReadRouter {
  const router = new ReadRouter(
    primary as never,
    replicas.map((replica, index) => ({ ...(replica as never as { db: Database; pool: never }), url: `postgres://jarida:secret@replica${index}:5432/jarida` })),
  );
  routers.push(router);
  return router;
}
afterEach(() => {
  for (const router of routers.splice(0)) router.close();
  vi.restoreAllMocks();
});

const servedBy = (router: ReadRouter) => (router.pick().db as unknown as { name: string }).name;

/** A primary and one replica, once the router has started reading from the replica. */
async function readingReplica() {
  const primary = server('primary');
  const replica = server('replica');
  const router = route(primary, replica);
  await vi.waitFor(() => expect(servedBy(router)).toBe('replica'));
  return { primary, replica, router };
}

/** The router reads the primary now and still after a while, then the replica once it replays up to `lsn`. */
async function expectPrimaryUntilReplicaAt(router: ReadRouter, replica: FakeServer, lsn: bigint) {
  expect(servedBy(router)).toBe('primary');
  await new Promise((resolve) => setTimeout(resolve, 60));
  expect(servedBy(router)).toBe('primary');
  replica.lsn = lsn;
  await vi.waitFor(() => expect(servedBy(router)).toBe('replica'));
}

describe('read router', () => {
  it('starts on the primary and moves to a replica once it has replayed what the primary had', async () => {
    const primary = server('primary', 0x2000n);
    const replica = server('replica', 0x1000n);
    const router = route(primary, replica);
    await expectPrimaryUntilReplicaAt(router, replica, 0x2000n);
  });

  it('after a noted write, reads the primary at once and until the replica replays that write', async () => {
    const { primary, replica, router } = await readingReplica();

    primary.lsn = 0x1_0000_2000n;
    router.noteWrite();
    await expectPrimaryUntilReplicaAt(router, replica, 0x1_0000_2000n);
  });

  it('asks the primary again when a write is noted while its position was being read', async () => {
    const { primary, replica, router } = await readingReplica();

    const query = primary.pool.query;
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    primary.pool.query = async (text) => {
      const answer = await query(text);
      await held;
      return answer;
    };
    router.noteWrite();
    // The first question is out with the old position; this write lands after it.
    primary.lsn = 0x3000n;
    router.noteWrite();
    release();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(servedBy(router)).toBe('primary');
    replica.lsn = 0x3000n;
    await vi.waitFor(() => expect(servedBy(router)).toBe('replica'));
  });

  it('takes turns between caught-up replicas and skips one that is behind', async () => {
    const primary = server('primary');
    const [a, b] = [server('a'), server('b')];
    const router = route(primary, a, b);
    await vi.waitFor(() => expect(servedBy(router)).not.toBe('primary'));
    expect(new Set([servedBy(router), servedBy(router), servedBy(router), servedBy(router)])).toEqual(new Set(['a', 'b']));

    primary.lsn = a.lsn = 0x5000n;
    router.noteWrite();
    await vi.waitFor(() => expect(servedBy(router)).toBe('a'));
    expect([servedBy(router), servedBy(router), servedBy(router)]).toEqual(['a', 'a', 'a']);
  });

  it('takes a replica out on a connection error and back when a probe answers', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    vi.spyOn(console, 'info').mockImplementation(() => undefined);
    const { replica, router } = await readingReplica();

    const refused = new Error('Failed query', { cause: Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' }) });
    expect(router.failed(router.replicas[0]!, refused)).toBe(true);
    expect(servedBy(router)).toBe('primary');
    replica.down = true;
    await router.probe(router.replicas[0]!);
    expect(servedBy(router)).toBe('primary');
    replica.down = false;
    await router.probe(router.replicas[0]!);
    expect(servedBy(router)).toBe('replica');
  });

  it('retries a recovery conflict on the primary without taking the replica out, and nothing else', async () => {
    const router = route(server('primary'), server('replica'));
    await vi.waitFor(() => expect(servedBy(router)).toBe('replica'));
    const conflict = new Error('Failed query', {
      cause: Object.assign(new Error('canceling statement due to conflict with recovery'), { code: '40001' }),
    });
    expect(router.failed(router.replicas[0]!, conflict)).toBe(true);
    expect(router.failed(router.replicas[0]!, Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(servedBy(router)).toBe('replica');
  });

  it('never serves from a "replica" that is not in recovery', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const promoted = server('promoted');
    promoted.inRecovery = false;
    const router = route(server('primary'), promoted);
    const [status] = await router.check(1_000);
    expect(status).toEqual({ url: 'postgres://jarida@replica0:5432/jarida', status: expect.stringMatching(/not a standby/), serving: false });
    expect(servedBy(router)).toBe('primary');
  });

  it('reports a replica that does not answer in time', async () => {
    const slow = server('slow');
    const router = route(server('primary'), slow);
    await vi.waitFor(() => expect(servedBy(router)).toBe('slow'));
    slow.pool.query = () => new Promise(() => undefined);
    const [status] = await router.check(50);
    expect(status).toMatchObject({ status: 'no answer within 50 ms', serving: false });
  });
});

describe('WAL positions and addresses', () => {
  it('orders positions across the high word', () => {
    expect(parseLsn('0/16B3748')).toBe(0x16b3748n);
    expect(parseLsn('1/0') > parseLsn('0/FFFFFFFF')).toBe(true);
    expect(() => parseLsn('garbage')).toThrow();
  });

  it('keeps passwords out of logged addresses', () => {
    expect(redactUrl('postgres://jarida:s3cret@db2.internal:5433/jarida?sslmode=require&password=x')).toBe('postgres://jarida@db2.internal:5433/jarida?sslmode=require');
  });
});
