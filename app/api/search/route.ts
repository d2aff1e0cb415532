import { getSections } from '@/lib/data/reader';
import { keepSearchLexiconFresh, searchSite } from '@/lib/data/search';
import { getPathname } from '@/lib/i18n/navigation';
import { parseSearchParams } from '@/lib/search/params';
import type { SearchHitDto } from '@/lib/search/types';

function toResult(hit: SearchHitDto) {
  return {
    id: hit.article.id,
    url: getPathname({ locale: hit.article.locale, href: { pathname: '/article/[slug]', params: { slug: hit.article.slug } } }),
    title: hit.article.title,
    titleHighlight: hit.title,
    summary: hit.article.summary,
    excerpt: hit.excerpt,
    publishedAt: hit.article.publishedAt,
    section: hit.article.section,
    rank: hit.rank,
  };
}

function badRequest(errors: { field: string; message: string }[]) {
  return Response.json(
    { error: errors.map((error) => error.message).join('; '), errors },
    { status: 400, headers: { 'Cache-Control': 'public, max-age=3600' } },
  );
}

/**
 * GET /api/search?q=…&locale=fr|ar[&section=<slug>][&from=YYYY-MM-DD][&to=YYYY-MM-DD][&page=N]
 * Published articles of one language, best match first (plus `otherLanguage`, the other language's
 * first matches, when the query is written in its script). Highlights come as parts
 * ({ text, match }) so that clients never have to trust markup. 400 with a reason for bad input.
 */
export async function GET(request: Request) {
  const parsed = parseSearchParams(new URL(request.url).searchParams, { requireQuery: true });
  if (!parsed.ok) return badRequest(parsed.errors);
  const input = parsed.value;
  if (input.section) {
    const sections = await getSections(input.locale);
    if (!sections.some((section) => section.slug === input.section)) {
      return badRequest([{ field: 'section', message: `unknown section "${input.section}" for locale ${input.locale}` }]);
    }
  }
  keepSearchLexiconFresh();
  const result = await searchSite(input);
  return Response.json(
    {
      query: result.query,
      locale: result.locale,
      page: result.page,
      pageCount: result.pageCount,
      total: result.total,
      suggestion: result.suggestion,
      results: result.items.map(toResult),
      // A query in the other language's script: that language's first matches, and its search.
      otherLanguage: result.otherLanguage
        ? {
            locale: result.otherLanguage.locale,
            total: result.otherLanguage.total,
            searchUrl: `${getPathname({ locale: result.otherLanguage.locale, href: '/search' })}?${new URLSearchParams({ q: result.query })}`,
            results: result.otherLanguage.items.map(toResult),
          }
        : null,
    },
    { headers: { 'Cache-Control': 'public, max-age=60' } },
  );
}
