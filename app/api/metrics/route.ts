import { connection, type NextRequest } from 'next/server';
import { env } from '@/lib/env';
import { currentRequest } from '@/lib/observability/log.mjs';
import { metricsAccess } from '@/lib/observability/metrics-access';
import { renderMetrics } from '@/lib/observability/metrics.mjs';

/**
 * GET /api/metrics: the process's metrics in Prometheus' text format (lib/observability/metrics.mjs),
 * to a bearer token (METRICS_TOKEN) or, without one, to local requests only. Each instance
 * answers for itself: scrape every instance's own port, not the balancer.
 */
export async function GET(request: NextRequest) {
  await connection();
  const access = metricsAccess(env().METRICS_TOKEN, request.headers.get('authorization'), currentRequest()?.local ?? false);
  if (!access.ok) {
    return Response.json(
      { error: access.status === 401 ? 'unauthorized' : 'forbidden', reason: access.reason },
      { status: access.status, headers: { 'Cache-Control': 'no-store', ...(access.status === 401 ? { 'WWW-Authenticate': 'Bearer' } : {}) } },
    );
  }
  return new Response(renderMetrics(), {
    headers: { 'Content-Type': 'text/plain; version=0.0.4; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}
