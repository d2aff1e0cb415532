import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';
import { localeDirection, type AppLocale } from './i18n/routing';
import { escapeXml } from './seo/xml';

/**
 * Self-contained HTML (no app render, no database), localized, for the answers the proxy gives
 * before the app can render: the database is down, or the address cannot even be decoded.
 */
function standalonePage(locale: AppLocale, page: { code: number; title: string; description: string; link: { href: string; label: string } }): string {
  const dir = localeDirection(locale);
  return `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeXml(page.title)}</title>
<style>
body{margin:0;font:18px/1.6 system-ui,sans-serif;color:#1b1b1f;background:#fff;display:grid;place-items:center;min-height:100vh}
@media (prefers-color-scheme:dark){body{color:#ecedee;background:#15171a}}
main{max-width:34rem;padding:2rem;text-align:center}
h1{font-size:1.6rem;margin:0 0 .5rem}
a{color:#b3261e;font-weight:600}
</style>
</head>
<body>
<main>
<p aria-hidden="true" style="font-size:2.5rem;margin:0">${page.code}</p>
<h1>${escapeXml(page.title)}</h1>
<p>${escapeXml(page.description)}</p>
<p><a href="${escapeXml(page.link.href)}">${escapeXml(page.link.label)}</a></p>
</main>
</body>
</html>`;
}

/** The 503 the proxy serves while the database is down, with Retry-After so crawlers come back instead of de-indexing. */
export function unavailableResponse(locale: AppLocale): Response {
  const t = (locale === 'ar' ? ar : fr).Unavailable;
  const html = standalonePage(locale, { code: 503, title: t.title, description: t.description, link: { href: '', label: t.retry } });
  return new Response(html, {
    status: 503,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Retry-After': '30', 'Cache-Control': 'no-store' },
  });
}

/**
 * The 404 for an address that does not decode (a broken percent escape). Next itself would
 * answer it with a bare 500 from a pages-router error page this app does not have.
 */
export function undecodableResponse(locale: AppLocale): Response {
  const t = (locale === 'ar' ? ar : fr).NotFound;
  const html = standalonePage(locale, { code: 404, title: t.title, description: t.description, link: { href: `/${locale}`, label: t.home } });
  return new Response(html, { status: 404, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
}
