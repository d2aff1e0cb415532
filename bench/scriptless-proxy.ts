/**
 * A loopback proxy in front of a running server that serves each HTML document without its
 * scripts (inline ones, the framework's chunks and their preloads); everything else passes through
 * untouched. Lighthouse on a page through it measures the page itself (HTML, CSS, fonts, pictures)
 * apart from what the framework's JavaScript (React, Next's router, hydration) adds, in the same
 * run on the same machine. A measuring aid only: a page without its scripts has no consent choice,
 * no prayer-strip update and no client navigation.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

const SCRIPT = /<script\b[^>]*>[\s\S]*?<\/script>/gi;
const SCRIPT_PRELOAD = /<link\b[^>]*\bas="script"[^>]*>/gi;

/** The document without its scripts. */
export function withoutScripts(html: string): string {
  return html.replace(SCRIPT, '').replace(SCRIPT_PRELOAD, '');
}

export interface ScriptlessProxy {
  /** The proxy's origin, e.g. http://127.0.0.1:40123: swap it for the server's in a page address. */
  origin: string;
  close(): Promise<void>;
}

export async function startScriptlessProxy(serverOrigin: string): Promise<ScriptlessProxy> {
  const target = new URL(serverOrigin);
  const server = http.createServer((req, res) => {
    const upstream = http.request(
      { host: target.hostname, port: target.port, method: req.method, path: req.url, headers: { ...req.headers, host: target.host, 'accept-encoding': 'identity' } },
      (answer) => {
        if (!String(answer.headers['content-type'] ?? '').includes('text/html')) {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
          return;
        }
        const chunks: Buffer[] = [];
        answer.on('data', (chunk: Buffer) => chunks.push(chunk));
        answer.on('end', () => {
          const { 'content-length': _length, 'transfer-encoding': _encoding, ...headers } = answer.headers;
          res.writeHead(answer.statusCode ?? 502, headers);
          res.end(withoutScripts(Buffer.concat(chunks).toString('utf8')));
        });
      },
    );
    upstream.on('error', () => {
      res.writeHead(502, { 'content-type': 'text/plain' });
      res.end('upstream unavailable');
    });
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
