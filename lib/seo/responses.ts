import 'server-only';
import { isAppError } from '@/lib/errors';

/*
 * Responses of the machine-facing routes (sitemaps, feeds, images). They are not pages, so a
 * database outage is a plain 503 rather than the localized error page; unknown locales and
 * slugs call notFound(), which Next answers with a bare 404 in route handlers.
 */

/** Feeds and sitemaps are expired by tag on publish; this only bounds what CDNs and readers keep. */
export const MACHINE_CACHE_CONTROL = 'public, max-age=300';

export function xmlResponse(body: string, type = 'application/xml'): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8`, 'Cache-Control': MACHINE_CACHE_CONTROL } });
}

/** Runs a handler, answering 503 with Retry-After while the database is unreachable. */
export async function machineResponse(handler: () => Promise<Response>): Promise<Response> {
  try {
    return await handler();
  } catch (error) {
    if (!isAppError(error, 'database_unavailable')) throw error;
    return new Response('Temporarily unavailable', {
      status: 503,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store' },
    });
  }
}
