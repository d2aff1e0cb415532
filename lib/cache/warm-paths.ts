import 'server-only';
import type { ArticleCacheState } from '@/lib/admin/articles/cache-state';
import { getPathname } from '@/lib/i18n/navigation';
import { otherLocale } from '@/lib/i18n/routing';

type State = Pick<ArticleCacheState, 'locale' | 'slug' | 'status' | 'pages'>;

// The same rule as tagsForArticleWrite (lib/data/cache-tags.ts): a state readers saw (published,
// or withdrawn since) is one whose pages the change expired, so those are the pages a reader would
// otherwise pay to render.
function readersSaw(state: State | null): state is State {
  return state !== null && (state.status === 'published' || state.status === 'unpublished');
}

/**
 * The reader pages an article change expired and that are worth rendering again at once, most
 * read first: the article where it now lives, its published twin (whose language links changed),
 * then the first page of the front page, its section, the latest news, its authors and its tags,
 * before and after the change (a move leaves the old section and tags changed too). Later list
 * pages, feeds, sitemaps and search are left to their first reader, and so is the address of a
 * withdrawn article: its 404 would not be stored (lib/data/cache-handlers/route-cache.mjs keeps a
 * 404 only in place of a live entry, and the withdrawal has just expired that one).
 */
export function readerPathsForChange(before: State | null, after: State | null): string[] {
  const states = [after, before].filter(readersSaw);
  if (!states.length) return [];
  const paths = new Set<string>();
  if (after?.status === 'published') paths.add(getPathname({ locale: after.locale, href: { pathname: '/article/[slug]', params: { slug: after.slug } } }));
  for (const state of states) {
    const twin = state.pages.twin;
    if (twin?.status === 'published') {
      paths.add(getPathname({ locale: otherLocale(state.locale), href: { pathname: '/article/[slug]', params: { slug: twin.slug } } }));
    }
  }
  for (const state of states) {
    const { locale, pages } = state;
    paths.add(getPathname({ locale, href: '/' }));
    paths.add(getPathname({ locale, href: { pathname: '/section/[section]', params: { section: pages.section } } }));
    paths.add(getPathname({ locale, href: '/latest' }));
    for (const slug of pages.authors) paths.add(getPathname({ locale, href: { pathname: '/author/[slug]', params: { slug } } }));
    for (const tag of pages.tags) paths.add(getPathname({ locale, href: { pathname: '/tag/[tag]', params: { tag } } }));
  }
  return [...paths];
}
