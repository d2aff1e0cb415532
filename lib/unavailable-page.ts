import ar from '@/messages/ar.json';
import fr from '@/messages/fr.json';
import type { AppLocale } from './i18n/routing';

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * The 503 page the proxy serves while the database is down. Self-contained HTML (no app
 * render, no database), localized, with Retry-After so crawlers come back instead of de-indexing.
 */
export function unavailableResponse(locale: AppLocale): Response {
  const t = (locale === 'ar' ? ar : fr).Unavailable;
  const dir = locale === 'ar' ? 'rtl' : 'ltr';
  const html = `<!doctype html>
<html lang="${locale}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escape(t.title)}</title>
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
<p aria-hidden="true" style="font-size:2.5rem;margin:0">503</p>
<h1>${escape(t.title)}</h1>
<p>${escape(t.description)}</p>
<p><a href="">${escape(t.retry)}</a></p>
</main>
</body>
</html>`;
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Retry-After': '30',
      'Cache-Control': 'no-store',
    },
  });
}
