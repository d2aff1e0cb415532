import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { renderNginxSite } from '@/deploy/render-nginx.mjs';
import { freePort } from './server';

/** Debian's nginx (nginx-light), or null. */
export function findNginx(): string | null {
  return ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => fs.existsSync(candidate)) ?? null;
}

export interface RunningNginx {
  url: string;
  /** One line per request: status, then each upstream tried (`a, b` when nginx moved it to another instance). */
  accessLog: () => string[];
  errorLog: () => string;
  stop: () => Promise<void>;
}

/**
 * nginx in the foreground with deploy/nginx-cache.conf in front of `upstreams`, on a free
 * loopback port, everything (configuration, pid, logs, cache, temporary files) in a folder of its
 * own under test-results/, removed when it stops.
 */
export async function startNginx(upstreams: string[]): Promise<RunningNginx> {
  const binary = findNginx();
  if (!binary) throw new Error('nginx is not installed (apt-get install -y nginx-light)');
  fs.mkdirSync(path.resolve('test-results'), { recursive: true });
  const dir = fs.mkdtempSync(path.resolve('test-results', 'nginx-'));
  fs.mkdirSync(path.join(dir, 'tmp'));
  const port = await freePort();
  fs.writeFileSync(path.join(dir, 'site.conf'), renderNginxSite({ cacheDir: path.join(dir, 'cache'), listen: `127.0.0.1:${port}`, upstreams }));
  fs.writeFileSync(
    path.join(dir, 'nginx.conf'),
    // As root, workers would run as nobody, who can write neither the cache nor the temporary folder.
    `${process.getuid?.() === 0 ? 'user root;\n' : ''}daemon off;
worker_processes 1;
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events { worker_connections 1024; }
http {
  log_format upstreams '$status $request_method $request_uri [$upstream_addr] [$upstream_status]';
  access_log ${dir}/access.log upstreams;
  client_body_temp_path ${dir}/tmp;
  proxy_temp_path ${dir}/tmp;
  fastcgi_temp_path ${dir}/tmp;
  uwsgi_temp_path ${dir}/tmp;
  scgi_temp_path ${dir}/tmp;
  include ${dir}/site.conf;
}
`,
  );
  const child = spawn(binary, ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const read = (name: string) => (fs.existsSync(path.join(dir, name)) ? fs.readFileSync(path.join(dir, name), 'utf8') : '');
  const stop = () =>
    new Promise<void>((resolve) => {
      const done = () => {
        fs.rmSync(dir, { recursive: true, force: true });
        resolve();
      };
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', done);
      child.kill('SIGTERM');
    });
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + 10_000;
  // Any answer will do, even a 502: nginx is listening.
  for (;;) {
    try {
      await fetch(`${url}/media/none.webp`);
      break;
    } catch {
      if (child.exitCode !== null || Date.now() > deadline) {
        const log = stderr + read('error.log');
        await stop();
        throw new Error(`nginx did not start:\n${log}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  return {
    url,
    accessLog: () => read('access.log').split('\n').filter(Boolean),
    errorLog: () => stderr + read('error.log'),
    stop,
  };
}
