import 'server-only';
import { cacheLife, cacheTag } from 'next/cache';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { cacheTags } from '@/lib/data/cache-tags';
import { getArticle } from '@/lib/data/reader';
import { decodeSlug } from '@/lib/i18n/params';
import { isAppLocale, type AppLocale } from '@/lib/i18n/routing';
import { getMediaStorage, readMediaFile } from '@/lib/storage/storage';
import { renderOgImage } from './og-image';
import { machineResponse } from './responses';
import { articleOgImagePath, siteHost, siteIdentity } from './site';

/*
 * Generated cards are cached like the data they show: the article's card carries the article's
 * tags (through getArticle), so an edit expires it, and its URL's ?v= changes so social networks
 * fetch it again. Drawing one takes a few hundred milliseconds; serving a cached one, none.
 */

async function articleCard(locale: AppLocale, slug: string): Promise<{ bytes: Uint8Array; type: string; path: string } | null> {
  'use cache';
  cacheLife('days');
  const article = await getArticle(locale, slug);
  if (!article) return null;
  const site = await siteIdentity(locale);
  const photo = article.shareImage ? await readMediaFile(getMediaStorage(), article.shareImage.key) : null;
  const card = await renderOgImage({
    locale,
    siteName: site.name,
    kicker: article.section.name,
    title: article.title,
    footer: siteHost(),
    // A missing file (deleted by hand) leaves the text-only card rather than no card.
    photo: photo && article.shareImage ? { bytes: photo, focal: article.shareImage.focal } : undefined,
  });
  return { bytes: new Uint8Array(card.bytes), type: card.type, path: articleOgImagePath(photo ? article : { ...article, shareImage: null }) };
}

async function siteCard(locale: AppLocale): Promise<Uint8Array> {
  'use cache';
  cacheLife('max');
  cacheTag(cacheTags.all);
  const site = await siteIdentity(locale);
  return new Uint8Array((await renderOgImage({ locale, siteName: site.name, title: site.tagline, footer: siteHost() })).bytes);
}

function imageResponse(bytes: Uint8Array, type: string, cacheControl: string): Response {
  return new Response(bytes as Uint8Array<ArrayBuffer>, {
    headers: { 'Content-Type': type, 'Content-Length': String(bytes.byteLength), 'Cache-Control': cacheControl },
  });
}

/** GET /og/<locale>/article/<slug>.jpg?v=<version> (.png for articles without a cover, and for links shared before covers were shown). */
export function articleOgResponse(request: Request, params: { locale: string; file: string }): Promise<Response> {
  return machineResponse(async () => {
    await connection();
    const extension = /\.(png|jpg)$/.exec(params.file)?.[0];
    if (!isAppLocale(params.locale) || !extension) notFound();
    const card = await articleCard(params.locale, decodeSlug(params.file.slice(0, -extension.length)));
    if (!card) notFound();
    // The current version's URL never shows another picture; any other may, so keep it briefly.
    const canonical = new URL(card.path, request.url);
    const current = canonical.search === new URL(request.url).search && canonical.pathname.endsWith(extension);
    return imageResponse(card.bytes, card.type, current ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
  });
}

/** GET /og/<locale>/site.png: the card of every page that has no picture of its own. */
export function siteOgResponse(params: { locale: string }): Promise<Response> {
  return machineResponse(async () => {
    await connection();
    if (!isAppLocale(params.locale)) notFound();
    return imageResponse(await siteCard(params.locale), 'image/png', 'public, max-age=86400');
  });
}
