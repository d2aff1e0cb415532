import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cacheTags } from '@/lib/data/cache-tags';
import { getArticle } from '@/lib/data/reader';
import { decodeSlug } from '@/lib/i18n/params';
import { isAppLocale, type AppLocale } from '@/lib/i18n/routing';
import { renderOgImage } from './og-image';
import { machineResponse } from './responses';
import { articleOgImagePath, siteHost, siteIdentity } from './site';

/*
 * Generated cards are cached like the data they show: the article's card carries the article's
 * tags (through getArticle), so an edit expires it, and its URL's ?v= changes so social networks
 * fetch it again. Drawing one takes a few hundred milliseconds; serving a cached one, none.
 */

async function articleCard(locale: AppLocale, slug: string): Promise<{ png: Uint8Array; path: string } | null> {
  'use cache';
  cacheLife('days');
  const article = await getArticle(locale, slug);
  if (!article) return null;
  const site = await siteIdentity(locale);
  const png = await renderOgImage({ locale, siteName: site.name, kicker: article.section.name, title: article.title, footer: siteHost() });
  return { png: new Uint8Array(png), path: articleOgImagePath(article) };
}

async function siteCard(locale: AppLocale): Promise<Uint8Array> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.all);
  const site = await siteIdentity(locale);
  return new Uint8Array(await renderOgImage({ locale, siteName: site.name, title: site.tagline, footer: siteHost() }));
}

function pngResponse(png: Uint8Array, cacheControl: string): Response {
  return new Response(png as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': 'image/png', 'Content-Length': String(png.byteLength), 'Cache-Control': cacheControl },
  });
}

/** GET /og/<locale>/article/<slug>.png?v=<version> */
export function articleOgResponse(request: Request, params: { locale: string; file: string }): Promise<Response> {
  return machineResponse(async () => {
    await connection();
    if (!isAppLocale(params.locale) || !params.file.endsWith('.png')) notFound();
    const card = await articleCard(params.locale, decodeSlug(params.file.slice(0, -'.png'.length)));
    if (!card) notFound();
    // The current version's URL never shows another picture; any other may, so keep it briefly.
    const current = new URL(card.path, request.url).search === new URL(request.url).search;
    return pngResponse(card.png, current ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
  });
}

/** GET /og/<locale>/site.png: the card of every page that has no picture of its own. */
export function siteOgResponse(params: { locale: string }): Promise<Response> {
  return machineResponse(async () => {
    await connection();
    if (!isAppLocale(params.locale)) notFound();
    return pngResponse(await siteCard(params.locale), 'public, max-age=86400');
  });
}
