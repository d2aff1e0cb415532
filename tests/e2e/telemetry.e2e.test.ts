import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb } from '../../db/client';
import { articles, sections } from '../../db/schema';
import { startNext, type RunningServer } from './support/server';

const baseUrl = inject('baseUrl');
const databaseUrl = inject('e2eDatabaseUrl');

interface ReceivedSpan {
  traceId: string;
  spanId: string;
  parentSpanId?: string;
  name: string;
  attributes: Record<string, unknown>;
}

interface OtlpValue {
  stringValue?: string;
  boolValue?: boolean;
  intValue?: number | string;
  doubleValue?: number;
}

/** A minimal OTLP/HTTP receiver: JSON-encoded trace exports (what @opentelemetry/exporter-trace-otlp-http sends). */
function otlpReceiver() {
  const spans: ReceivedSpan[] = [];
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      if (request.method === 'POST' && request.url === '/v1/traces') {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as {
          resourceSpans: { scopeSpans: { spans: (Omit<ReceivedSpan, 'attributes'> & { attributes?: { key: string; value: OtlpValue }[] })[] }[] }[];
        };
        for (const resource of body.resourceSpans) {
          for (const scope of resource.scopeSpans) {
            for (const span of scope.spans) {
              const attributes = Object.fromEntries(
                (span.attributes ?? []).map(({ key, value }) => [key, value.stringValue ?? value.boolValue ?? value.intValue ?? value.doubleValue]),
              );
              spans.push({ ...span, attributes });
            }
          }
        }
      }
      response.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  return {
    spans,
    start: () => new Promise<string>((resolve) => server.listen(0, '127.0.0.1', () => resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function waitFor<T>(read: () => T | undefined, what: string | (() => string), ms = 20_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = read();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${typeof what === 'string' ? what : what()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe.skipIf(!baseUrl)('traces, request ids and metrics (lib/observability/)', () => {
  const receiver = otlpReceiver();
  const token = randomBytes(24).toString('base64url');
  const slug = `telemetrie-${randomBytes(4).toString('hex')}`;
  let server: RunningServer;

  beforeAll(async () => {
    // An article `next build` did not prerender: its first request renders it from the database.
    const { db, close } = createDb(databaseUrl, { max: 1 });
    try {
      const [section] = await db.select({ id: sections.id }).from(sections).limit(1);
      await db.insert(articles).values({
        locale: 'fr',
        slug,
        title: 'Un article pour les traces',
        summary: 'Rendu une première fois pendant le test.',
        body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bonjour.' }] }] },
        sectionId: section!.id,
        status: 'published',
        publishedAt: new Date(Date.now() - 60_000),
      });
    } finally {
      await close();
    }
    const endpoint = await receiver.start();
    server = await startNext({
      DATABASE_URL: databaseUrl,
      AUTH_SECRET: randomBytes(32).toString('base64url'),
      JARIDA_SCHEDULER: 'off',
      OTEL_EXPORTER_OTLP_ENDPOINT: endpoint,
      OTEL_BSP_SCHEDULE_DELAY: '100',
      METRICS_TOKEN: token,
      // This test stands in for nginx on the same machine.
      TRUST_PROXY: '127.0.0.1',
      LOG_LEVEL: 'info',
    });
  });

  afterAll(async () => {
    await server?.stop();
    await receiver.stop();
    const { db, close } = createDb(databaseUrl, { max: 1 });
    await db.delete(articles).where(eq(articles.slug, slug));
    await close();
  });

  it('a cold article render exports its spans: the render, the cache misses, the database queries, in one trace', async () => {
    const response = await fetch(`${server.url}/fr/article/${slug}`, { headers: { 'X-Request-Id': 'e2e-telemetry-1' } });
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('Un article pour les traces');
    // From a trusted proxy, its id is kept and echoed.
    expect(response.headers.get('x-request-id')).toBe('e2e-telemetry-1');

    const render = await waitFor(
      // "prerender": the render whose result goes to the page cache.
      () => receiver.spans.find((span) => /render route \(app\) \/\[locale\]\/(\(site\)\/)?article\/\[slug\]/.test(span.name)),
      () => `Next's render span (got ${receiver.spans.map((span) => span.name).join(', ')})`,
    );
    const inTrace = () => receiver.spans.filter((span) => span.traceId === render.traceId);
    const names = () => inTrace().map((span) => `${span.name} ${JSON.stringify(span.attributes)}`).join('\n');
    const query = await waitFor(() => inTrace().find((span) => span.name === 'db SELECT' && span.attributes['db.system.name'] === 'postgresql'), () => `a query span in the trace:\n${names()}`);
    expect(String(query.attributes['db.query.text'])).toMatch(/^select /i);
    const pageMiss = await waitFor(
      // Next's key for the page: /route-cache/APP_PAGE/<build>/$/fr/article/<slug>.
      () => inTrace().find((span) => span.name === 'cache page' && String(span.attributes['jarida.cache.key']).endsWith(`/fr/article/${slug}`)),
      () => `the page cache read in the trace:\n${names()}`,
    );
    expect(pageMiss.attributes['jarida.cache.hit']).toBe(false);
    const dataMiss = await waitFor(() => inTrace().find((span) => span.name === 'cache data' && span.attributes['jarida.cache.hit'] === false), () => `a data cache miss in the trace:\n${names()}`);
    expect(dataMiss).toBeDefined();
    await waitFor(() => inTrace().find((span) => span.name === 'db article' && span.attributes['jarida.db.target']), () => `a data-layer operation span in the trace:\n${names()}`);
    // The health check the first query started belongs to no request.
    expect(inTrace().filter((span) => span.attributes['db.query.text'] === 'select 1')).toEqual([]);
  });

  it('an unknown proxy cannot name the request id: a new one is made and echoed', async () => {
    const response = await fetch(`${server.url}/fr/article/${slug}`, { headers: { 'X-Request-Id': 'bad id with spaces' } });
    await response.arrayBuffer();
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('GET /api/metrics: 401 without the token, whatever the request claims; Prometheus text with it', async () => {
    const forwarded = await fetch(`${server.url}/api/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9', Authorization: 'Bearer wrong-token-wrong-token' } });
    expect(forwarded.status).toBe(401);
    expect(await forwarded.json()).toMatchObject({ error: 'unauthorized' });
    expect((await fetch(`${server.url}/api/metrics`)).status).toBe(401);

    const response = await fetch(`${server.url}/api/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9', Authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const text = await response.text();
    const value = (pattern: RegExp) => Number(pattern.exec(text)?.[1] ?? NaN);
    expect(value(/^jarida_http_requests_total\{kind="article",status="2xx"\} (\d+)$/m)).toBeGreaterThanOrEqual(2);
    expect(value(/^jarida_http_request_duration_seconds_count\{kind="article"\} (\d+)$/m)).toBeGreaterThanOrEqual(2);
    expect(value(/^jarida_cache_lookups_total\{cache="page",result="miss"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^jarida_cache_lookups_total\{cache="page",result="hit"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^jarida_renders_total\{kind="page"\} (\d+)$/m)).toBeGreaterThanOrEqual(1);
    expect(value(/^jarida_cache_hit_ratio\{cache="page"\} ([\d.]+)$/m)).toBeGreaterThan(0);
    expect(value(/^jarida_db_pool_connections\{pool="primary"\} (\d+)$/m)).toBeGreaterThanOrEqual(0);
    expect(text).toMatch(/^# TYPE jarida_db_pool_waiting gauge$/m);
  });

  it('GET /api/metrics without METRICS_TOKEN: local requests only, decided from the connection', async () => {
    // A server with neither a token nor a trusted proxy (the suite's own trusts loopback as its proxy).
    const plain = await startNext({ DATABASE_URL: databaseUrl, AUTH_SECRET: randomBytes(32).toString('base64url'), JARIDA_SCHEDULER: 'off' });
    try {
      const local = await fetch(`${plain.url}/api/metrics`);
      expect(local.status).toBe(200);
      expect(await local.text()).toMatch(/^# TYPE jarida_http_requests_total counter$/m);
      const forwarded = await fetch(`${plain.url}/api/metrics`, { headers: { 'X-Forwarded-For': '203.0.113.9' } });
      expect(forwarded.status).toBe(403);
      expect(await forwarded.json()).toMatchObject({ error: 'forbidden' });
    } finally {
      await plain.stop();
    }
  }, 120_000);

  it('logs are JSON lines, and none carries an address', () => {
    const lines = server
      .output()
      .split('\n')
      .filter((line) => line.startsWith('{'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(() => JSON.parse(line)).not.toThrow();
    expect(lines.some((line) => JSON.parse(line).module === 'traces')).toBe(true);
    expect(server.output()).not.toContain('203.0.113.9');
  });
});
