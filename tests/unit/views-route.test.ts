import { beforeEach, describe, expect, it, vi } from 'vitest';

const counted: number[] = [];
vi.mock('@/lib/data/view-counter', () => ({ countView: (id: number) => counted.push(id) }));

const { POST } = await import('@/app/api/views/route');
const { withRequest } = await import('@/lib/observability/log.mjs');

/** A beacon as the server sees it from `client` (the address lib/observability/http-requests.ts decided). */
function fromClient(client: string, request: Request) {
  return withRequest({ id: 'test', kind: 'api', local: false, client }, () => POST(request));
}

const CHROME = 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

function beacon(body: string, headers: Record<string, string> = {}) {
  return new Request('http://jarida.test/api/views', {
    method: 'POST',
    body,
    headers: { host: 'jarida.test', origin: 'http://jarida.test', 'user-agent': CHROME, 'content-type': 'application/x-www-form-urlencoded', ...headers },
  });
}

describe('POST /api/views', () => {
  beforeEach(() => {
    counted.length = 0;
  });

  it('counts a view from our own page', async () => {
    const response = await POST(beacon('id=42'));
    expect(response.status).toBe(204);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(counted).toEqual([42]);
  });

  it('answers bots and prefetches like anyone else, without counting them', async () => {
    expect((await POST(beacon('id=42', { 'user-agent': 'Googlebot/2.1' }))).status).toBe(204);
    expect((await POST(beacon('id=42', { 'sec-purpose': 'prefetch' }))).status).toBe(204);
    expect((await POST(beacon('id=42', { 'next-router-prefetch': '1' }))).status).toBe(204);
    expect(counted).toEqual([]);
  });

  it('refuses other sites', async () => {
    expect((await POST(beacon('id=42', { origin: 'https://evil.example' }))).status).toBe(403);
    expect(counted).toEqual([]);
  });

  it('counts 100 scripted beacons from one address as one view, whatever X-Forwarded-For they carry', async () => {
    for (let i = 0; i < 100; i++) {
      const response = await fromClient('203.0.113.77', beacon('id=7', { 'x-forwarded-for': `10.0.${i}.1, 10.1.${i}.1` }));
      expect(response.status).toBe(204);
    }
    expect(counted).toEqual([7]);
    await fromClient('198.51.100.77', beacon('id=7'));
    expect(counted).toEqual([7, 7]);
  });

  it('caps the views one address adds across many articles, answering the same 204', async () => {
    for (let id = 1000; id < 1100; id++) {
      expect((await fromClient('203.0.113.78', beacon(`id=${id}`))).status).toBe(204);
    }
    expect(counted.length).toBeGreaterThan(0);
    expect(counted.length).toBeLessThanOrEqual(40);
  });

  it('rejects malformed bodies with a reason', async () => {
    for (const body of ['', 'id=', 'id=abc', 'id=0', 'id=-1', 'id=1.5', 'id=99999999999', `id=${'9'.repeat(100)}`]) {
      const response = await POST(beacon(body));
      expect(response.status, body).toBe(400);
      expect(((await response.json()) as { error: string }).error, body).toBeTruthy();
    }
    expect(counted).toEqual([]);
  });
});
