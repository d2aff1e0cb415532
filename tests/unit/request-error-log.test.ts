import { describe, expect, it, vi } from 'vitest';

const logged = vi.hoisted(() => [] as { module: string; fields: Record<string, unknown>; message: string }[]);
vi.mock('@/lib/observability/log.mjs', () => ({
  logger: (module: string) => ({
    error: (fields: Record<string, unknown>, message: string) => logged.push({ module, fields, message }),
  }),
}));

const { onRequestError } = await import('@/instrumentation');

describe('instrumentation onRequestError', () => {
  it('logs the error with its digest, route and request id, and the path without its query', async () => {
    vi.stubEnv('NEXT_RUNTIME', 'nodejs');
    const error = Object.assign(new Error('render failed'), { digest: '1234567890' });
    await onRequestError(
      error,
      { path: '/fr/recherche?q=mon+voisin', method: 'GET', headers: { 'x-request-id': 'req-9', 'x-forwarded-for': '203.0.113.9' } },
      { routerKind: 'App Router', routePath: '/[locale]/(site)/recherche', routeType: 'render', renderSource: 'react-server-components', revalidateReason: undefined },
    );
    vi.unstubAllEnvs();
    expect(logged).toEqual([
      {
        module: 'server',
        message: 'request failed',
        fields: {
          err: error,
          digest: '1234567890',
          route: '/[locale]/(site)/recherche',
          routeType: 'render',
          method: 'GET',
          path: '/fr/recherche',
          reqId: 'req-9',
        },
      },
    ]);
  });
});
