import { asc, eq } from 'drizzle-orm';
import { computeCacheBustingSearchParam } from 'next/dist/shared/lib/router/utils/cache-busting-search-param.js';
import { describe, expect, inject, it } from 'vitest';
import { articleAuthors, articles, authors, sections } from '@/db/schema';
import { getPathname } from '@/lib/i18n/navigation';
import { storedAt as storedInFolder } from '../support/page-cache';
import { ArticleEditor, ArticleListPage } from './pages/admin-articles';
import { signIn } from './pages/admin-page';
import { ArticlePage } from './pages/article-page';
import { FrontPage } from './pages/front-page';
import { useTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';

/*
 * Warm on publish (issue 13): once an editor publishes, edits or unpublishes, the server renders
 * the pages that changed by itself, so the first reader gets them from cache (`x-nextjs-cache:
 * HIT`) instead of waiting for a render (MISS). Nobody requests those pages in between: the test
 * knows the warming is done by reading the server's page cache folder, not by asking for them.
 */

const baseUrl = inject('baseUrl');
const pageCacheDir = inject('e2ePageCacheDir');
const stamp = Date.now().toString(36);
const admin = { email: `warm-admin-${stamp}@jarida.test`, password: 'warm admin password' };

type Href = { pathname: '/' | '/latest' } | { pathname: '/article/[slug]' | '/author/[slug]'; params: { slug: string } } | { pathname: '/section/[section]'; params: { section: string } };

interface ReaderPage {
  /** What readers request (localized). */
  url: string;
  /** What the page cache stores it under: the internal route next-intl rewrites to. */
  key: string;
}

function readerPage(href: Href): ReaderPage {
  const params: Record<string, string> = 'params' in href ? href.params : {};
  const internal = href.pathname === '/' ? '' : href.pathname.replace(/\[(\w+)\]/g, (_, name: string) => params[name]!);
  return { url: getPathname({ locale: 'fr', href }), key: `/fr${internal}` };
}

/** When the server's page cache last stored this page, or 0 if it holds none. */
const storedAt = (page: ReaderPage) => storedInFolder(pageCacheDir, page.key);

/** Waits until every page was stored again after `since`, without requesting any of them. */
async function warmed(pages: ReaderPage[], since: number): Promise<number> {
  await expect
    .poll(() => pages.filter((page) => storedAt(page) <= since).map((page) => page.url), { timeout: 30_000, interval: 100 })
    .toEqual([]);
  return Math.max(...pages.map(storedAt)) - since;
}

/** A reader's first request for a page: where it came from, and what it says. */
async function firstRead(page: ReaderPage): Promise<{ cache: string | null; status: number; body: string }> {
  const response = await fetch(`${baseUrl}${page.url}`);
  return { cache: response.headers.get('x-nextjs-cache'), status: response.status, body: await response.text() };
}

async function waitForStatus(editor: ArticleEditor, text: string) {
  await expect.poll(() => editor.statusText(), { timeout: 15_000 }).toContain(text);
}

describe.skipIf(!baseUrl)('warm on publish', () => {
  const browser = useBrowser();
  const handle = useTestAdmin({ ...admin, name: 'Admin Préchauffage' });

  it('publish, edit, unpublish: the first reader of the article, the front page and its lists gets a cached page', async () => {
    const page = await browser.newPage();
    const editor = new ArticleEditor(page);
    await signIn(page, baseUrl, admin.email, admin.password);
    const list = new ArticleListPage(page);
    await list.goto(baseUrl);
    const title = `La ligne de TGV prolongée jusqu'à Agadir ${stamp}`;
    const id = await list.createDraft(title);
    await editor.summary.fill('Les travaux commencent au printemps.');
    await editor.typeInBody("Le tracé suivra la côte jusqu'à Agadir.");
    await editor.button('save').click();
    await waitForStatus(editor, 'Enregistré');

    const [row] = await handle.db
      .select({ slug: articles.slug, section: sections.slugFr })
      .from(articles)
      .innerJoin(sections, eq(sections.id, articles.sectionId))
      .where(eq(articles.id, id));
    const [byline] = await handle.db
      .select({ slug: authors.slug })
      .from(articleAuthors)
      .innerJoin(authors, eq(authors.id, articleAuthors.authorId))
      .where(eq(articleAuthors.articleId, id))
      .orderBy(asc(articleAuthors.position));
    const article = readerPage({ pathname: '/article/[slug]', params: { slug: row!.slug } });
    const front = readerPage({ pathname: '/' });
    const section = readerPage({ pathname: '/section/[section]', params: { section: row!.section } });
    const latest = readerPage({ pathname: '/latest' });
    const author = readerPage({ pathname: '/author/[slug]', params: { slug: byline!.slug } });

    // Publish.
    let since = Date.now();
    await editor.button('publishNow').click();
    await waitForStatus(editor, 'Publié');
    console.log(`[e2e] warm after publish: 5 pages stored ${Math.round(await warmed([article, front, section, latest, author], since))} ms after the click`);
    // The front page's first reader is a browser: the document comes from cache, then the
    // router's prefetches of the new lead story, stored by the same render as its document, and
    // the click opens it without loading a document. (The click also sends one RSC request for
    // the page's dynamic data, which Next renders per request for a page not prerendered at build,
    // from the warm 'use cache' data, and never caches: `Cache-Control: private`.)
    const reader = await browser.newPage();
    const prefetches: { segment: string; status: number; cache: string | undefined }[] = [];
    const documents: string[] = [];
    reader.on('response', (response) => {
      const url = new URL(response.url());
      if (url.pathname !== article.url) return;
      const request = response.request().headers();
      if (!url.searchParams.has('_rsc')) documents.push(response.url());
      else if (request['next-router-prefetch']) {
        prefetches.push({ segment: request['next-router-segment-prefetch'] ?? '', status: response.status(), cache: response.headers()['x-nextjs-cache'] });
      }
    });
    const document = await reader.goto(`${baseUrl}${front.url}`);
    expect(document?.headers()['x-nextjs-cache']).toBe('HIT');
    expect(await document?.text()).toContain(title);
    await expect.poll(() => prefetches.map((prefetch) => prefetch.segment), { timeout: 15_000 }).toContain('/_tree');
    await Promise.all([reader.waitForURL(`${baseUrl}${article.url}`), new FrontPage(reader).storyLink(title).click()]);
    await expect.poll(() => new ArticlePage(reader).title.textContent()).toContain(title);
    console.log(`[e2e] prefetches of the new article: ${JSON.stringify(prefetches)}`);
    expect(prefetches.every((prefetch) => prefetch.status === 200 && prefetch.cache === 'HIT')).toBe(true);
    expect(documents).toEqual([]);
    await reader.context().close();
    for (const page of [article, latest, author]) {
      const read = await firstRead(page);
      expect(read, page.url).toMatchObject({ status: 200, cache: 'HIT' });
      expect(read.body, page.url).toContain(title);
    }
    // Likewise for a page whose first request is the router's prefetch of its route tree.
    const prefetchHeaders = { rsc: '1', 'next-router-prefetch': '1', 'next-router-segment-prefetch': '/_tree' };
    const rsc = await computeCacheBustingSearchParam('1', '/_tree', undefined, undefined);
    const prefetch = await fetch(`${baseUrl}${section.url}?_rsc=${rsc}`, { headers: prefetchHeaders, redirect: 'manual' });
    expect(prefetch.status).toBe(200);
    expect(prefetch.headers.get('content-type')).toContain('text/x-component');
    expect(prefetch.headers.get('x-nextjs-cache')).toBe('HIT');
    expect((await firstRead(section)).cache).toBe('HIT');

    // Edit: the new title is what the first reader gets, from cache.
    const edited = `${title} (mis à jour)`;
    await editor.title.fill(edited);
    since = Date.now();
    await editor.button('save').click();
    await waitForStatus(editor, 'Enregistré');
    console.log(`[e2e] warm after edit: stored ${Math.round(await warmed([article, front], since))} ms after the click`);
    for (const page of [article, front]) {
      const read = await firstRead(page);
      expect(read, page.url).toMatchObject({ status: 200, cache: 'HIT' });
      expect(read.body, page.url).toContain(edited);
    }

    // Unpublish: the front page, without it, is cached again; the article is a 404 at once.
    since = Date.now();
    await editor.button('unpublish').click();
    await waitForStatus(editor, 'Dépublié');
    await warmed([front, section], since);
    const withdrawn = await firstRead(front);
    expect(withdrawn).toMatchObject({ status: 200, cache: 'HIT' });
    expect(withdrawn.body).not.toContain(edited);
    expect((await firstRead(article)).status).toBe(404);
  }, 120_000);
});
