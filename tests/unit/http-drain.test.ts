import http from 'node:http';
import net from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpDrain } from '@/lib/http/drain';

/** One HTTP/1.1 exchange on a raw socket, so the test sees connection reuse and closing as nginx does. */
function exchange(socket: net.Socket, path: string): Promise<{ status: number; headers: string; body: string }> {
  return new Promise((resolve, reject) => {
    let data = '';
    const onData = (chunk: Buffer) => {
      data += chunk.toString();
      const end = data.indexOf('\r\n\r\n');
      if (end === -1) return;
      const headers = data.slice(0, end);
      const length = Number(/content-length: (\d+)/i.exec(headers)?.[1] ?? 0);
      if (data.length - end - 4 < length) return;
      socket.off('data', onData);
      socket.off('error', reject);
      resolve({ status: Number(headers.split(' ')[1]), headers, body: data.slice(end + 4, end + 4 + length) });
    };
    socket.on('data', onData);
    socket.once('error', reject);
    socket.write(`GET ${path} HTTP/1.1\r\nHost: test\r\n\r\n`);
  });
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => resolve(socket));
    socket.once('error', reject);
  });
}

const closedSocket = (socket: net.Socket) => new Promise<void>((resolve) => (socket.destroyed ? resolve() : socket.once('close', () => resolve())));

describe('HttpDrain', () => {
  const cleanup: (() => void)[] = [];
  afterEach(() => {
    for (const run of cleanup.splice(0)) run();
  });

  async function setup() {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const server = http.createServer((request, response) => {
      if (request.url === '/slow') void released.then(() => response.end('slow'));
      else if (request.url === '/busy') {
        // CPU-bound, like a render: the event loop turns once per request meanwhile.
        const until = performance.now() + 30;
        while (performance.now() < until);
        response.end('busy');
      } else response.end('ok');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const drain = new HttpDrain();
    cleanup.push(() => {
      drain.dispose();
      server.closeAllConnections();
      server.close();
    });
    return { server, drain, release, port: (server.address() as net.AddressInfo).port };
  }

  it('refuses new connections, finishes the request in flight and closes kept-alive connections after their next answer', async () => {
    const { drain, release, port } = await setup();
    const idle = await connect(port);
    const first = await exchange(idle, '/fast');
    expect(first.headers).toMatch(/connection: keep-alive/i);
    const busy = await connect(port);
    const slow = exchange(busy, '/slow');
    await new Promise((resolve) => setTimeout(resolve, 50));

    const drained = drain.drain(5_000);
    expect(drain.isDraining).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 50));
    await expect(connect(port)).rejects.toMatchObject({ code: 'ECONNREFUSED' });

    // The idle connection was left open: a request on it is served, and the connection then ends.
    const reused = await exchange(idle, '/fast');
    expect(reused.status).toBe(200);
    expect(reused.headers).toMatch(/connection: close/i);
    await closedSocket(idle);

    release();
    expect(await slow).toMatchObject({ status: 200, body: 'slow' });
    // Its client closes it, as nginx does with an idle upstream connection after keepalive_timeout.
    busy.end();
    expect(await drained).toMatchObject({ servers: 1, forced: false });
  });

  it('answers the connections still waiting in the listen backlog, which closing it would reset', async () => {
    const { drain, port } = await setup();
    const first = await connect(port);
    await exchange(first, '/fast');
    first.end();
    // Connected as far as the kernel goes; libuv accepts one per turn of the loop, each turn busy.
    const sockets = await Promise.all(Array.from({ length: 8 }, () => connect(port)));
    const answers = sockets.map((socket) => exchange(socket, '/busy'));
    const drained = drain.drain(5_000);
    expect((await Promise.all(answers)).map(({ body }) => body)).toEqual(sockets.map(() => 'busy'));
    for (const socket of sockets) socket.end();
    expect(await drained).toMatchObject({ forced: false });
  });

  it('cuts the connections still open at the limit', async () => {
    const { drain, port } = await setup();
    const busy = await connect(port);
    void exchange(busy, '/slow').catch(() => {});
    await new Promise((resolve) => setTimeout(resolve, 50));
    const result = await drain.drain(200);
    expect(result).toMatchObject({ servers: 1, forced: true });
    expect(result.ms).toBeGreaterThanOrEqual(190);
    await closedSocket(busy);
  });

  it('has nothing to wait for in a process that has served no request', async () => {
    const drain = new HttpDrain();
    cleanup.push(() => drain.dispose());
    expect(await drain.drain(1_000)).toMatchObject({ servers: 0, forced: false });
  });
});
