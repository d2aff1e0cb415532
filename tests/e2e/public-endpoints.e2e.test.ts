import fc from 'fast-check';
import { beforeAll, describe, expect, inject, it } from 'vitest';

/*
 * Whatever a stranger sends to a public URL, the answer is a 2xx, 3xx or 4xx, never a 5xx and
 * never a stack trace. fast-check generates the requests: odd query strings, form and JSON
 * bodies, Referer/Origin/Cookie/Accept-Language headers and paths with broken percent-encodings,
 * over the public API routes, the reader pages in both languages, feeds, sitemaps, Open Graph
 * cards and /media, against the production build. Eight properties run side by side (eight
 * requests in flight), each with its own seed; a failure is shrunk to a small request and
 * reported with the seed to replay it (FUZZ_SEED=… npx vitest run --project e2e <this file>).
 *
 * Not covered: /api/admin/* and /api/internal/* (not public: sign-in costs an argon2 hash per
 * try and is throttled per address, the scheduler needs a per-process secret).
 */

const baseUrl = inject('baseUrl');
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
const CONCURRENCY = 8;
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));

interface FuzzRequest {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: string;
}

// ---------------------------------------------------------------------------------------------
// Inputs

/** Known troublemakers: broken or overlong escapes, traversal, huge numbers, prototype keys. */
const NASTY = [
  '%', '%%', '%2', '%E0%A4%A', '%D8', '%FF%FE', '%C0%AE%C0%AE', '%00', '%0A', '%0D%0A', '%u0041', '%25', '%2F', '%5C',
  '..', '..%2F..%2Fetc%2Fpasswd', '%2E%2E', '.', '~', '-', '_', '0', '-1', '00', '1e309', 'NaN', 'Infinity', '9'.repeat(30),
  '2026-02-30', '2026-13-01', '9999-12-31', '0000-00-00', '2026-1-1', '2026-02', '2026-13', 'null', 'undefined', 'true',
  '[]', '{}', '__proto__', 'constructor', 'prototype', 'toString', '\u202e', '\u200f', 'é', 'ﷺ', 'مدينة', 'الرباط', '😀', '\ud83d',
  '<script>', '"\'', "'; drop table articles; --", '\\', '//evil.example', 'https://evil.example', 'javascript:alert(1)',
  'a'.repeat(300), 'ب'.repeat(120),
];

/** Text as a client may send it in a URL: raw (the client escapes what it must), escaped, or broken. */
const urlText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 2, arbitrary: fc.string({ maxLength: 24 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 24 }).map(encodeURIComponent) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1, maxLength: 6 }).map((bytes) => bytes.map((b) => `%${b.toString(16).padStart(2, '0')}`).join('')) },
);

/** A path segment: '/', '?' and '#' would change the URL's shape, so they are escaped; '%' stays as sent. */
const segment = (known: string[]) =>
  fc.oneof({ weight: 2, arbitrary: fc.constantFrom(...known) }, { weight: 3, arbitrary: urlText }).map((s) => s.replace(/[/?#]/g, (c) => encodeURIComponent(c)) || 'x');

/** encodeURIComponent, which throws on a lone surrogate: browsers send U+FFFD for it instead. */
const escape = (value: string) => encodeURIComponent(value.toWellFormed());

const queryString = (keys: string[], values: fc.Arbitrary<string>) =>
  fc
    .array(fc.tuple(fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: urlText }), values, fc.boolean()), { maxLength: 5 })
    .map((pairs) => pairs.map(([key, value, raw]) => (raw ? `${key}=${value}` : `${escape(key)}=${escape(value)}`).replace(/#/g, '%23')).join('&'));

/** Header values a client can send: printable ASCII (anything else is refused by the client itself). */
const headerText = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...NASTY.filter((s) => /^[\x20-\x7e]*$/.test(s))) },
  { weight: 2, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 60 }).map((s) => s.replace(/[^\x20-\x7e]/g, '')) },
);

// ---------------------------------------------------------------------------------------------
// Requests

interface Known {
  articles: string[];
  sections: string[];
  authors: string[];
  tags: string[];
  media: string[];
}

function requestArbitrary(site: string, known: Known): fc.Arbitrary<FuzzRequest> {
  const ours = new URL(site);
  const locale = fc.oneof({ weight: 6, arbitrary: fc.constantFrom('fr', 'ar') }, { weight: 1, arbitrary: segment(['en', 'FR', 'fr-MA']) });
  const article = segment(known.articles);
  const section = segment(known.sections);
  const author = segment(known.authors);
  const tag = segment(known.tags);
  const city = segment(['casablanca', 'rabat', 'fes', 'الرباط', encodeURIComponent('الدار-البيضاء'), 'marrakech']);
  const page = segment(['1', '2', '3', '100000']);
  const anyValue = fc.oneof(urlText, fc.constantFrom('fr', 'ar', 'rabat', 'casablanca', 'leaderboard', 'rectangle', 'mobile', '2026-03-01', '2026-03', '1', '2', 'maroc', 'économie'));

  const readerPath = fc.oneof(
    fc.tuple(locale, queryString(['q', 'page', 'utm_source', 'city'], anyValue)).map(([l, q]) => `/${l}?${q}`),
    fc.tuple(locale, article, queryString(['utm_source', 'amp', 'page'], anyValue)).map(([l, a, q]) => `/${l}/article/${a}?${q}`),
    fc.tuple(fc.constantFrom('/fr/rubrique', '/ar/qism', '/fr/qism', '/ar/rubrique'), section).map(([p, s]) => `${p}/${s}`),
    fc.tuple(fc.constantFrom('/fr/rubrique', '/ar/qism'), section, page).map(([p, s, n]) => `${p}/${s}/page/${n}`),
    fc.tuple(fc.constantFrom('/fr/dernieres-nouvelles', '/ar/akhir-al-akhbar'), fc.option(page)).map(([p, n]) => (n ? `${p}/page/${n}` : p)),
    fc.tuple(fc.constantFrom('/fr/auteur', '/ar/katib'), author, fc.option(page)).map(([p, a, n]) => (n ? `${p}/${a}/page/${n}` : `${p}/${a}`)),
    fc.tuple(fc.constantFrom('/fr/sujet', '/ar/mawdu'), tag, fc.option(page)).map(([p, t, n]) => (n ? `${p}/${t}/page/${n}` : `${p}/${t}`)),
    fc.tuple(fc.constantFrom('/fr/horaires-priere', '/ar/mawaqit-assalat'), city).map(([p, c]) => `${p}/${c}`),
    fc.tuple(fc.constantFrom('/fr/recherche', '/ar/bahth'), queryString(['q', 'section', 'from', 'to', 'page'], anyValue)).map(([p, q]) => `${p}?${q}`),
    fc.tuple(locale, queryString(['city', 'locale'], anyValue)).map(([l, q]) => `/${l}/prayer-strip?${q}`),
    fc.tuple(locale, segment(['preview']), segment(['1', '42'])).map(([l, p, id]) => `/${l}/${p}/${id}`),
    fc.tuple(locale, fc.constantFrom('cookies', 'rss', 'atom')).map(([l, p]) => `/${l}/${p}`),
    fc.tuple(locale, fc.array(segment(['x', 'fr', 'ar', 'article']), { minLength: 1, maxLength: 3 })).map(([l, parts]) => `/${l}/${parts.join('/')}`),
    fc.array(segment(['fr', 'ar', 'admin', '']), { minLength: 1, maxLength: 2 }).map((parts) => `/${parts.join('/')}`),
    fc.constant('/'),
  );

  const feedPath = fc.oneof(
    fc.tuple(fc.constantFrom('/fr/rubrique', '/ar/qism'), section, fc.constantFrom('rss', 'atom')).map(([p, s, f]) => `${p}/${s}/${f}`),
    fc.tuple(fc.constantFrom('/fr/auteur', '/ar/katib'), author, fc.constantFrom('rss', 'atom')).map(([p, a, f]) => `${p}/${a}/${f}`),
    fc.tuple(locale, fc.constantFrom('rss', 'atom'), queryString(['page', 'format'], anyValue)).map(([l, f, q]) => `/${l}/${f}?${q}`),
  );

  const machinePath = fc.oneof(
    fc.constantFrom('/sitemap.xml', '/robots.txt'),
    fc.tuple(locale, segment(['articles-1.xml', 'articles-2.xml', 'articles-0.xml', 'sections.xml', 'authors.xml', 'prayer-times.xml', 'news.xml', 'articles-99999999999.xml', 'articles-.xml', 'articles-1e3.xml'])).map(([l, f]) => `/sitemaps/${l}/${f}`),
    fc.tuple(locale, article, fc.oneof(fc.constant(''), queryString(['v'], anyValue))).map(([l, a, q]) => `/og/${l}/article/${a}.png${q ? `?${q}` : ''}`),
    fc.tuple(locale, segment(['site.png', 'site.jpg'])).map(([l, f]) => `/og/${l}/${f}`),
    fc.array(segment([...known.media, 'demo', 'uploads', '..', 'none.webp']), { minLength: 1, maxLength: 3 }).map((parts) => `/media/${parts.join('/')}`),
  );

  const apiGet = fc.oneof(
    queryString(['city', 'date', 'month', 'locale'], anyValue).map((q) => `/api/prayer-times?${q}`),
    queryString(['locale', 'city'], anyValue).map((q) => `/api/prayer-times/strip?${q}`),
    queryString(['q', 'locale', 'section', 'from', 'to', 'page'], anyValue).map((q) => `/api/search?${q}`),
    queryString(['kind', 'locale', 'format'], anyValue).map((q) => `/api/ad-network/creative?${q}`),
    queryString(['slot'], anyValue).map((q) => `/api/ad-network/click?${q}`),
    fc.constant('/api/ad-network/tag.js'),
    fc.array(segment(['views', 'consent', 'search', 'preferences', 'city', 'ad-network']), { minLength: 1, maxLength: 3 }).map((parts) => `/api/${parts.join('/')}`),
  );

  const origin = fc.oneof(
    { weight: 4, arbitrary: fc.constant(ours.origin) },
    { weight: 1, arbitrary: fc.constantFrom('null', 'https://evil.example', `${ours.protocol}//${ours.host}.evil.example`, 'http://[::1', 'not a url') },
    { weight: 1, arbitrary: headerText },
  );
  const referer = fc.oneof(
    fc.tuple(readerPath, fc.boolean()).map(([path, mangle]) => `${ours.origin}${path}${mangle ? '%' : ''}`),
    fc.tuple(fc.constantFrom('/fr/', '/ar/', '/fr/article/', '/'), headerText).map(([prefix, rest]) => `${ours.origin}${prefix}${rest}`),
    fc.constantFrom('https://evil.example/fr', `${ours.origin}//evil.example/`, `${ours.origin}/\\evil.example`, 'http://', 'about:blank'),
    headerText,
  );
  const cookie = fc
    .array(
      fc.tuple(
        fc.oneof(fc.constantFrom('JARIDA_LOCALE', 'jarida_city', 'jarida_consent', '__Host-jarida_session', 'jarida_session', 'adnet_uid'), headerText.map((s) => s.replace(/[=;]/g, ''))),
        fc.oneof(fc.constantFrom('fr', 'ar', 'en', 'rabat', 'الرباط', 'eyJ9', 'e30', 'bnVsbA', '%', '%E0%A4%A'), headerText),
      ),
      { maxLength: 4 },
    )
    .map((pairs) => pairs.map(([name, value]) => `${name}=${value}`).join('; '));
  const acceptLanguage = fc.oneof(
    fc.constantFrom('fr-FR,fr;q=0.9', 'ar-MA,ar;q=0.8,fr;q=0.5', 'en', '*', 'fr;q=abc', 'ar;q=-1', ';;;', 'x'.repeat(200), 'ar-u-nu-arab', 'zz-ZZ-invalid-tag-123'),
    headerText,
  );
  const userAgent = fc.oneof(
    fc.constantFrom('Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36', 'Googlebot/2.1', 'curl/8.0'),
    headerText,
  );
  const commonHeaders = fc.record(
    {
      referer,
      origin,
      cookie,
      'accept-language': acceptLanguage,
      'user-agent': userAgent,
      accept: fc.constantFrom('text/html', 'application/json', '*/*', 'text/x-component', 'image/avif,image/webp', 'garbage/;;'),
      'sec-fetch-site': fc.constantFrom('same-origin', 'cross-site', 'none', '???'),
      'sec-purpose': fc.constantFrom('prefetch', 'prefetch;prerender'),
      rsc: fc.constantFrom('1', '0', 'x'),
      'next-router-prefetch': fc.constantFrom('1', 'x'),
      'next-router-state-tree': headerText,
    },
    { requiredKeys: [] },
  );

  // Always an address of its own: the views limiter must not charge these requests to the
  // loopback address that the browser tests (search.e2e: "counts a reader's view once") use.
  const forwardedFor = fc.oneof(
    fc.ipV4().map((ip) => (ip.startsWith('127.') ? '198.18.0.1' : ip)),
    headerText.map((text) => text.trim() || 'fuzz'),
    fc.constant('203.0.113.9, 198.51.100.2'),
  );
  const requestHeaders = fc.tuple(commonHeaders, forwardedFor).map(([headers, xff]) => ({ ...headers, 'x-forwarded-for': xff }));

  const formBody = (keys: string[]) => queryString(keys, anyValue);
  const jsonBody = fc.oneof(
    fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
    fc
      .record(
        { action: fc.oneof(fc.constantFrom('accept-all', 'reject-all', 'save'), fc.jsonValue()), locale: fc.oneof(fc.constantFrom('fr', 'ar'), fc.jsonValue()), choices: fc.oneof(fc.dictionary(fc.constantFrom('analytics', 'advertising', 'embeds', '__proto__', 'x'), fc.jsonValue()), fc.jsonValue()) },
        { requiredKeys: [] },
      )
      .map((value) => JSON.stringify(value)),
    fc.constantFrom('{', '{"action":', 'null', '[]', '"x"', '\u0000', '{"__proto__":{"polluted":1}}'),
  );
  // No view for a real article (ids below 100000): other test files count those exactly.
  const viewsBody = fc
    .oneof(formBody(['id']), fc.constantFrom('id=100000', 'id=2147483647', 'id=2147483648', 'id=100000&id=100001', 'id=0'), jsonBody)
    .filter((body) => !new URLSearchParams(body).getAll('id').some((id) => /^[1-9]\d{0,4}$/.test(id)));
  const contentType = fc.constantFrom('application/x-www-form-urlencoded', 'application/json', 'multipart/form-data', 'multipart/form-data; boundary=x', 'text/plain', 'application/json; charset=utf-16', '');

  const apiPost = fc.oneof(
    fc.tuple(fc.constant('/api/views'), viewsBody),
    fc.tuple(fc.constant('/api/preferences/city'), formBody(['city', 'locale', 'then'])),
    fc.tuple(fc.constant('/api/consent'), fc.oneof(jsonBody, formBody(['action', 'locale', 'analytics', 'advertising', 'embeds']))),
    fc.tuple(fc.constantFrom('/api/search', '/api/prayer-times', '/fr', '/fr/recherche', '/ar/article/x', '/admin/fr/login', '/api/ad-network/click'), fc.oneof(jsonBody, formBody(['q']))),
  );

  const get = fc.tuple(
    fc.oneof({ weight: 5, arbitrary: readerPath }, { weight: 2, arbitrary: feedPath }, { weight: 2, arbitrary: machinePath }, { weight: 4, arbitrary: apiGet }),
    fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'OPTIONS', 'DELETE'),
    requestHeaders,
  );
  const post = fc.tuple(apiPost, fc.constantFrom('POST', 'POST', 'POST', 'PUT', 'PATCH'), requestHeaders, contentType);

  return fc.oneof(
    { weight: 3, arbitrary: get.map(([path, method, headers]): FuzzRequest => ({ method, path, headers })) },
    {
      weight: 2,
      arbitrary: post.map(([[path, body], method, headers, type]): FuzzRequest => {
        return { method, path, headers: type ? { ...headers, 'content-type': type } : headers, body };
      }),
    },
  );
}

// ---------------------------------------------------------------------------------------------
// Oracle

/** What a stack trace or an internal path looks like in a body. */
const LEAK = /\n\s+at [^\n]+:\d+:\d+|\b(?:TypeError|RangeError|URIError|SyntaxError|ReferenceError)\b|node_modules\/|webpack-internal|\.next\/server/;

interface Outcome {
  status: number;
  leak?: string;
}

/** Header bytes as a browser would send them: anything outside printable ASCII percent-encoded. */
function headerValue(value: string): string {
  return value.replace(/[^\x20-\x7e]/gu, (c) => [...Buffer.from(c)].map((b) => `%${b.toString(16).toUpperCase().padStart(2, '0')}`).join(''));
}

async function send(request: FuzzRequest): Promise<Outcome> {
  const response = await fetch(`${baseUrl}${request.path}`, {
    method: request.method,
    headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, headerValue(value)])),
    body: request.body,
    redirect: 'manual',
    signal: AbortSignal.timeout(30_000),
  });
  const type = response.headers.get('content-type') ?? '';
  if (/^(image|font|audio|video)\//.test(type)) {
    await response.body?.cancel();
    return { status: response.status };
  }
  const text = await response.text();
  return { status: response.status, leak: LEAK.exec(text)?.[0] };
}

// ---------------------------------------------------------------------------------------------

async function knownNames(): Promise<Known> {
  const locs = async (path: string) => {
    const xml = await (await fetch(`${baseUrl}${path}`)).text();
    return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc!).pathname.split('/').pop()!);
  };
  const [articlesFr, articlesAr, sectionsFr, sectionsAr, authorsFr] = await Promise.all([
    locs('/sitemaps/fr/articles-1.xml'),
    locs('/sitemaps/ar/articles-1.xml'),
    locs('/sitemaps/fr/sections.xml'),
    locs('/sitemaps/ar/sections.xml'),
    locs('/sitemaps/fr/authors.xml'),
  ]);
  const front = await (await fetch(`${baseUrl}/fr`)).text();
  const media = [...front.matchAll(/\/media\/([^"?\s&]+)/g)].map(([, key]) => key!.split('/').pop()!).slice(0, 10);
  const tags = [...front.matchAll(/\/fr\/sujet\/([^"?\s&/]+)/g)].map(([, slug]) => slug!);
  const pick = (names: string[], fallback: string) => (names.length ? [...new Set(names)].slice(0, 12) : [fallback]);
  return {
    articles: pick([...articlesFr.slice(0, 6), ...articlesAr.slice(0, 6)], 'x'),
    sections: pick([...sectionsFr, ...sectionsAr], 'maroc'),
    authors: pick(authorsFr, 'x'),
    tags: pick(tags, 'x'),
    media: pick(media, 'none.webp'),
  };
}

describe.skipIf(!baseUrl)('public endpoints under generated input', () => {
  let known: Known;

  beforeAll(async () => {
    known = await knownNames();
  });

  it(`answers ${TOTAL_RUNS} generated requests without a 5xx or a stack trace`, { timeout: 600_000 }, async () => {
    const arbitrary = requestArbitrary(baseUrl, known);
    const statuses = new Map<number, number>();
    let sent = 0;
    const property = fc.asyncProperty(arbitrary, async (request) => {
      let outcome: Outcome;
      try {
        outcome = await send(request);
      } catch (error) {
        throw new Error(`no answer: ${(error as Error).message}`);
      }
      sent++;
      statuses.set(outcome.status, (statuses.get(outcome.status) ?? 0) + 1);
      if (outcome.status >= 500) throw new Error(`status ${outcome.status}`);
      if (outcome.leak) throw new Error(`status ${outcome.status} with "${outcome.leak}" in the body`);
    });
    const started = performance.now();
    const runs = Array.from({ length: CONCURRENCY }, (_, worker) =>
      fc.check(property, {
        seed: SEED + worker,
        numRuns: Math.ceil(TOTAL_RUNS / CONCURRENCY),
        // A failure is shrunk to a small request before it is reported; a run that hangs is cut short.
        plugins: [fc.interruptAfterTimeLimit(420_000)],
      }),
    );
    const results = await Promise.all(runs);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const summary = [...statuses].sort(([a], [b]) => a - b).map(([status, count]) => `${status}×${count}`).join(' ');
    console.log(`[fuzz] seed ${SEED}: ${sent} requests in ${seconds} s: ${summary}`);

    const failures = results
      .map((result, worker) =>
        result.failed && result.counterexample
          ? `seed ${SEED + worker} path ${result.counterexamplePath}: ${(result.errorInstance as Error | undefined)?.message ?? 'failed'}\n  ${JSON.stringify(result.counterexample)}`
          : result.interrupted
            ? `seed ${SEED + worker}: interrupted after ${result.numRuns} runs`
            : '',
      )
      .filter(Boolean);
    expect(failures, failures.join('\n')).toEqual([]);
    expect(sent).toBeGreaterThanOrEqual(TOTAL_RUNS);
  });

  /*
   * Two inputs Next 16.4.6 alone answers with a bare 500, answered properly here:
   * - a path its router cannot decode (vercel/next.js#94278): patches/next+16.4.6.patch makes
   *   such a segment match no route, as the upstream fix (#92557) does, so it is a 404;
   * - a broken multipart body posted to a page, which Next parses as a possible Server Action:
   *   proxy.ts answers 405 outside the newsroom (reader pages have none) and 400 inside it.
   */
  it.each([
    ['/fr/article/%E0%A4%A', 404],
    ['/api/search/%', 404],
    ['/fr/auteur/x/page/%25', 404],
    ['/ar/qism/%D8%A7%D9%84%D9%85%D8', 404],
    ['/fr/preview/%80', 404],
    ['/admin/fr/articles/%E0', 404],
  ] as const)('answers the undecodable path %s with %i', async (path, status) => {
    const answer = await send({ method: 'GET', path, headers: {} });
    expect({ status: answer.status, leak: answer.leak }).toEqual({ status, leak: undefined });
  });

  it.each([
    ['/fr', 405],
    ['/ar/article/x', 405],
    ['/fr/rubrique/maroc', 405],
    ['/admin/fr/login', 400],
  ] as const)('answers a broken multipart POST to %s with %i', async (path, status) => {
    const answer = await send({ method: 'POST', path, headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: '--x\r\nbroken' });
    expect({ status: answer.status, leak: answer.leak }).toEqual({ status, leak: undefined });
  });
});
