import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import type http from 'node:http';
import net from 'node:net';

/*
 * Draining this process's HTTP server at shutdown. `next start` creates the server and never
 * hands it out, so it is picked up from Node's diagnostics channel on the first request (a
 * process that has served no request has nothing to drain).
 */

const REQUEST_START = 'http.server.request.start';
/** How long connections waiting in the listen backlog may keep the listener open (see drain()). */
const BACKLOG_LIMIT_MS = 1_000;

interface RequestStart {
  response: http.ServerResponse;
  server: http.Server;
}

export interface DrainResult {
  /** Servers whose listener was closed. */
  servers: number;
  /** The limit was reached and the connections still open were cut. */
  forced: boolean;
  ms: number;
}

export class HttpDrain {
  private readonly servers = new Set<http.Server>();
  private draining = false;
  private accepted = 0;
  private readonly onConnection = () => {
    this.accepted++;
  };

  private readonly onRequest = (message: unknown) => {
    const { response, server } = message as RequestStart;
    if (!this.servers.has(server)) {
      this.servers.add(server);
      server.on('connection', this.onConnection);
    }
    // A request that still arrives on a kept-alive connection is served, and tells the client
    // (nginx) not to reuse that connection: it then opens a new one, to an instance that listens.
    if (this.draining && !response.headersSent) response.setHeader('Connection', 'close');
  };

  constructor() {
    subscribe(REQUEST_START, this.onRequest);
  }

  get isDraining(): boolean {
    return this.draining;
  }

  /**
   * Stops accepting connections and resolves once every open one has ended, or after
   * `timeoutMs`, when the rest are cut.
   */
  async drain(timeoutMs: number): Promise<DrainResult> {
    const started = performance.now();
    this.draining = true;
    // Connections the kernel completed while the event loop was busy wait in the listen backlog,
    // and closing the listener resets them: nginx has sent its request by then, and does not
    // resend a POST. libuv accepts one connection per turn of the loop (libuv#3696), so the
    // listener stays open until a turn accepts nothing. Each turn passes through the poll phase.
    const turn = () => new Promise((resolve) => setImmediate(resolve));
    await turn();
    for (;;) {
      const before = this.accepted;
      await turn();
      if (this.accepted === before || performance.now() - started > BACKLOG_LIMIT_MS) break;
    }
    const servers = [...this.servers];
    const closed = Promise.all(
      servers.map(
        (server) =>
          new Promise<void>((resolve) => {
            // net.Server's close, not http.Server's: that one also destroys every idle keep-alive
            // connection at once, including one whose next request already sits unread in its
            // socket buffer, which the client then sees reset. Idle connections end by themselves:
            // nginx closes them after its upstream keepalive_timeout, Node after keepAliveTimeout.
            net.Server.prototype.close.call(server, () => resolve());
          }),
      ),
    );
    let timer: NodeJS.Timeout | undefined;
    const limit = new Promise<true>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
    const forced = await Promise.race([closed.then(() => false as const), limit]);
    clearTimeout(timer);
    if (forced) {
      for (const server of servers) server.closeAllConnections();
      await closed;
    }
    return { servers: servers.length, forced, ms: Math.round(performance.now() - started) };
  }

  dispose(): void {
    unsubscribe(REQUEST_START, this.onRequest);
    for (const server of this.servers) server.off('connection', this.onConnection);
  }
}

// On globalThis: instrumentation.ts and the route handlers are bundled separately, one process.
const key = Symbol.for('jarida.httpDrain');
const holder = globalThis as unknown as Record<symbol, HttpDrain | undefined>;

/** The process's drain, watching requests from its first call on. */
export function httpDrain(): HttpDrain {
  return (holder[key] ??= new HttpDrain());
}

/** Whether this process is shutting down (no I/O). */
export function isShuttingDown(): boolean {
  return holder[key]?.isDraining ?? false;
}
