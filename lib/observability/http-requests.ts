import { randomUUID } from 'node:crypto';
import { subscribe } from 'node:diagnostics_channel';
import type http from 'node:http';
import { isIP } from 'node:net';
import { observabilityEnv } from './config.mjs';
import { enterRequest } from './log.mjs';
import { counter, histogram } from './metrics.mjs';

/*
 * Every request this process answers, seen once, before Next: its id, whether it is local, its
 * count and latency. From Node's `http.server.request.start` channel (lib/http/drain.ts picks the
 * server up the same way) rather than from proxy.ts: the proxy does not run for articles, front
 * pages, API and media routes (its matcher), and a context it sets does not reach the render.
 *
 * The request context (log.mjs) is entered with AsyncLocalStorage.enterWith from the channel's
 * subscriber, which runs synchronously just before the server emits 'request': Next's handler and
 * everything it starts (the proxy, renders, route handlers, cache handlers) then read it. It only
 * tags log lines and answers "is this request local": nothing read from it may end up in a page,
 * since a 'use cache' result rendered for one request is served to others.
 *
 * The id is also written over the request's X-Request-Id header, so that `headers()` and
 * instrumentation's onRequestError see the same one, and echoed in the response's.
 */

export type RouteKind = 'reader' | 'article' | 'admin' | 'api' | 'media' | 'asset';

/** What a request is, from its target (path and query), for the metrics' `kind` label. */
export function routeKind(target: string): RouteKind {
  if (target === '/api' || target.startsWith('/api/') || target.startsWith('/api?')) return 'api';
  if (target === '/admin' || target.startsWith('/admin/') || target.startsWith('/admin?')) return 'admin';
  if (target.startsWith('/media/') || target.startsWith('/_next/image')) return 'media';
  if (target.startsWith('/_next/')) return 'asset';
  if (target.startsWith('/fr/article/') || target.startsWith('/ar/article/')) return 'article';
  const query = target.indexOf('?');
  const path = query === -1 ? target : target.slice(0, query);
  // robots.txt, icons, feeds and sitemaps.
  if (/\.[a-z0-9]+$/i.test(path)) return 'asset';
  return 'reader';
}

const REQUEST_ID = /^[\w.:@+=-]{1,128}$/;

/** The proxy's id when the connection comes from a trusted proxy and the id is well-formed, else a new one. */
export function requestIdFor(given: string | string[] | undefined, fromTrustedProxy: boolean): string {
  if (fromTrustedProxy && typeof given === 'string' && REQUEST_ID.test(given)) return given;
  return randomUUID();
}

/** A socket's remote address as written in TRUST_PROXY (IPv4 without its IPv6 mapping). */
export function plainAddress(address: string | undefined): string {
  if (!address) return '';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

export function isLoopback(address: string): boolean {
  return address === '::1' || address.startsWith('127.');
}

/**
 * A request from this machine that no proxy forwarded. The socket decides; a forwarding header
 * can only make a request non-local (nginx on the same machine sets X-Forwarded-For on
 * everything it passes on, so a public request through it is never local).
 */
export function isLocalRequest(remote: string, headers: http.IncomingHttpHeaders, trustedProxies: ReadonlySet<string>): boolean {
  return isLoopback(remote) && !trustedProxies.has(remote) && !headers['x-forwarded-for'] && !headers.forwarded && !headers['x-real-ip'];
}

/**
 * The address a request comes from, for per-address limits: the socket's, unless the socket is
 * one of our proxies, which then says in X-Forwarded-For whom it serves. The hops are read from
 * the right, skipping our own proxies (nginx behind a load balancer, both listed); the first
 * other hop is the client's, whatever a client wrote further left. A malformed hop ends the walk
 * at the proxy's address rather than trusting text as an address.
 */
export function clientAddressOf(remote: string, forwardedFor: string | string[] | undefined, trustedProxies: ReadonlySet<string>): string {
  if (!trustedProxies.has(remote)) return remote || 'unknown';
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const hops = header.split(',').map((hop) => plainAddress(hop.trim())).filter(Boolean);
  let client = remote;
  for (let index = hops.length - 1; index >= 0; index -= 1) {
    const hop = hops[index]!;
    if (isIP(hop) === 0) break;
    client = hop;
    if (!trustedProxies.has(hop)) break;
  }
  return client;
}

const requests = counter('jarida_http_requests_total', 'Requests answered, by route kind and status class (aborted: the client left first).');
const latency = histogram(
  'jarida_http_request_duration_seconds',
  'Time from the request to the end of its response, by route kind.',
  [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
);

interface RequestStart {
  request: http.IncomingMessage;
  response: http.ServerResponse;
}

/** The channel's subscriber: exported for tests, which subscribe and unsubscribe it themselves. */
export function createRequestObserver(trustedProxies: ReadonlySet<string>) {
  return (message: unknown) => {
    const { request, response } = message as RequestStart;
    const remote = plainAddress(request.socket.remoteAddress);
    const viaProxy = trustedProxies.has(remote);
    const id = requestIdFor(request.headers['x-request-id'], viaProxy);
    request.headers['x-request-id'] = id;
    response.setHeader('X-Request-Id', id);
    const kind = routeKind(request.url ?? '/');
    enterRequest({
      id,
      kind,
      local: isLocalRequest(remote, request.headers, trustedProxies),
      client: clientAddressOf(remote, request.headers['x-forwarded-for'], trustedProxies),
    });
    const started = performance.now();
    response.once('close', () => {
      const status = response.writableFinished ? `${Math.floor(response.statusCode / 100)}xx` : 'aborted';
      requests.inc({ kind, status });
      latency.observe({ kind }, (performance.now() - started) / 1000);
    });
  };
}

const holder = globalThis as unknown as { jaridaRequestObserver?: boolean };

/** Called once from instrumentation.ts, in the Node.js server (dev and production). */
export function observeRequests(): void {
  if (holder.jaridaRequestObserver) return;
  holder.jaridaRequestObserver = true;
  subscribe('http.server.request.start', createRequestObserver(new Set(observabilityEnv(process.env).TRUST_PROXY)));
}
