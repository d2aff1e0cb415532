import { spawn, type ChildProcess } from 'node:child_process';
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

export interface RunningServer {
  url: string;
  output: () => string;
  stop: () => Promise<void>;
  /** Sends `signal` (e.g. SIGKILL, as a crash would) and resolves once the process is gone. */
  kill: (signal: NodeJS.Signals) => Promise<void>;
}

/** `next start` on a free loopback port, resolved once it answers HTTP. */
export async function startNext(env: Record<string, string>): Promise<RunningServer> {
  const port = await freePort();
  let log = '';
  // Bound to "localhost", not "127.0.0.1": with -H 127.0.0.1, Next 16.4 proxies next-intl's
  // same-origin rewrites as external requests, and localized paths then redirect in a loop.
  const child: ChildProcess = spawn('node_modules/.bin/next', ['start', '-H', 'localhost', '-p', String(port)], {
    env: { ...process.env, NODE_ENV: 'production', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited early:\n${log}`);
    try {
      await fetch(`${url}/media/none.webp`);
      break;
    } catch {
      if (Date.now() > deadline) throw new Error(`next start did not answer in 60 s:\n${log}`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  return {
    url,
    output: () => log,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
        setTimeout(() => child.kill('SIGKILL'), 5_000).unref();
      }),
    kill: (signal) =>
      new Promise((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
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
