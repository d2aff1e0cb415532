/*
 * Transport and content security headers, in one place for next.config.ts (static rules, fixed at
 * build) and proxy.ts (the admin's per-request nonce). Pure: no Next, Node or path-alias imports,
 * because next.config.ts loads it through Next's own transpiler.
 *
 * Why readers and the newsroom get different script policies:
 * - Admin pages render per request, so Next stamps every script it emits (external chunks and the
 *   inline flight data) with the nonce it reads from the request's Content-Security-Policy header.
 *   Nothing without that nonce runs: `'strict-dynamic'` lets those scripts load their own chunks.
 * - Reader pages are the same prerendered bytes for everyone and skip the proxy, so they cannot
 *   carry a nonce. Next 16 inlines each page's flight data as `self.__next_f.push(…)` scripts whose
 *   text differs per page and per render, and it has no option to move them out of line
 *   (`experimental.sri` only adds `integrity` to external chunks). A static header cannot list
 *   their hashes, and a hash next to `'unsafe-inline'` switches `'unsafe-inline'` off, so the
 *   reader policy keeps `'unsafe-inline'` for scripts and locks down everything else: scripts only
 *   from this origin (plus ad origins an operator lists), no plugins, no <base>, no foreign forms,
 *   no framing by other sites.
 */

export const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/** The frames the click-to-load embeds open (lib/rich-text.ts builds their `frameSrc`). */
export const EMBED_FRAME_ORIGINS = ['https://www.youtube-nocookie.com', 'https://platform.twitter.com'] as const;

export type CspDirectives = Record<string, readonly string[]>;

export interface PolicyOptions {
  /** `next dev`: React's dev build needs eval to rebuild server stacks in the browser. */
  dev: boolean;
  /** Origins of an external ad network (CSP_AD_ORIGINS), allowed for scripts, images, frames and requests. */
  adOrigins?: readonly string[];
  /** Where media are served from besides this site: the public bucket (S3_PUBLIC_URL), for images. */
  mediaOrigins?: readonly string[];
}

/** `default-src 'self'; object-src 'none'`: directives in order, sources de-duplicated. */
export function serializeCsp(directives: CspDirectives): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...new Set(sources)].join(' '))
    .join('; ');
}

/** Directives every HTML page shares; each policy adds its own script, style and frame rules. */
function baseDirectives(mediaOrigins: readonly string[] = []): CspDirectives {
  return {
    'default-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'font-src': ["'self'"],
    'connect-src': ["'self'"],
    'img-src': ["'self'", 'data:', 'blob:', ...mediaOrigins],
    'media-src': ["'self'"],
    'manifest-src': ["'self'"],
    'worker-src': ["'self'"],
  };
}

const devEval = (dev: boolean) => (dev ? ["'unsafe-eval'"] : []);

/**
 * Reader pages (static, shared by every reader). Framed only by this site: the prayer strip's
 * no-JavaScript frame is same-origin. Frames: that strip, the embeds after consent, the ad network.
 */
export function readerCspDirectives({ dev, adOrigins = [], mediaOrigins = [] }: PolicyOptions): CspDirectives {
  const base = baseDirectives(mediaOrigins);
  return {
    ...base,
    'script-src': ["'self'", "'unsafe-inline'", ...adOrigins, ...devEval(dev)],
    // Static pages carry `style` attributes (the ticker's speed, next/image's `color:transparent`).
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': [...base['img-src']!, ...adOrigins],
    'connect-src': [...base['connect-src']!, ...adOrigins],
    'frame-src': ["'self'", ...EMBED_FRAME_ORIGINS, ...adOrigins],
    'frame-ancestors': ["'self'"],
  };
}

export function readerCsp(options: PolicyOptions): string {
  return serializeCsp(readerCspDirectives(options));
}

/**
 * The newsroom: only scripts carrying this request's nonce run, and whatever they load
 * (`'strict-dynamic'`); `'self'` stays for browsers without CSP 3, which ignore the rest.
 * Styles keep `'unsafe-inline'`: admin pages use `style` attributes, which a nonce cannot cover.
 */
export function adminCspDirectives(nonce: string, { dev, mediaOrigins = [] }: PolicyOptions): CspDirectives {
  if (!NONCE_PATTERN.test(nonce)) throw new Error('CSP nonce must be base64');
  return {
    ...baseDirectives(mediaOrigins),
    'script-src': ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...devEval(dev)],
    'style-src': ["'self'", "'unsafe-inline'"],
    'frame-src': ["'self'"],
    'frame-ancestors': ["'none'"],
  };
}

export function adminCsp(nonce: string, options: PolicyOptions): string {
  return serializeCsp(adminCspDirectives(nonce, options));
}

/** API answers are data, redirects or a script: nothing in them may load anything or be framed. */
export function apiCsp(): string {
  return serializeCsp({ 'default-src': ["'none'"], 'frame-ancestors': ["'none'"], 'base-uri': ["'none'"], 'form-action': ["'none'"] });
}

/** The form Next reads the nonce back from (get-script-nonce-from-header.js). */
const NONCE_PATTERN = /^[A-Za-z0-9+/]{16,}={0,2}$/;

/** 128 random bits, base64: a fresh one per admin request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * CSP_AD_ORIGINS: space-separated https origins of an external ad network's scripts, images and
 * frames (the demo's network is on this site and needs none). Anything else fails the build
 * loudly rather than widening the policy by accident.
 */
export function parseAdOrigins(value: string | undefined): string[] {
  const items = (value ?? '').split(/\s+/).filter(Boolean);
  return items.map((item) => {
    let url: URL | undefined;
    try {
      url = new URL(item);
    } catch {
      // reported below
    }
    // A wildcard subdomain (https://*.example.com) is valid CSP and is how ad networks are listed.
    const wildcard = /^https:\/\/\*\.[a-z0-9.-]+(?::\d+)?$/i.test(item);
    if (!wildcard && (!url || url.protocol !== 'https:' || url.origin !== item.replace(/\/$/, ''))) {
      throw new Error(`CSP_AD_ORIGINS: "${item}" is not an https origin such as https://ads.example.com`);
    }
    return item.replace(/\/$/, '');
  });
}

/**
 * The origin pages load media from besides this site: the public bucket's (S3_PUBLIC_URL) when
 * media are in a bucket and served from it (lib/storage/media-root.ts mediaUrl). lib/env.ts has
 * already refused a value that is not an http(s) URL.
 */
export function publicMediaOrigins(storage: string | undefined, publicUrl: string | undefined): string[] {
  if (storage !== 's3' || !publicUrl) return [];
  try {
    return [new URL(publicUrl).origin];
  } catch {
    throw new Error(`S3_PUBLIC_URL: "${publicUrl}" is not a URL such as https://media.example.com`);
  }
}

export interface HeaderRule {
  source: string;
  headers: { key: string; value: string }[];
}

export interface HeaderRuleOptions extends PolicyOptions {
  /** NODE_ENV=production: HSTS only then, so `next dev` over plain http is not pinned to https. */
  production: boolean;
}

/**
 * The next.config headers() rules. The admin's CSP is not here: proxy.ts sets it per request
 * with a nonce, and a second, static CSP header would be enforced as well.
 */
export function securityHeaderRules(options: HeaderRuleOptions): HeaderRule[] {
  const rules: HeaderRule[] = [];
  if (options.production) rules.push({ source: '/:path*', headers: [{ key: 'Strict-Transport-Security', value: HSTS_VALUE }] });
  // Everything but the admin and the API (each gets its own below / in the proxy).
  rules.push({ source: '/((?!admin(?:/|$)|api/).*)', headers: [{ key: 'Content-Security-Policy', value: readerCsp(options) }] });
  rules.push({ source: '/api/:path*', headers: [{ key: 'Content-Security-Policy', value: apiCsp() }] });
  return rules;
}
