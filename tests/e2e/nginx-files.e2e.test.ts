import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { findNginx, startNginx, type RunningNginx } from './support/nginx';

/*
 * deploy/nginx-cache.conf keeps the files pages load (scripts, fonts, pictures) so that a reader's
 * first visit costs the instance its page and not some 30 more requests. Checked here through a
 * real nginx in front of the e2e server: a second request is answered by nginx alone, a byte range
 * still gets its 206 from the app, a missing file is never kept, and made-up query strings share
 * the real file's entry.
 */

const baseUrl = inject('baseUrl');
const nginxMissing = baseUrl && !findNginx();
if (nginxMissing) console.warn('\n\n!!!!!!!!!! THE NGINX FILE CACHE TEST IS SKIPPED: no nginx (apt-get install -y nginx-light). CI (.ci/run) installs it. !!!!!!!!!!\n\n');

describe.skipIf(!baseUrl || nginxMissing)('nginx in front: files', () => {
  let nginx: RunningNginx;
  let script: string;
  let picture: string;

  beforeAll(async () => {
    nginx = await startNginx([new URL(baseUrl!).host.replace(/^localhost:/, '127.0.0.1:')]);
    const html = await (await fetch(`${baseUrl}/fr`)).text();
    script = html.match(/src="(\/_next\/static\/chunks\/[^"]+\.js)"/)?.[1] ?? '';
    picture = html.match(/srcSet="(\/media\/[^" ,]+\.avif) /)?.[1] ?? '';
    expect(script, 'a script of the front page').not.toBe('');
    expect(picture, 'a picture of the front page').not.toBe('');
  });
  afterAll(async () => {
    await nginx?.stop();
  });

  /**
   * The upstreams nginx asked for `path`, one entry per request (`-` when nginx answered alone),
   * once its log holds `count` lines for it: nginx writes a line after it has sent the answer.
   */
  const upstreamsFor = async (path: string, count: number) => {
    const read = () =>
      nginx
        .accessLog()
        .filter((line) => line.split(' ')[2] === path)
        .map((line) => line.match(/\[([^\]]*)\] \[[^\]]*\]$/)?.[1] ?? '?');
    for (let waited = 0; read().length < count && waited < 2_000; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    return read();
  };

  it('answers a script and a picture from its copy after the first request', async () => {
    for (const path of [script, picture]) {
      const first = await fetch(nginx.url + path);
      const firstBody = Buffer.from(await first.arrayBuffer());
      const second = await fetch(nginx.url + path);
      const secondBody = Buffer.from(await second.arrayBuffer());
      expect([first.status, second.status]).toEqual([200, 200]);
      expect(first.headers.get('x-cache')).toBe('MISS');
      // The app got nginx's own headers for it (its request id, 32 hex digits, not a UUID of the app's).
      expect(first.headers.get('x-request-id')).toMatch(/^[0-9a-f]{32}$/);
      expect(second.headers.get('x-cache')).toBe('HIT');
      expect(secondBody.equals(firstBody)).toBe(true);
      // Browsers still get the app's own lifetime (a year for content-hashed names), not nginx's ten minutes.
      const direct = await fetch(baseUrl + path);
      await direct.arrayBuffer();
      expect(second.headers.get('cache-control')).toBe(direct.headers.get('cache-control'));
      expect(second.headers.get('cache-control')).toMatch(/max-age=\d{4,}/);
      expect(await upstreamsFor(path, 2)).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+$/), '-']);
    }
  });

  it('passes a byte range to the app, which answers it', async () => {
    const whole = Buffer.from(await (await fetch(nginx.url + picture)).arrayBuffer());
    const part = await fetch(nginx.url + picture, { headers: { Range: 'bytes=100-299' } });
    expect(part.status).toBe(206);
    expect(part.headers.get('content-range')).toBe(`bytes 100-299/${whole.length}`);
    expect(part.headers.get('x-cache')).toBe('BYPASS');
    expect(Buffer.from(await part.arrayBuffer()).equals(whole.subarray(100, 300))).toBe(true);
  });

  it('shares one copy among made-up query strings', async () => {
    await fetch(nginx.url + picture);
    const spoofed = await fetch(`${nginx.url}${picture}?v=${Date.now()}`);
    expect(spoofed.status).toBe(200);
    expect(spoofed.headers.get('x-cache')).toBe('HIT');
  });

  it('never keeps a missing file', async () => {
    const path = `/media/demo/missing-${Date.now().toString(36)}.avif`;
    const answers = [await fetch(nginx.url + path), await fetch(nginx.url + path)];
    expect(answers.map((answer) => answer.status)).toEqual([404, 404]);
    expect(answers.map((answer) => answer.headers.get('x-cache'))).toEqual(['MISS', 'MISS']);
    // Both went to the app.
    expect(await upstreamsFor(path, 2)).toEqual([expect.stringMatching(/^127\.0\.0\.1:\d+$/), expect.stringMatching(/^127\.0\.0\.1:\d+$/)]);
  });
});
