import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

/*
 * The real request of warm-on-publish, against a stand-in server on a loopback port: it goes to
 * this process's own address (not SITE_URL), says what it is, asks for no compression, reads the
 * whole body, and only a production server sends it at all.
 */

interface Seen {
  url: string;
  headers: http.IncomingHttpHeaders;
}
const seen: Seen[] = [];
let server: http.Server;
let origin: string;
const saved = { ...process.env };

beforeAll(async () => {
  server = http.createServer((request, response) => {
    seen.push({ url: request.url ?? '', headers: request.headers });
    if (request.url === '/fr/slow') return; // never answers
    response.statusCode = request.url === '/fr/gone' ? 404 : 200;
    response.end('x'.repeat(200_000));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  process.env.JARIDA_OWN_ORIGIN = origin;
  process.env.SITE_URL = 'https://jarida.invalid';
});
afterAll(async () => {
  process.env = saved;
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

const { fetchOwnPage, warmReaderPages, WARM_USER_AGENT } = await import('@/lib/cache/warm');

describe('fetchOwnPage', () => {
  it('requests the path from the own origin and resolves with the status once the body is read', async () => {
    const arabic = `/ar/article/${encodeURIComponent('أمطار-في-الرباط')}`;
    expect(await fetchOwnPage(arabic, new AbortController().signal)).toBe(200);
    expect(await fetchOwnPage('/fr/gone', new AbortController().signal)).toBe(404);
    expect(seen[0]!.url).toBe(arabic);
    expect(seen[0]!.headers).toMatchObject({ 'user-agent': WARM_USER_AGENT, 'accept-encoding': 'identity', host: new URL(origin).host });
  });

  it('gives up when aborted', async () => {
    const controller = new AbortController();
    const pending = fetchOwnPage('/fr/slow', controller.signal);
    setTimeout(() => controller.abort(), 20);
    await expect(pending).rejects.toThrow();
  });
});

describe('warmReaderPages', () => {
  it('outside a request (no `after`), queues at once; only in production; JARIDA_WARM=off stops it', async () => {
    seen.length = 0;
    vi.stubEnv('NODE_ENV', 'test');
    warmReaderPages(['/fr/not-in-tests']);
    vi.stubEnv('NODE_ENV', 'production');
    vi.stubEnv('JARIDA_WARM', 'off');
    warmReaderPages(['/fr/switched-off']);
    vi.stubEnv('JARIDA_WARM', undefined);
    warmReaderPages(['/fr', '/fr/dernieres-nouvelles', '/fr']);
    await expect.poll(() => seen.map((request) => request.url)).toEqual(['/fr', '/fr/dernieres-nouvelles']);
    vi.unstubAllEnvs();
  });
});
