import { currentRequest } from '@/lib/observability/log.mjs';

/**
 * The client address for per-address limits (sign-in attempts, counted views), decided from the
 * connection before Next saw the request (lib/observability/http-requests.ts): the socket's
 * address, or the client a proxy listed in TRUST_PROXY names in X-Forwarded-For. Never read
 * from a header here: a client reaching the server directly could write any header.
 * 'unknown' outside an HTTP request (scripts, tests that call a handler without a request).
 */
export function clientAddress(): string {
  return currentRequest()?.client ?? 'unknown';
}
