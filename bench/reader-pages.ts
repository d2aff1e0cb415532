/**
 * Every reader page type in both languages, as addresses on a running server: what the browser
 * bench (Lighthouse and axe-core) and `npm run screenshots` go through. Section, article, author
 * and tag pages are found the way a reader finds them, from the links of the front page and of
 * an article, so the list works on any content. Plain Node: no database, no app code.
 */

export const READER_PAGE_TYPES = ['front', 'section', 'article', 'search', 'latest', 'author', 'tag', 'prayer', 'cookies', 'publisher', 'not-found'] as const;
export type ReaderPageType = (typeof READER_PAGE_TYPES)[number];
export type ReaderLocale = 'fr' | 'ar';
export const READER_LOCALES: readonly ReaderLocale[] = ['fr', 'ar'];

export interface ReaderPage {
  type: ReaderPageType;
  locale: ReaderLocale;
  /** Absolute URL. */
  url: string;
  /** The status the page answers with when all is well. */
  status: 200 | 404;
}

/** Pages at fixed addresses; search with a word the demo content has many results for. */
const FIXED: Record<ReaderLocale, Partial<Record<ReaderPageType, string>>> = {
  fr: {
    front: '/fr',
    search: '/fr/recherche?q=economie',
    latest: '/fr/dernieres-nouvelles',
    prayer: '/fr/horaires-priere/rabat',
    cookies: '/fr/cookies',
    publisher: '/fr/infos/a-propos',
    'not-found': '/fr/cette-page-n-existe-pas',
  },
  ar: {
    front: '/ar',
    search: `/ar/bahth?q=${encodeURIComponent('المغرب')}`,
    latest: '/ar/akhir-al-akhbar',
    prayer: `/ar/mawaqit-assalat/${encodeURIComponent('الرباط')}`,
    cookies: '/ar/cookies',
    publisher: '/ar/maalumat/man-nahnu',
    'not-found': '/ar/safha-ghayr-mawjuda',
  },
};

/** Link prefixes of the pages found from links. */
const LINKED: Record<ReaderLocale, { section: string; article: string; author: string; tag: string }> = {
  fr: { section: '/fr/rubrique/', article: '/fr/article/', author: '/fr/auteur/', tag: '/fr/sujet/' },
  ar: { section: '/ar/qism/', article: '/ar/article/', author: '/ar/katib/', tag: '/ar/mawdu/' },
};

async function html(url: string): Promise<string> {
  const response = await fetch(url, { headers: { accept: 'text/html' } });
  if (!response.ok) throw new Error(`${url} answered ${response.status}`);
  return response.text();
}

/** The first same-site link of the page whose decoded path starts with `prefix`. */
function firstLink(page: string, prefix: string, from: string): string {
  for (const match of page.matchAll(/href="(\/[^"#]*)"/g)) {
    const href = match[1]!.replaceAll('&amp;', '&');
    if (decodeURIComponent(href).startsWith(prefix) && !href.endsWith('/rss')) return href;
  }
  throw new Error(`No link starting with ${prefix} on ${from}`);
}

/** The reader pages of both languages on the server at `baseUrl`, in READER_PAGE_TYPES order. */
export async function readerPages(baseUrl: string): Promise<ReaderPage[]> {
  const base = baseUrl.replace(/\/$/, '');
  const pages: ReaderPage[] = [];
  for (const locale of READER_LOCALES) {
    const prefixes = LINKED[locale];
    const front = await html(`${base}/${locale}`);
    const article = firstLink(front, prefixes.article, `/${locale}`);
    const articleHtml = await html(`${base}${article}`);
    const found: Partial<Record<ReaderPageType, string>> = {
      ...FIXED[locale],
      section: firstLink(front, prefixes.section, `/${locale}`),
      article,
      author: firstLink(articleHtml, prefixes.author, article),
      tag: firstLink(articleHtml, prefixes.tag, article),
    };
    for (const type of READER_PAGE_TYPES) pages.push({ type, locale, url: `${base}${found[type]!}`, status: type === 'not-found' ? 404 : 200 });
  }
  return pages;
}

/**
 * The pages that answer as they should; the others are left out with a warning (the publisher's
 * pages come from another branch, and answer 404 until it is merged).
 */
export async function availableReaderPages(baseUrl: string, warn: (message: string) => void): Promise<ReaderPage[]> {
  const available: ReaderPage[] = [];
  for (const page of await readerPages(baseUrl)) {
    const { status } = await fetch(page.url, { headers: { accept: 'text/html' } });
    if (status === page.status) available.push(page);
    else warn(`WARNING: ${page.type} (${page.locale}) ${decodeURIComponent(page.url)} answered ${status}, not ${page.status}: skipped`);
  }
  return available;
}

export const label = (page: Pick<ReaderPage, 'type' | 'locale'>) => `${page.type} ${page.locale}`;
