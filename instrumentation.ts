import type { Instrumentation } from 'next';

export async function register() {
  // The server process only: not the edge runtime, and not the workers of `next build`.
  if (process.env.NEXT_RUNTIME !== 'nodejs' || process.env.NEXT_PHASE === 'phase-production-build') return;
  // Settings read at each use are checked once here too: MEDIA_STORAGE=s3 without a bucket stops the start.
  const { liveEnv } = await import('./lib/env');
  liveEnv();
  // Traces first, so that Next's own spans and the first queries are recorded. Without an
  // endpoint nothing of OpenTelemetry is loaded.
  if (process.env.OTEL_EXPORTER_OTLP_ENDPOINT) {
    const { startTracing } = await import('./lib/observability/tracing');
    startTracing();
  }
  const { observeRequests } = await import('./lib/observability/http-requests');
  observeRequests();
  const { startScheduler } = await import('./lib/scheduler/scheduler');
  startScheduler();
  // `next dev` keeps its own signal handling (it also stops the bundler and its watchers).
  if (process.env.NODE_ENV === 'production') {
    const { installGracefulShutdown } = await import('./lib/shutdown');
    installGracefulShutdown();
  }
}

/**
 * Every error a render, route handler, action or the proxy throws on the server: one log line with
 * Next's digest (the code the reader's error page shows), the route and the request id. The path
 * goes without its query string (a search's terms are the reader's).
 */
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { logger } = await import('./lib/observability/log.mjs');
  const requestId = request.headers['x-request-id'];
  logger('server').error(
    {
      err: error,
      digest: (error as { digest?: string }).digest,
      route: context.routePath,
      routeType: context.routeType,
      method: request.method,
      path: request.path.split('?', 1)[0],
      ...(typeof requestId === 'string' ? { reqId: requestId } : {}),
    },
    'request failed',
  );
};
