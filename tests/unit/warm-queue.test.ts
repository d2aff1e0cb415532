import { describe, expect, it } from 'vitest';
import { WarmQueue, WarmRequestError, type WarmFetcher, type WarmRun } from '@/lib/cache/warm-queue';

/*
 * The background queue behind warm-on-publish, with a stand-in for the HTTP request: it never
 * runs more than its concurrency, never holds more than its capacity, asks for a path once however
 * often it is queued, and turns every failure into a logged WarmRequestError.
 */

interface Call {
  path: string;
  signal: AbortSignal;
  answer: (status: number) => void;
  fail: (error: Error) => void;
}

/** A fetcher whose requests stay open until the test answers them. */
function manualFetcher() {
  const calls: Call[] = [];
  let active = 0;
  let maxActive = 0;
  const fetchPage: WarmFetcher = (path, signal) =>
    new Promise<number>((resolve, reject) => {
      active++;
      maxActive = Math.max(maxActive, active);
      const done = () => active--;
      calls.push({
        path,
        signal,
        answer: (status) => (done(), resolve(status)),
        fail: (error) => (done(), reject(error)),
      });
    });
  return { calls, fetchPage, maxActive: () => maxActive };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe('WarmQueue', () => {
  it('runs one request at a time by default, oldest first, and de-duplicates waiting paths', async () => {
    const fetcher = manualFetcher();
    const queue = new WarmQueue({ fetchPage: fetcher.fetchPage });
    queue.enqueue(['/fr/article/a', '/fr', '/fr/dernieres-nouvelles']);
    queue.enqueue(['/fr', '/fr/dernieres-nouvelles', '/fr/rubrique/maroc']);
    expect(queue.size).toBe(4);
    for (let i = 0; i < 4; i++) {
      await tick();
      expect(fetcher.calls).toHaveLength(i + 1);
      fetcher.calls[i]!.answer(200);
    }
    await queue.idle();
    expect(fetcher.calls.map((call) => call.path)).toEqual(['/fr/article/a', '/fr', '/fr/dernieres-nouvelles', '/fr/rubrique/maroc']);
    expect(fetcher.maxActive()).toBe(1);
    expect(queue.stats).toEqual({ warmed: 4, failed: 0, dropped: 0 });
  });

  it('never runs more than its concurrency, and never the same path twice at once', async () => {
    const fetcher = manualFetcher();
    const queue = new WarmQueue({ fetchPage: fetcher.fetchPage, concurrency: 2 });
    queue.enqueue(['/fr', '/ar', '/fr/dernieres-nouvelles']);
    await tick();
    expect(fetcher.calls.map((call) => call.path)).toEqual(['/fr', '/ar']);
    // Queued again while its request runs: that render may predate the change, so it runs again after.
    queue.enqueue(['/fr']);
    fetcher.calls[1]!.answer(200);
    await tick();
    expect(fetcher.calls.map((call) => call.path)).toEqual(['/fr', '/ar', '/fr/dernieres-nouvelles']);
    fetcher.calls[0]!.answer(200);
    await tick();
    expect(fetcher.calls.map((call) => call.path)).toEqual(['/fr', '/ar', '/fr/dernieres-nouvelles', '/fr']);
    fetcher.calls[2]!.answer(200);
    fetcher.calls[3]!.answer(200);
    await queue.idle();
    expect(fetcher.maxActive()).toBe(2);
    expect(queue.stats.warmed).toBe(4);
  });

  it('drops what exceeds its capacity and says how much', async () => {
    const fetcher = manualFetcher();
    const drops: number[] = [];
    const queue = new WarmQueue({ fetchPage: fetcher.fetchPage, capacity: 3, onDrop: (count) => drops.push(count) });
    const paths = Array.from({ length: 10 }, (_, i) => `/fr/sujet/t${i}`);
    // Three fit; the first of them starts at once, which frees a place for one more later.
    expect(queue.enqueue(paths)).toBe(7);
    expect(queue.size).toBe(3);
    expect(queue.enqueue(['/fr/sujet/t1', '/fr/sujet/other'])).toBe(0);
    expect(queue.enqueue(['/fr/sujet/x', '/fr/sujet/y'])).toBe(2);
    expect(drops).toEqual([7, 2]);
    while (queue.size) {
      await tick();
      fetcher.calls.at(-1)?.answer(200);
    }
    await queue.idle();
    expect(fetcher.calls.map((call) => call.path)).toEqual(['/fr/sujet/t0', '/fr/sujet/t1', '/fr/sujet/t2', '/fr/sujet/other']);
    expect(queue.stats).toEqual({ warmed: 4, failed: 0, dropped: 9 });
  });

  it('logs failures as WarmRequestError and carries on: a 5xx, a refused connection, a timeout', async () => {
    const errors: WarmRequestError[] = [];
    const fetchPage: WarmFetcher = async (path, signal) => {
      if (path === '/fr/broken') return 500;
      if (path === '/fr/unreachable') throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:3000'), { code: 'ECONNREFUSED' });
      if (path === '/fr/slow') return new Promise<number>(() => void signal.addEventListener('abort', () => {}));
      return path === '/fr/gone' ? 404 : 200;
    };
    const runs: WarmRun[] = [];
    const queue = new WarmQueue({ fetchPage, timeoutMs: 50, onError: (error) => errors.push(error), onIdle: (run) => runs.push(run) });
    expect(() => queue.enqueue(['/fr/broken', '/fr/unreachable', '/fr/slow', '/fr/gone', '/fr'])).not.toThrow();
    await queue.idle();
    expect(errors.map((error) => [error.path, error.failure])).toEqual([
      ['/fr/broken', 'server_error'],
      ['/fr/unreachable', 'unreachable'],
      ['/fr/slow', 'timeout'],
    ]);
    expect(errors.every((error) => error instanceof WarmRequestError)).toBe(true);
    expect(errors[1]!.message).toContain('ECONNREFUSED');
    // A withdrawn page's 404 is a rendered answer, not a failure.
    expect(queue.stats).toEqual({ warmed: 2, failed: 3, dropped: 0 });
    // One summary per burst, for the log.
    expect(runs).toEqual([{ warmed: 2, failed: 3, ms: expect.any(Number) }]);
    queue.enqueue(['/fr']);
    await queue.idle();
    expect(runs.map((run) => run.warmed)).toEqual([2, 1]);
  });

  it('aborts the request it gives up on', async () => {
    const fetcher = manualFetcher();
    const queue = new WarmQueue({ fetchPage: fetcher.fetchPage, timeoutMs: 20 });
    queue.enqueue(['/fr']);
    await queue.idle();
    expect(fetcher.calls[0]!.signal.aborted).toBe(true);
    expect(queue.stats.failed).toBe(1);
  });

  it('survives a logger that throws', async () => {
    const queue = new WarmQueue({
      fetchPage: async () => 503,
      onError: () => {
        throw new Error('logger down');
      },
    });
    queue.enqueue(['/fr', '/ar']);
    await queue.idle();
    expect(queue.stats.failed).toBe(2);
  });
});
