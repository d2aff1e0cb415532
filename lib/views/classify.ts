/*
 * Which beacon requests count as a page view. Nothing here identifies a reader: the decision
 * reads request headers once and keeps nothing.
 */

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

/**
 * Only our own pages may report views: the browser must say so (Origin, or Sec-Fetch-Site when
 * it sends no Origin). Requests that say nothing, such as scripts, are not counted either.
 */
export function isFromOurPages(headers: Headers): boolean {
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  const origin = headers.get('origin');
  if (origin) {
    if (origin === 'null' || !host) return false;
    try {
      return new URL(origin).host === host;
    } catch {
      return false;
    }
  }
  return headers.get('sec-fetch-site') === 'same-origin';
}

export function classifyViewRequest(headers: Headers): ViewVerdict {
  if (!isFromOurPages(headers)) return 'foreign';
  if (isPrefetch(headers)) return 'prefetch';
  if (isBotUserAgent(headers.get('user-agent'))) return 'bot';
  return 'count';
}
