import 'server-only';
import { routing } from '@/lib/i18n/routing';
import type { AdNetworkTag } from './ads-queries';
import { getSiteChrome } from './chrome';

/*
 * The stand-in ad network (app/api/ad-network) exists for the demo: it lets the demo site and
 * the tests show a third-party tag that loads only after consent. A real site must not answer on
 * those paths (a fake "partner ad", a tracking cookie and a redirect under its own name).
 *
 * The signal is the site's `ad_network_tag` setting naming the stand-in's script. Only the demo
 * seed writes it (and never over an editor's value); a real deployment that never loaded the
 * demo content has no such setting, and one that did stops serving the stand-in as soon as an
 * admin names its real network or none. It is read from the cached page chrome, so checking it
 * costs no query per request. The environment is no signal here: demo sites run in production
 * mode too.
 */

export const STAND_IN_AD_NETWORK_SRC = '/api/ad-network/tag.js';

export function isStandInAdNetwork(tag: AdNetworkTag | null): boolean {
  return tag?.src === STAND_IN_AD_NETWORK_SRC;
}

/** Whether this site runs the demo's stand-in ad network; false when that cannot be read. */
export async function standInAdNetworkEnabled(): Promise<boolean> {
  try {
    return isStandInAdNetwork((await getSiteChrome(routing.defaultLocale)).adNetworkTag);
  } catch {
    return false;
  }
}

/** What the stand-in's paths answer on a site that does not run it: nothing is there. */
export function standInNotFound(): Response {
  return new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' } });
}
