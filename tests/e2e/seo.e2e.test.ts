import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { expectReadableFeed } from '../support/feeds';
import { XSD, xmllintErrors } from '../support/xmllint';

/*
 * Search engines and feed readers see what this file fetches: robots.txt, the sitemaps (checked
 * against the sitemaps.org and Google schemas), the feeds (read by a real feed parser), the head
 * of reader pages (canonical, hreflang, Open Graph, JSON-LD) and the generated card images.
 * Plain HTTP, no browser.
 */

const baseUrl = inject('baseUrl');
const LOCALES = ['fr', 'ar'] as const;

/** Absolute URLs in documents use SITE_URL (localhost:3000 by default); fetch them from the test server. */
function local(url: string): string {
  const parsed = new URL(url);
  return `${baseUrl}${parsed.pathname}${parsed.search}`;
}

async function get(url: string, expectedType?: RegExp): Promise<Response> {
  const response = await fetch(url.startsWith('http') ? url : `${baseUrl}${url}`, { redirect: 'manual' });
  expect(response.status, url).toBe(200);
  if (expectedType) expect(response.headers.get('content-type'), url).toMatch(expectedType);
  return response;
}

async function text(url: string, expectedType?: RegExp): Promise<string> {
  return (await get(url, expectedType)).text();
}

function decodeEntities(value: string): string {
  return value
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/** Attributes of every <meta> and <link> in a page. */
function headTags(html: string): { tag: string; attrs: Record<string, string> }[] {
  return [...html.matchAll(/<(meta|link)\b([^>]*)\/?>/g)].map(([, tag, body]) => ({
    tag: tag!,
    attrs: Object.fromEntries([...body!.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, key, value]) => [key!, decodeEntities(value!)])),
  }));
}

function meta(html: string, key: string): string[] {
  return headTags(html)
    .filter(({ tag, attrs }) => tag === 'meta' && (attrs.property === key || attrs.name === key))
    .map(({ attrs }) => attrs.content!);
}

function links(html: string, match: Record<string, string>): { href: string; attrs: Record<string, string> }[] {
  return headTags(html)
    .filter(({ tag, attrs }) => tag === 'link' && Object.entries(match).every(([key, value]) => attrs[key] === value))
    .map(({ attrs }) => ({ href: attrs.href!, attrs }));
}

// Parsed JSON-LD is read like a crawler would, by property path; typing it would add nothing.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function jsonLd(html: string): Record<string, any>[] {
  return [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map(([, body]) => JSON.parse(body!));
}

function locs(xml: string): string[] {
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => decodeEntities(loc!));
}

async function articleUrls(locale: 'fr' | 'ar'): Promise<string[]> {
  return locs(await text(`/sitemaps/${locale}/articles-1.xml`, /application\/xml/));
}

describe.skipIf(!baseUrl)('search engines and feed readers', () => {
  it('robots.txt keeps crawlers out of the admin and the API and points at the sitemap index', async () => {
    const robots = await text('/robots.txt', /text\/plain/);
    expect(robots).toMatch(/^User-Agent: \*$/m);
    expect(robots).toMatch(/^Disallow: \/admin$/m);
    expect(robots).toMatch(/^Disallow: \/api\/$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    const sitemap = /^Sitemap: (\S+)$/m.exec(robots)?.[1];
    expect(sitemap).toMatch(/^https?:\/\/[^/]+\/sitemap\.xml$/);
    await get(local(sitemap!));
  });

  it('the sitemap index and every sitemap it lists validate against the schemas', async () => {
    const index = await text('/sitemap.xml', /application\/xml/);
    expect(xmllintErrors(index, XSD.index)).toBe('');
    const files = locs(index);
    for (const locale of LOCALES) {
      for (const name of ['articles-1', 'sections', 'authors', 'prayer-times', 'news']) {
        expect(files.some((file) => file.endsWith(`/sitemaps/${locale}/${name}.xml`)), `${locale}/${name}`).toBe(true);
      }
    }
    for (const file of files) {
      const xml = await text(local(file), /application\/xml/);
      expect(xmllintErrors(xml, XSD.urlset), file).toBe('');
      expect(locs(xml).length, file).toBeGreaterThan(0);
      for (const loc of locs(xml)) expect(loc, file).toMatch(/^https?:\/\/[^/]+\/(fr|ar)(\/|$)/);
    }
  });

  it('article sitemaps list every published article with its cover as image:image, all reachable', async () => {
    for (const locale of LOCALES) {
      const xml = await text(`/sitemaps/${locale}/articles-1.xml`);
      const urls = locs(xml).filter((loc) => loc.includes('/article/'));
      expect(urls.length).toBeGreaterThan(10);
      expect((xml.match(/<image:image>/g) ?? []).length).toBe(urls.length);
      expect(xml).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}<\/lastmod>/);
      for (const url of urls) await get(local(url), /text\/html/);
      // Images are listed by the URL the site serves them at.
      const image = /<image:loc>([^<]+)<\/image:loc>/.exec(xml)![1]!;
      await get(local(image), /image\//);
    }
  });

  it('section, author and prayer-time pages in the sitemaps all answer 200', async () => {
    for (const locale of LOCALES) {
      for (const name of ['sections', 'authors', 'prayer-times']) {
        const urls = locs(await text(`/sitemaps/${locale}/${name}.xml`));
        for (const url of urls) await get(local(url), /text\/html/);
      }
    }
    const prayer = await text('/sitemaps/ar/prayer-times.xml');
    expect(prayer).toContain('/ar/mawaqit-assalat/');
    expect(locs(prayer)).toHaveLength(22);
  });

  it('the Google News sitemaps carry the publication, the language and only the last 48 hours', async () => {
    const names = { fr: 'Jarida', ar: 'جريدة' };
    for (const locale of LOCALES) {
      const xml = await text(`/sitemaps/${locale}/news.xml`);
      const entries = [...xml.matchAll(/<news:news>([\s\S]*?)<\/news:news>/g)].map(([, body]) => body!);
      expect(entries.length).toBeGreaterThan(0);
      for (const entry of entries) {
        expect(entry).toContain(`<news:name>${names[locale]}</news:name>`);
        expect(entry).toContain(`<news:language>${locale}</news:language>`);
        const published = Date.parse(/<news:publication_date>([^<]+)</.exec(entry)![1]!);
        expect(Date.now() - published).toBeLessThan(48 * 3600_000 + 600_000);
        expect(/<news:title>([^<]+)</.exec(entry)?.[1]).toBeTruthy();
      }
      expect(locs(xml).every((loc) => loc.includes(`/${locale}/article/`))).toBe(true);
    }
  });

  it('unknown sitemap, feed and card URLs are 404s', async () => {
    for (const path of [
      '/sitemaps/xx/news.xml',
      '/sitemaps/fr/articles-99.xml',
      '/sitemaps/fr/other.xml',
      '/fr/rubrique/nulle-part/rss',
      '/ar/katib/personne/atom',
      '/og/fr/article/nulle-part.png',
      '/og/xx/site.png',
    ]) {
      const response = await fetch(`${baseUrl}${path}`, { redirect: 'manual' });
      expect(response.status, path).toBe(404);
    }
  });

  const FEEDS: Record<(typeof LOCALES)[number], string[]> = {
    fr: ['/fr/rss', '/fr/atom', '/fr/rubrique/maroc/rss', '/fr/rubrique/maroc/atom', '/fr/auteur/salma-bennani/rss', '/fr/auteur/salma-bennani/atom'],
    ar: ['/ar/rss', '/ar/atom', '/ar/qism/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8/rss', '/ar/qism/%D8%A7%D9%84%D9%85%D8%BA%D8%B1%D8%A8/atom', '/ar/katib/salma-bennani/rss', '/ar/katib/salma-bennani/atom'],
  };

  it('RSS and Atom feeds of the site, a section and an author parse with complete items in both languages', async () => {
    for (const locale of LOCALES) {
      for (const path of FEEDS[locale]) {
        const type = path.endsWith('/rss') ? 'rss' : 'atom';
        const response = await get(path, type === 'rss' ? /^application\/rss\+xml/ : /^application\/atom\+xml/);
        // Polling a feed is no language choice: the proxy must not set the locale cookie.
        expect(response.headers.get('set-cookie'), path).toBeNull();
        const xml = await response.text();
        const feed = expectReadableFeed(xml, { type, language: locale });
        expect(new URL(feed.self!).pathname, path).toBe(new URL(`${baseUrl}${path}`).pathname);
        for (const item of feed.items) expect(item.url).toContain(`/${locale}/article/`);
        // Covers travel as enclosures with their real type and size.
        const [withCover] = feed.items.filter((item) => item.media.length);
        expect(withCover, path).toBeDefined();
        const media = withCover!.media[0]!;
        const image = await get(local(media.url!));
        expect(image.headers.get('content-type')).toBe(media.mimeType);
        expect((await image.arrayBuffer()).byteLength).toBe(media.length);
      }
    }
    // The section feed holds only that section's stories.
    const section = expectReadableFeed(await text('/fr/rubrique/maroc/rss'), { type: 'rss', language: 'fr' });
    expect(section.items.every((item) => item.categories.some((category) => category.label === 'Maroc' || category.term === 'Maroc'))).toBe(true);
  });

  it('front, section and author pages announce their feeds in the head', async () => {
    const pages = {
      '/fr': '/fr/rss',
      '/ar': '/ar/rss',
      '/fr/rubrique/maroc': '/fr/rubrique/maroc/rss',
      '/fr/auteur/salma-bennani': '/fr/auteur/salma-bennani/rss',
      '/ar/katib/salma-bennani': '/ar/katib/salma-bennani/rss',
    };
    for (const [page, rss] of Object.entries(pages)) {
      const html = await text(page);
      const [rssLink] = links(html, { rel: 'alternate', type: 'application/rss+xml' });
      const [atomLink] = links(html, { rel: 'alternate', type: 'application/atom+xml' });
      expect(new URL(rssLink!.href).pathname, page).toBe(rss);
      expect(new URL(atomLink!.href).pathname, page).toBe(rss.replace(/rss$/, 'atom'));
      expect(rssLink!.attrs.title).toBeTruthy();
      await get(local(rssLink!.href));
      await get(local(atomLink!.href));
    }
  });

  it('articles link their twin both ways in hreflang, and name only themselves without one', async () => {
    let twins = 0;
    let alone = 0;
    for (const url of await articleUrls('fr')) {
      const html = await text(local(url));
      const canonical = links(html, { rel: 'canonical' })[0]?.href;
      expect(canonical).toBe(url);
      const hreflang = Object.fromEntries(
        headTags(html)
          .filter(({ tag, attrs }) => tag === 'link' && attrs.rel === 'alternate' && attrs.hrefLang)
          .map(({ attrs }) => [attrs.hrefLang!, attrs.href!]),
      );
      expect(hreflang.fr).toBe(url);
      expect(hreflang['x-default']).toBe(url);
      if (hreflang.ar) {
        twins += 1;
        expect(hreflang.ar).toMatch(/\/ar\/article\//);
        const twin = await text(local(hreflang.ar));
        expect(links(twin, { rel: 'alternate', hrefLang: 'fr' })[0]?.href).toBe(url);
        expect(links(twin, { rel: 'canonical' })[0]?.href).toBe(hreflang.ar);
        expect(meta(html, 'og:locale:alternate')).toEqual(['ar_MA']);
      } else {
        alone += 1;
        expect(Object.keys(hreflang).sort()).toEqual(['fr', 'x-default']);
        expect(meta(html, 'og:locale:alternate')).toEqual([]);
      }
    }
    expect(twins).toBeGreaterThan(5);
    expect(alone).toBeGreaterThan(5);
  });

  it('article pages carry Open Graph, Twitter and schema.org NewsArticle and BreadcrumbList data', async () => {
    for (const locale of LOCALES) {
      const [url] = await articleUrls(locale);
      const html = await text(local(url!));
      const title = meta(html, 'og:title')[0]!;
      expect(meta(html, 'og:type')).toEqual(['article']);
      expect(meta(html, 'og:url')).toEqual([url]);
      expect(meta(html, 'og:locale')).toEqual([locale === 'fr' ? 'fr_MA' : 'ar_MA']);
      expect(meta(html, 'og:site_name')).toEqual([locale === 'fr' ? 'Jarida' : 'جريدة']);
      expect(meta(html, 'article:published_time')[0]).toMatch(/^\d{4}-\d{2}-\d{2}T/);
      expect(meta(html, 'article:section')[0]).toBeTruthy();
      expect(meta(html, 'og:image:width')).toEqual(['1200']);
      expect(meta(html, 'og:image:height')).toEqual(['630']);
      expect(meta(html, 'twitter:card')).toEqual(['summary_large_image']);
      expect(meta(html, 'twitter:image')).toEqual(meta(html, 'og:image'));

      const data = jsonLd(html);
      const article = data.find((item) => item['@type'] === 'NewsArticle')!;
      expect(article['@context']).toBe('https://schema.org');
      expect(article.headline).toBe(title);
      expect(article.inLanguage).toBe(locale);
      expect(article.mainEntityOfPage['@id']).toBe(url);
      expect(article.image[0]).toBe(meta(html, 'og:image')[0]);
      expect(Date.parse(article.datePublished)).not.toBeNaN();
      expect(Date.parse(article.dateModified)).toBeGreaterThanOrEqual(Date.parse(article.datePublished));
      expect(article.author.length).toBeGreaterThan(0);
      for (const author of article.author) {
        expect(author['@type']).toBe('Person');
        expect(author.name).toBeTruthy();
        await get(local(author.url));
      }
      expect(article.publisher['@type']).toBe('Organization');
      expect(article.publisher.name).toBeTruthy();
      await get(local(article.publisher.logo.url), /image\/png/);
      for (const image of article.image) await get(local(image), /image\//);

      const crumbs = data.find((item) => item['@type'] === 'BreadcrumbList')!;
      expect(crumbs.itemListElement.map((item: { position: number }) => item.position)).toEqual([1, 2, 3]);
      expect(crumbs.itemListElement[2].item).toBe(url);
      for (const crumb of crumbs.itemListElement) await get(local(crumb.item));
    }
  });

  it('the front page describes the Organization and a WebSite searchable at the search page', async () => {
    const search = { fr: '/fr/recherche?q={search_term_string}', ar: '/ar/bahth?q={search_term_string}' };
    for (const locale of LOCALES) {
      const data = jsonLd(await text(`/${locale}`));
      const organization = data.find((item) => item['@type'] === 'Organization')!;
      expect(organization.logo.url).toMatch(/\/logo\.png$/);
      const site = data.find((item) => item['@type'] === 'WebSite')!;
      expect(site.potentialAction['@type']).toBe('SearchAction');
      const template = new URL(site.potentialAction.target.urlTemplate.replace('{search_term_string}', 'TERM'));
      expect(`${template.pathname}${template.search}`.replace('TERM', '{search_term_string}')).toBe(search[locale]);
    }
  });

  it('every other reader page has a canonical URL, hreflang, Open Graph and a Twitter card', async () => {
    for (const page of ['/fr', '/ar/akhir-al-akhbar', '/fr/rubrique/maroc', '/ar/katib/salma-bennani', '/fr/horaires-priere/rabat', '/ar/cookies']) {
      const html = await text(page);
      expect(new URL(links(html, { rel: 'canonical' })[0]!.href).pathname, page).toBe(page);
      expect(links(html, { rel: 'alternate', hrefLang: 'x-default' }), page).toHaveLength(1);
      expect(meta(html, 'og:type'), page).toEqual(['website']);
      expect(meta(html, 'og:title')[0], page).toBeTruthy();
      expect(meta(html, 'og:image')[0], page).toMatch(/\/og\/(fr|ar)\/site\.png$/);
      expect(meta(html, 'twitter:card'), page).toEqual(['summary_large_image']);
    }
  });

  // The card the page names is its current version, cached for a year. (With E2E_SKIP_BUILD the
  // pages prerendered at build time name the build database's versions: run with a fresh build.)
  it('article cards are 1200×630 JPEGs under 300 KB: the title from the start edge (right in Arabic) over the cover photo', async () => {
    for (const locale of LOCALES) {
      const [url] = await articleUrls(locale);
      const html = await text(local(url!));
      expect(meta(html, 'og:image:type')).toEqual(['image/jpeg']);
      const card = await get(local(meta(html, 'og:image')[0]!), /^image\/jpeg$/);
      expect(card.headers.get('cache-control')).toContain('immutable');
      const png = Buffer.from(await card.arrayBuffer());
      expect(png.byteLength).toBeLessThan(300 * 1024);
      const { width, height } = await sharp(png).metadata();
      expect([width, height]).toEqual([1200, 630]);
      // The photo fills the card under the paper title band (lib/seo/og-image.ts OG_BAND_HEIGHT).
      // stats() reads its input, not the pipeline's output: extract to a buffer first.
      const region = async (box: { left: number; top: number; width: number; height: number }) => sharp(await sharp(png).extract(box).toBuffer()).stats();
      const band = await region({ left: 0, top: 0, width: 1200, height: 30 });
      const photo = await region({ left: 0, top: 310, width: 1200, height: 290 });
      expect(band.channels[0]!.mean).toBeGreaterThan(240);
      expect(photo.channels[0]!.stdev + photo.channels[2]!.stdev, 'a picture, not a flat fill').toBeGreaterThan(10);

      // Where the dark title ink sits in the first title line (below the kicker).
      const { data, info } = await sharp(png).extract({ left: 0, top: 150, width: 1200, height: 50 }).greyscale().raw().toBuffer({ resolveWithObject: true });
      let minX = info.width;
      let maxX = -1;
      for (let y = 0; y < info.height; y++) {
        for (let x = 0; x < info.width; x++) {
          if (data[y * info.width + x]! < 80) {
            minX = Math.min(minX, x);
            maxX = Math.max(maxX, x);
          }
        }
      }
      expect(maxX, 'title ink present').toBeGreaterThan(0);
      if (locale === 'fr') expect(minX).toBeLessThan(90);
      else expect(maxX).toBeGreaterThan(1200 - 90);
    }
    const site = await get('/og/ar/site.png', /^image\/png$/);
    expect((await sharp(Buffer.from(await site.arrayBuffer())).metadata()).width).toBe(1200);
  });

  it('a JSON-LD block cannot be closed by the text it carries', async () => {
    for (const locale of LOCALES) {
      const html = await text(local((await articleUrls(locale))[0]!));
      for (const [, body] of html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)) {
        expect(body).not.toMatch(/[<>]/);
      }
    }
  });
});
