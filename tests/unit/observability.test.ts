import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clientAddressOf, createRequestObserver, isLocalRequest, plainAddress, requestIdFor, routeKind } from '@/lib/observability/http-requests';
import { createLogger, currentRequest, errorField, readableLine, withRequest } from '@/lib/observability/log.mjs';
import { metricsAccess } from '@/lib/observability/metrics-access';
import { cacheLookups, collector, counter, histogram, renderMetrics, resetMetrics } from '@/lib/observability/metrics.mjs';

afterEach(() => resetMetrics());

describe('route kinds', () => {
  it.each([
    ['/fr', 'reader'],
    ['/ar/rubrique/sport?page=2', 'reader'],
    ['/fr/article/un-titre', 'article'],
    ['/ar/article/%D8%BA', 'article'],
    ['/admin/fr/articles', 'admin'],
    ['/admin', 'admin'],
    ['/api/views', 'api'],
    ['/api/metrics?x=1', 'api'],
    ['/media/covers/a.webp', 'media'],
    ['/_next/image?url=%2Fmedia%2Fa.webp&w=640&q=75', 'media'],
    ['/_next/static/chunks/main.js', 'asset'],
    ['/robots.txt', 'asset'],
    ['/fr/feed.xml', 'asset'],
  ])('%s is %s', (target, kind) => {
    expect(routeKind(target)).toBe(kind);
  });
});

describe('request ids', () => {
  it('keeps a trusted proxy’s well-formed id, and only that', () => {
    expect(requestIdFor('5f2b9c0e8a7d4e1f', true)).toBe('5f2b9c0e8a7d4e1f');
    expect(requestIdFor('5f2b9c0e8a7d4e1f', false)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor('two words', true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor('x'.repeat(129), true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(['a', 'b'], true)).toMatch(/^[0-9a-f-]{36}$/);
    expect(requestIdFor(undefined, true)).not.toBe(requestIdFor(undefined, true));
  });

  it('a local request is one from loopback that no proxy passed on', () => {
    const none = new Set<string>();
    expect(plainAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(plainAddress('::1')).toBe('::1');
    expect(isLocalRequest('127.0.0.1', {}, none)).toBe(true);
    expect(isLocalRequest('::1', {}, none)).toBe(true);
    expect(isLocalRequest('10.0.0.5', {}, none)).toBe(false);
    // nginx on the same machine: its connections come from loopback, and it says whom for.
    expect(isLocalRequest('127.0.0.1', { 'x-forwarded-for': '203.0.113.9' }, none)).toBe(false);
    expect(isLocalRequest('127.0.0.1', { forwarded: 'for=203.0.113.9' }, none)).toBe(false);
    expect(isLocalRequest('127.0.0.1', { 'x-real-ip': '203.0.113.9' }, none)).toBe(false);
    expect(isLocalRequest('127.0.0.1', {}, new Set(['127.0.0.1']))).toBe(false);
  });
});

describe('client addresses (per-address limits)', () => {
  const nginx = new Set(['127.0.0.1']);
  it('a direct connection is its socket’s address, whatever X-Forwarded-For it writes', () => {
    expect(clientAddressOf('203.0.113.9', '198.51.100.1', new Set())).toBe('203.0.113.9');
    expect(clientAddressOf('127.0.0.1', '198.51.100.1', new Set())).toBe('127.0.0.1');
    // Without TRUST_PROXY, even nginx on this machine is only a client: everyone would share its limit.
    expect(clientAddressOf('127.0.0.1', '198.51.100.1', new Set(['10.0.0.2']))).toBe('127.0.0.1');
  });

  it('behind a trusted proxy, the last hop it appended; what the client wrote further left is ignored', () => {
    expect(clientAddressOf('127.0.0.1', '198.51.100.1', nginx)).toBe('198.51.100.1');
    expect(clientAddressOf('127.0.0.1', '10.9.9.9, 1.2.3.4, 198.51.100.1', nginx)).toBe('198.51.100.1');
    expect(clientAddressOf('127.0.0.1', ['10.9.9.9', '198.51.100.1'], nginx)).toBe('198.51.100.1');
    expect(clientAddressOf('127.0.0.1', '::ffff:198.51.100.1', nginx)).toBe('198.51.100.1');
    expect(clientAddressOf('127.0.0.1', '2001:db8::7', nginx)).toBe('2001:db8::7');
  });

  it('skips a chain of trusted proxies, and stops at a hop that is not an address', () => {
    const chain = new Set(['127.0.0.1', '10.0.0.2']);
    expect(clientAddressOf('127.0.0.1', '198.51.100.1, 10.0.0.2', chain)).toBe('198.51.100.1');
    expect(clientAddressOf('127.0.0.1', '10.0.0.2', chain)).toBe('10.0.0.2');
    expect(clientAddressOf('127.0.0.1', 'unknown, 10.0.0.2', chain)).toBe('10.0.0.2');
    expect(clientAddressOf('127.0.0.1', 'not-an-ip', nginx)).toBe('127.0.0.1');
    expect(clientAddressOf('127.0.0.1', undefined, nginx)).toBe('127.0.0.1');
    expect(clientAddressOf('127.0.0.1', '', nginx)).toBe('127.0.0.1');
  });
});

describe('the request observer (a real HTTP server)', () => {
  async function serve(trusted: string[], handler: (request: http.IncomingMessage) => unknown) {
    const observer = createRequestObserver(new Set(trusted));
    subscribe('http.server.request.start', observer);
    const server = http.createServer((request, response) => {
      // Later, as Next's handlers are: the context must still be there.
      setTimeout(() => response.end(JSON.stringify(handler(request))), 5);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return {
      url,
      close: async () => {
        unsubscribe('http.server.request.start', observer);
        await new Promise((resolve) => server.close(resolve));
      },
    };
  }

  it('gives every request an id, visible to its handler, its headers and the response, and counts it', async () => {
    const server = await serve([], (request) => ({ context: currentRequest(), header: request.headers['x-request-id'] }));
    try {
      const first = await fetch(`${server.url}/fr/article/x`, { headers: { 'X-Request-Id': 'chosen-by-client' } });
      const seen = (await first.json()) as { context: { id: string; kind: string; local: boolean }; header: string };
      const id = first.headers.get('x-request-id');
      expect(id).toMatch(/^[0-9a-f-]{36}$/);
      expect(seen).toEqual({ context: { id, kind: 'article', local: true, client: '127.0.0.1' }, header: id });

      const forwarded = await fetch(`${server.url}/api/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
      const context = ((await forwarded.json()) as { context: { local: boolean; client: string } }).context;
      expect(context.local).toBe(false);
      // Not from a trusted proxy: the header names no one.
      expect(context.client).toBe('127.0.0.1');
      expect(forwarded.headers.get('x-request-id')).not.toBe(id);
    } finally {
      await server.close();
    }
    await vi.waitFor(() => expect(renderMetrics()).toMatch(/^jarida_http_requests_total\{kind="api",status="2xx"\} 1$/m));
    expect(renderMetrics()).toMatch(/^jarida_http_requests_total\{kind="article",status="2xx"\} 1$/m);
    expect(renderMetrics()).toMatch(/^jarida_http_request_duration_seconds_count\{kind="article"\} 1$/m);
  });

  it('takes the id a trusted proxy sends', async () => {
    const server = await serve(['127.0.0.1'], () => currentRequest());
    try {
      const response = await fetch(`${server.url}/fr`, { headers: { 'X-Request-Id': 'nginx-4b1d', 'X-Forwarded-For': '198.51.100.4' } });
      expect(response.headers.get('x-request-id')).toBe('nginx-4b1d');
      expect(await response.json()).toEqual({ id: 'nginx-4b1d', kind: 'reader', local: false, client: '198.51.100.4' });
    } finally {
      await server.close();
    }
  });
});

describe('access to /api/metrics', () => {
  const token = 'a-token-of-sufficient-length';
  it('with METRICS_TOKEN: the bearer token, from anywhere; nothing else, even locally', () => {
    expect(metricsAccess(token, `Bearer ${token}`, false)).toEqual({ ok: true });
    expect(metricsAccess(token, `bearer ${token}`, false)).toEqual({ ok: true });
    expect(metricsAccess(token, 'Bearer a-token-of-sufficient-lengtH', true)).toMatchObject({ ok: false, status: 401 });
    expect(metricsAccess(token, token, true)).toMatchObject({ ok: false, status: 401 });
    expect(metricsAccess(token, null, true)).toMatchObject({ ok: false, status: 401 });
  });

  it('without: local requests only', () => {
    expect(metricsAccess(undefined, null, true)).toEqual({ ok: true });
    expect(metricsAccess(undefined, 'Bearer anything', false)).toMatchObject({ ok: false, status: 403 });
  });
});

describe('the Prometheus text format', () => {
  it('writes counters, histograms and collected gauges as Prometheus reads them', () => {
    const hits = counter('test_lookups_total', 'Reads.\nTwo lines.');
    hits.inc({ cache: 'page', result: 'hit' });
    hits.inc({ cache: 'page', result: 'hit' }, 2);
    hits.with({ cache: 'a"b\\c', result: 'miss' }).inc();
    const latency = histogram('test_seconds', 'Latency.', [0.1, 1]);
    latency.observe({ kind: 'article' }, 0.05);
    latency.observe({ kind: 'article' }, 0.5);
    latency.observe({ kind: 'article' }, 5);
    collector('test-pool', () => [{ name: 'test_pool_idle', help: 'Idle.', type: 'gauge', samples: [[{ pool: 'primary' }, 3]] }]);

    const text = renderMetrics();
    expect(text).toContain('# HELP test_lookups_total Reads.\\nTwo lines.\n# TYPE test_lookups_total counter\n');
    expect(text).toContain('test_lookups_total{cache="page",result="hit"} 3\n');
    expect(text).toContain('test_lookups_total{cache="a\\"b\\\\c",result="miss"} 1\n');
    expect(text).toContain(
      [
        '# TYPE test_seconds histogram',
        'test_seconds_bucket{kind="article",le="0.1"} 1',
        'test_seconds_bucket{kind="article",le="1"} 2',
        'test_seconds_bucket{kind="article",le="+Inf"} 3',
        'test_seconds_sum{kind="article"} 5.55',
        'test_seconds_count{kind="article"} 3',
      ].join('\n'),
    );
    expect(text).toContain('# TYPE test_pool_idle gauge\ntest_pool_idle{pool="primary"} 3\n');
    // Every sample line: a name, optional labels, a number.
    for (const line of text.split('\n').filter((line) => line && !line.startsWith('#'))) {
      expect(line).toMatch(/^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_]\w*="([^"\\]|\\.)*",?)*\})? (-?[\d.]+(e[+-]?\d+)?|NaN|[+-]Inf)$/);
    }
  });

  it('gives each cache its hit ratio', () => {
    cacheLookups.with({ cache: 'page', result: 'hit' }).inc(3);
    cacheLookups.with({ cache: 'page', result: 'miss' }).inc();
    const text = renderMetrics();
    expect(text).toMatch(/^jarida_cache_hit_ratio\{cache="page"\} 0.75$/m);
    expect(text).not.toMatch(/^jarida_cache_hit_ratio\{cache="data"\}/m);
  });
});

describe('the logger', () => {
  function capture(json: boolean) {
    const lines: string[] = [];
    const log = createLogger({ level: 'info', json, destination: { write: (line) => lines.push(line) } }).child({ module: 'db' });
    return { log, lines };
  }

  it('JSON: level, module, message, and the request id of the request being served', () => {
    const { log, lines } = capture(true);
    log.debug('not at this level');
    log.info('outside any request');
    withRequest({ id: 'req-1', kind: 'article', local: false, client: '203.0.113.1' }, () => log.warn({ operation: 'views flush' }, 'slow'));
    const [outside, inside] = lines.map((line) => JSON.parse(line));
    expect(lines).toHaveLength(2);
    expect(outside).toMatchObject({ level: 30, module: 'db', msg: 'outside any request' });
    expect(outside).not.toHaveProperty('reqId');
    expect(inside).toMatchObject({ level: 40, module: 'db', msg: 'slow', reqId: 'req-1', operation: 'views flush' });
  });

  it('an error keeps its message, code and stack, without query parameters, e-mail addresses or row values', () => {
    const failure = Object.assign(new Error('Failed query: select * from users where email = $1\nparams: amina@example.ma'), {
      cause: Object.assign(new Error('duplicate key value violates unique constraint "users_email_key"'), {
        code: '23505',
        detail: 'Key (email)=(amina@example.ma) already exists.',
      }),
    });
    const { log, lines } = capture(true);
    log.error({ err: failure }, 'write failed');
    expect(lines[0]).not.toContain('amina');
    const entry = JSON.parse(lines[0]!);
    expect(entry.err).toMatchObject({ type: 'Error', message: 'Failed query: select * from users where email = $1\nparams: [redacted]' });
    expect(entry.err.cause).toMatchObject({ code: '23505', message: expect.stringContaining('users_email_key') });
    expect(entry.err.cause).not.toHaveProperty('detail');
    expect(errorField('contact sami@example.org')).toBe('contact [email]');
  });

  it('readable in development: time, level, module, message, fields and request', () => {
    const { log, lines } = capture(false);
    withRequest({ id: 'req-2', kind: 'reader', local: true, client: '127.0.0.1' }, () => log.warn({ pages: 3 }, 'queue full'));
    expect(lines[0]).toMatch(/^\d\d:\d\d:\d\d\.\d{3} WARN {2}\[db\] queue full pages=3 \(req req-2\)\n$/);
    expect(readableLine('not json')).toBe('not json');
  });
});
