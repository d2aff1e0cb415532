/*
 * Which beacon requests count as a page view. Nothing here identifies a reader: the decision
 * reads request headers once and keeps nothing.
 */

import { isSameOrigin } from '@/lib/http/same-origin';

export type ViewVerdict = 'count' | 'bot' | 'prefetch' | 'foreign';

// Crawlers, link previewers, monitors, headless browsers and HTTP libraries. Real browsers'
// user agents contain none of these words.
const BOT_USER_AGENT =
  /(?<!cu)bot|crawl|spider|slurp|archiver|facebookexternalhit|meta-externalagent|embedly|preview|headless|phantomjs|lighthouse|pagespeed|pingdom|uptime|monitor|curl\/|wget\/|python|java\/|go-http-client|okhttp|axios|node-fetch|undici|libwww|httpclient|scrapy|feedfetcher|\brss\b/i;

export function isBotUserAgent(userAgent: string | null): boolean {
  return !userAgent || userAgent.length < 10 || BOT_USER_AGENT.test(userAgent);
}

/** Speculative loads announce themselves; they are not readers. */
export function isPrefetch(headers: Headers): boolean {
  const purpose = `${headers.get('sec-purpose') ?? ''} ${headers.get('purpose') ?? ''} ${headers.get('x-purpose') ?? ''} ${headers.get('x-moz') ?? ''}`;
  return /prefetch|prerender|preview/i.test(purpose) || headers.has('next-router-prefetch');
}

export function classifyViewRequest(headers: Headers): ViewVerdict {
  // Only our own pages may report views; requests that do not say where they come from, such as
  // scripts, are not counted either.
  if (!isSameOrigin(headers, 'same-origin-fetch-only')) return 'foreign';
  if (isPrefetch(headers)) return 'prefetch';
  if (isBotUserAgent(headers.get('user-agent'))) return 'bot';
  return 'count';
}
