import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import net from 'node:net';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface ProcessEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
}

export interface RunningServer {
  url: string;
  port: number;
  /** Its page cache folder (PAGE_CACHE_DIR). */
  pageCacheDir: string;
  output: () => string;
  stop: () => Promise<void>;
  /** Sends `signal` (e.g. SIGKILL, as a crash would) and resolves once the process is gone, with how it ended. */
  kill: (signal: NodeJS.Signals) => Promise<ProcessEnd>;
}

/**
 * `next start` on a free loopback port, resolved once it answers HTTP. Each server gets a page
 * cache folder of its own, removed when it stops, unless `env.PAGE_CACHE_DIR` names one (to
 * restart on the same pages): servers on other databases, or earlier runs of the same build,
 * must not serve each other's pages. `options.port` restarts an instance where it was (behind nginx).
 */
export async function startNext(env: Record<string, string>, options: { port?: number } = {}): Promise<RunningServer> {
  const port = options.port ?? (await freePort());
  fs.mkdirSync(path.resolve('test-results'), { recursive: true });
  const ownCache = env.PAGE_CACHE_DIR ? null : fs.mkdtempSync(path.resolve('test-results', 'page-cache-'));
  if (ownCache) env = { ...env, PAGE_CACHE_DIR: ownCache };
  const removeOwnCache = () => ownCache && fs.rmSync(ownCache, { recursive: true, force: true });
  let log = '';
  // Bound to 127.0.0.1 as behind nginx, and reached under another Host ("localhost"): Next 16.4
  // alone then proxies next-intl's rewrites as external requests and localized paths redirect
  // to themselves in a loop (patches/next+16.4.6.patch fixes it; bind-address.e2e.test.ts).
  const child: ChildProcess = spawn('node_modules/.bin/next', ['start', '-H', '127.0.0.1', '-p', String(port)], {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      removeOwnCache();
      throw new Error(`next start exited early:\n${log}`);
    }
    try {
      await fetch(`${url}/media/none.webp`);
      break;
    } catch {
      if (Date.now() > deadline) {
        child.kill('SIGKILL');
        removeOwnCache();
        throw new Error(`next start did not answer in 60 s:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  child.once('exit', removeOwnCache);
  return {
    url,
    port,
    pageCacheDir: env.PAGE_CACHE_DIR!,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        // Past the 10 s a graceful shutdown may take (lib/shutdown.ts).
        setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
      }),
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve({ code: child.exitCode, signal: child.signalCode });
        child.once('exit', (code, endSignal) => resolve({ code, signal: endSignal }));
        child.kill(signal);
      }),
  };
}

export function run(command: string, args: string[], env: Record<string, string>): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}
