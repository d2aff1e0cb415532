import { timingSafeEqual } from 'node:crypto';

export type MetricsAccess = { ok: true } | { ok: false; status: 401 | 403; reason: string };

/**
 * Who may read /api/metrics. With METRICS_TOKEN, whoever sends it as a bearer token, from
 * anywhere (a Prometheus on another machine); without, only a request from this machine that no
 * proxy forwarded (`local`, decided from the connection's address: http-requests.ts).
 */
export function metricsAccess(token: string | undefined, authorization: string | null, local: boolean): MetricsAccess {
  if (token) {
    const given = /^Bearer (.+)$/i.exec(authorization ?? '')?.[1]?.trim() ?? '';
    const expected = Buffer.from(token);
    const actual = Buffer.from(given);
    if (actual.length === expected.length && timingSafeEqual(actual, expected)) return { ok: true };
    return { ok: false, status: 401, reason: 'A valid bearer token (METRICS_TOKEN) is required' };
  }
  if (local) return { ok: true };
  return { ok: false, status: 403, reason: 'Metrics are served to local requests only (set METRICS_TOKEN to scrape from elsewhere)' };
}
