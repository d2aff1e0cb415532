import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { NextConfig } from 'next';
import { PHASE_DEVELOPMENT_SERVER } from 'next/constants';
import createNextIntlPlugin from 'next-intl/plugin';
import { readerCacheControlRules } from './lib/http/reader-cache-control';
import { parseAdOrigins, publicMediaOrigins, securityHeaderRules } from './lib/http/security-headers';

const withNextIntl = createNextIntlPlugin('./lib/i18n/request.ts');

/** Build-time settings that change the output: lib/env.ts SITE_URL, the content policy, image hosts and source maps below. */
const BUILD_SETTINGS = ['SITE_URL', 'CSP_AD_ORIGINS', 'MEDIA_STORAGE', 'S3_PUBLIC_URL', 'BENCH_SOURCEMAPS'];

/**
 * Instances built separately (one build per machine) must agree on the build id: the browser's
 * router reloads the whole page when a navigation's answer names another build, and the page cache
 * keeps one namespace per build, whose pages name that build's scripts. JARIDA_BUILD_ID; else the
 * commit of a clean work tree (a tree with changes builds something no commit describes) and a
 * digest of the settings above, so two builds of one commit that differ there never share pages;
 * else null: Next's random id.
 */
function buildId(): string | null {
  const given = process.env.JARIDA_BUILD_ID?.trim();
  if (given) {
    if (!/^[\w.-]{1,64}$/.test(given)) throw new Error('JARIDA_BUILD_ID: at most 64 letters, digits, dots, dashes and underscores');
    return given;
  }
  try {
    const git = (...args: string[]) => execFileSync('git', args, { stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
    if (git('status', '--porcelain') !== '') return null;
    const settings = createHash('sha256').update(JSON.stringify(BUILD_SETTINGS.map((name) => process.env[name] ?? null))).digest('hex');
    return `${git('rev-parse', 'HEAD').slice(0, 12)}-${settings.slice(0, 8)}`;
  } catch {
    return null;
  }
}

/** 30 days; page-store.mjs keeps tag expirations at least this long. */
const PAGE_EXPIRE_SECONDS = 30 * 24 * 3600;

const nextConfig: NextConfig = {
  generateBuildId: async () => buildId(),
  cacheComponents: true,
  // Next's own stores, minus not-found outcomes: made-up slugs and page numbers must not fill
  // the disk or memory (lib/data/cache-handlers/).
  cacheHandler: path.resolve('lib/data/cache-handlers/route-cache.mjs'),
  cacheHandlers: { default: path.resolve('lib/data/cache-handlers/use-cache.mjs') },
  // Pages not prerendered at build render in full on their first request and are then cached
  // (blocking ISR). With partial prefetching, that first response would stream a 200 shell
  // before a notFound() could set the 404 status.
  partialPrefetching: false,
  cacheLife: {
    // Reader data and pages. Editors' changes expire their tags at once; the timer refreshes what
    // time alone changes (relative labels, most-read, the ticker's ends, midnight) in the
    // background: after `revalidate` the next reader still gets the stored page while a new one
    // renders. `expire` (when a reader would wait for a render instead) is long because pages
    // are kept durably (lib/data/cache-handlers/); shared caches get their own, short,
    // Cache-Control below rather than Next's `stale-while-revalidate` of this lifetime.
    news: { stale: 60, revalidate: 300, expire: PAGE_EXPIRE_SECONDS },
    // The masthead (date line, ticker, menu, house ads) and footer, on every reader page.
    masthead: { stale: 60, revalidate: 300, expire: PAGE_EXPIRE_SECONDS },
    // Search results: a popular query is answered from cache for a couple of minutes; a publish
    // still expires its language's results at once.
    search: { stale: 60, revalidate: 120, expire: 600 },
  },
  poweredByHeader: false,
  // Next hashes the whole HTML in JavaScript for every response to make an ETag: 13 % of the
  // server's CPU on a cached article (bench profile). News pages change often and weigh ~17 KB
  // gzipped, so a 304 saves little; the shared cache in front (deploy/nginx-cache.conf) serves
  // repeat requests instead.
  generateEtags: false,
  // Benchmarks only (bench/browser.ts splits JS into framework vs own code from the maps): build with BENCH_SOURCEMAPS=1.
  productionBrowserSourceMaps: process.env.BENCH_SOURCEMAPS === '1',
  // No runtime optimizer: reader pages use the renditions made at upload (lib/media/variants.ts,
  // components/site/responsive-image.tsx), and the admin's few next/image uses show files as stored.
  images: { unoptimized: true },
  // The OpenTelemetry SDK is loaded only with OTEL_EXPORTER_OTLP_ENDPOINT (lib/observability/tracing.ts),
  // and patches the very pg module db/client.ts uses.
  serverExternalPackages: [
    'pg',
    '@electric-sql/pglite',
    '@electric-sql/pglite-socket',
    '@opentelemetry/api',
    '@opentelemetry/exporter-trace-otlp-http',
    '@opentelemetry/resources',
    '@opentelemetry/sdk-trace-node',
  ],
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'SAMEORIGIN' },
          { key: 'Permissions-Policy', value: 'camera=(), microphone=(), geolocation=()' },
        ],
      },
      // File names carry a content hash (app/fonts/README.md): a new font is a new name.
      { source: '/fonts/:file*', headers: [{ key: 'Cache-Control', value: 'public, max-age=31536000, immutable' }] },
      { source: '/admin/:path*', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }, { key: 'Cache-Control', value: 'private, no-store' }] },
      { source: '/admin', headers: [{ key: 'X-Robots-Tag', value: 'noindex, nofollow' }] },
      ...readerCacheControlRules(),
    ];
  },
};

/**
 * HSTS and the production script policy for every production build and `next start`, by Next's
 * phase rather than NODE_ENV (a build run under NODE_ENV=test, as the e2e setup does, is still a
 * production build). The rules are written into the build: set CSP_AD_ORIGINS, and MEDIA_STORAGE
 * with S3_PUBLIC_URL (pages then show images from the bucket), for `next build`.
 */
export default function config(phase: string): NextConfig {
  const dev = phase === PHASE_DEVELOPMENT_SERVER;
  const security = securityHeaderRules({
    production: !dev,
    dev,
    adOrigins: parseAdOrigins(process.env.CSP_AD_ORIGINS),
    mediaOrigins: publicMediaOrigins(process.env.MEDIA_STORAGE, process.env.S3_PUBLIC_URL),
  });
  const publicMedia = process.env.MEDIA_STORAGE === 's3' && process.env.S3_PUBLIC_URL ? new URL(process.env.S3_PUBLIC_URL) : null;
  const images: NextConfig['images'] = publicMedia
    ? {
        ...nextConfig.images,
        remotePatterns: [
          {
            protocol: publicMedia.protocol === 'https:' ? 'https' : 'http',
            hostname: publicMedia.hostname,
            port: publicMedia.port,
            pathname: `${publicMedia.pathname.replace(/\/+$/, '')}/**`,
          },
        ],
      }
    : nextConfig.images;
  return withNextIntl({ ...nextConfig, images, headers: async () => [...(await nextConfig.headers!()), ...security] });
}
