import http from 'node:http';
import net from 'node:net';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { clusterServicesMissing, startCluster, warnClusterSkipped, type Cluster } from './support/cluster';
import { freePort, startNext } from './support/server';

/*
 * /api/health, /api/ready and the graceful shutdown (lib/shutdown.ts) of a real `next start`
 * process on PostgreSQL and Redis, spoken to over raw HTTP/1.1 connections to see what a
 * balancer sees: which connections are accepted, answered, reused and closed.
 */

const baseUrl = inject('baseUrl');
const missing = baseUrl ? await clusterServicesMissing() : null;
if (missing) warnClusterSkipped('the health and shutdown tests', missing);

const BROWSER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36';

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
  reusedSocket: boolean;
}

/** Sends a request and resolves once its body is written to the socket, with the answer to come. */
function send(options: http.RequestOptions & { body?: string }): Promise<{ answer: Promise<Answer>; request: http.ClientRequest }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', ...options });
    const answer = new Promise<Answer>((resolveAnswer, rejectAnswer) => {
      request.on('response', (response) => {
        let body = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => (body += chunk));
        response.on('end', () => resolveAnswer({ status: response.statusCode ?? 0, headers: response.headers, body, reusedSocket: request.reusedSocket }));
        response.on('error', rejectAnswer);
      });
      request.on('error', rejectAnswer);
    });
    answer.catch(() => {});
    request.once('error', reject);
    if (options.body === undefined) request.end(() => resolve({ answer, request }));
    else request.write(options.body, () => resolve({ answer, request }));
  });
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe.skipIf(!baseUrl || !!missing)('health, readiness and graceful shutdown', () => {
  let cluster: Cluster;
  beforeAll(async () => {
    cluster = await startCluster({ count: 1 });
  });
  afterAll(async () => {
    await cluster?.stop();
  });

  it('answers /api/health and /api/ready, never cached and naming no address', async () => {
    const { url } = cluster.instances[0]!;
    const health = await fetch(`${url}/api/health`);
    expect(health.status).toBe(200);
    expect(health.headers.get('cache-control')).toBe('no-store');
    expect(await health.json()).toEqual({ status: 'ok' });

    const ready = await fetch(`${url}/api/ready`);
    expect(ready.status).toBe(200);
    expect(ready.headers.get('cache-control')).toBe('no-store');
    const body = await ready.json();
    expect(body).toMatchObject({ status: 'ready', failing: [], parts: { database: { status: 'up' }, redis: { status: 'up' } } });
  });

  it('answers 503 from /api/ready naming the parts that do not answer', { timeout: 120_000 }, async () => {
    const closedPort = await freePort();
    const broken = await startNext({
      ...cluster.env,
      DATABASE_URL: `postgres://jarida:secret-password@127.0.0.1:${closedPort}/jarida`,
      REDIS_URL: `redis://:secret-password@127.0.0.1:${closedPort}/0`,
      JARIDA_SCHEDULER: 'off',
    });
    try {
      const ready = await fetch(`${broken.url}/api/ready`);
      expect(ready.status).toBe(503);
      expect(ready.headers.get('cache-control')).toBe('no-store');
      const text = await ready.text();
      expect(JSON.parse(text)).toMatchObject({ status: 'unavailable', failing: ['database', 'redis'], parts: { database: { status: 'down' }, redis: { status: 'down' } } });
      expect(text).not.toContain('secret-password');
      expect(text).not.toContain(String(closedPort));
      // Alive all the same: a supervisor must not restart a process for its database's outage.
      expect((await fetch(`${broken.url}/api/health`)).status).toBe(200);
    } finally {
      await broken.stop();
    }
  });

  it('on SIGTERM refuses new connections, answers what it took, writes the views and exits 0 within 10 s', { timeout: 60_000 }, async () => {
    const instance = cluster.instances[0]!;
    const { port } = instance;
    const host = `localhost:${port}`;
    const db = new pg.Client({ connectionString: cluster.databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query<{ id: number }>(`select id from articles where status = 'published' order by id limit 1`);
      const articleId = rows[0]!.id;
      const countedViews = async () =>
        (await db.query<{ views: number }>('select coalesce(sum(views), 0)::int as views from article_views_hourly where article_id = $1', [articleId])).rows[0]!.views;
      const viewsBefore = await countedViews();

      // A kept-alive connection, idle when the signal comes, as nginx keeps them.
      const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
      expect((await (await send({ port, agent, path: '/api/health', headers: { host } })).answer).status).toBe(200);

      // A view beacon whose body is still on its way, and a request whose headers are.
      const beaconBody = `id=${articleId}`;
      const beacon = await send({
        port,
        method: 'POST',
        path: '/api/views',
        agent: false,
        headers: { host, origin: `http://${host}`, 'user-agent': BROWSER_AGENT, 'content-type': 'application/x-www-form-urlencoded', 'content-length': beaconBody.length },
        body: beaconBody.slice(0, 3),
      });
      const slowHeaders = await connect(port);
      let slowAnswer = '';
      slowHeaders.on('data', (chunk: Buffer) => (slowAnswer += chunk.toString()));
      const slowEnded = new Promise<void>((resolve) => slowHeaders.once('close', () => resolve()));
      slowHeaders.write(`GET /fr HTTP/1.1\r\nHost: ${host}\r\n`);

      // Pages rendered on request, sent just before the signal: some still unread in their socket.
      const pages = ['/fr/dernieres-nouvelles/page/2', '/ar/akhir-al-akhbar/page/2', '/fr/sujet/transport', '/fr/recherche?q=eau', '/ar/bahth?q=%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8', '/fr'];
      const inFlight = await Promise.all(pages.map((path) => send({ port, path, agent: false, headers: { host } })));

      const signalled = performance.now();
      const ended = instance.kill('SIGTERM');
      await new Promise((resolve) => setTimeout(resolve, 300));
      await expect(connect(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

      // A request still arriving on an open connection is answered, and that connection closed after it.
      const ready = await (await send({ port, agent, path: '/api/ready', headers: { host } })).answer;
      expect(ready.reusedSocket).toBe(true);
      expect(ready.status).toBe(503);
      expect(ready.headers.connection).toBe('close');
      expect(JSON.parse(ready.body)).toMatchObject({ status: 'shutting_down' });

      await new Promise((resolve) => setTimeout(resolve, 1_000));
      slowHeaders.write(`User-Agent: ${BROWSER_AGENT}\r\n\r\n`);
      beacon.request.end(beaconBody.slice(3));
      expect((await beacon.answer).status).toBe(204);
      await slowEnded;
      expect(slowAnswer).toMatch(/^HTTP\/1\.1 200 /);
      const answers = await Promise.all(inFlight.map(({ answer }) => answer));
      expect(answers.map(({ status }) => status)).toEqual(pages.map(() => 200));

      const end = await ended;
      const seconds = (performance.now() - signalled) / 1000;
      console.log(`[e2e] shutdown: ${pages.length + 3} requests in flight answered, exit ${end.code} after ${seconds.toFixed(1)} s`);
      expect(end).toEqual({ code: 0, signal: null });
      expect(seconds).toBeLessThan(10);
      expect(instance.output()).toMatch(/"module":"shutdown".*"msg":"done in \d+ ms"/);

      expect(await countedViews()).toBe(viewsBefore + 1);
      agent.destroy();
    } finally {
      await db.end();
    }
  });
});
