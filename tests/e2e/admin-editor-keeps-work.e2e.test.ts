import { eq } from 'drizzle-orm';
import type { BrowserContext, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { articleAuthors, articles } from '@/db/schema';
import { ArticleEditor, ArticleListPage } from './pages/admin-articles';
import { signIn } from './pages/admin-page';
import { useTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';

/*
 * "Work is lost today": no keystroke of a draft is lost when the editor leaves through the
 * newsroom's own links within a second of typing, when the page goes away without a chance to
 * ask (the keepalive save), or when the tab dies with nothing saved (the browser's copy is offered
 * back on reopening, after signing in again).
 */

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const admin = { email: `keeps-work-${stamp}@jarida.test`, password: 'keeps work password' };

describe.skipIf(!baseUrl)('the article editor keeps every keystroke', () => {
  const browser = useBrowser();
  const handle = useTestAdmin({ ...admin, name: 'Admin Brouillons' });

  async function stored(id: number) {
    const [row] = await handle.db.select({ summary: articles.summary, body: articles.body, version: articles.version }).from(articles).where(eq(articles.id, id));
    return { summary: row!.summary, body: JSON.stringify(row!.body), version: row!.version };
  }

  async function signedInWithDraft(title: string): Promise<{ context: BrowserContext; page: Page; id: number }> {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, admin.email, admin.password);
    const list = new ArticleListPage(page);
    await list.goto(baseUrl);
    return { context, page, id: await list.createDraft(title) };
  }

  it('typing in the summary and body, then clicking a sidebar link within a second, loses nothing', async () => {
    const { page, id } = await signedInWithDraft(`Partir vite ${stamp}`);
    const edit = new ArticleEditor(page);
    const summary = `Un chapeau écrit à la hâte ${stamp}`;
    const sentence = `Une phrase tapée juste avant de cliquer ${stamp}.`;
    await edit.summary.click();
    await page.keyboard.type(summary);
    await edit.typeInBody(sentence);
    const typed = Date.now();
    await Promise.all([page.waitForURL(`${baseUrl}/admin/fr/articles`), edit.navLink('articles').click()]);
    // The click came well before the 4 s autosave could have sent anything.
    expect(Date.now() - typed).toBeLessThan(4_000);

    const row = await stored(id);
    expect(row.summary).toBe(summary);
    expect(row.body).toContain(sentence);
    await edit.goto(baseUrl, id);
    await expect.poll(() => edit.summary.inputValue()).toBe(summary);
    expect(await edit.body.textContent()).toContain(sentence);
    // Saved, so nothing is left to offer back.
    expect(await edit.localCopy.region.count()).toBe(0);
  });

  it('a killed tab whose session had expired offers its text back after signing in again, and restoring it saves it', async () => {
    const { context, page, id } = await signedInWithDraft(`Onglet tué ${stamp}`);
    const edit = new ArticleEditor(page);
    const before = await stored(id);
    // The session ends while the editor is open: every save from here is refused.
    await context.clearCookies();
    const sentence = `Seul ce navigateur connaît cette phrase ${stamp}.`;
    await edit.typeInBody(sentence);
    await edit.waitForLocalCopy(sentence);
    // The renderer dies at once: no pagehide, no beforeunload, no keepalive request.
    const cdp = await context.newCDPSession(page);
    const crashed = new Promise((resolve) => page.once('crash', resolve));
    void cdp.send('Page.crash').catch(() => undefined);
    await crashed;
    await page.close();
    expect((await stored(id)).body).not.toContain(sentence);

    const again = await context.newPage();
    await signIn(again, baseUrl, admin.email, admin.password);
    const reopened = new ArticleEditor(again);
    await reopened.goto(baseUrl, id);
    await reopened.localCopy.region.waitFor();
    expect(await reopened.body.textContent()).not.toContain(sentence);
    await reopened.localCopy.restore.click();
    await expect.poll(() => reopened.body.textContent()).toContain(sentence);
    expect(await reopened.localCopy.region.count()).toBe(0);
    await reopened.button('save').click();
    await expect.poll(async () => (await stored(id)).body, { timeout: 15_000 }).toContain(sentence);
    expect((await stored(id)).version).toBeGreaterThan(before.version);

    // Saved: the copy is gone, nothing is offered on the next visit.
    await reopened.goto(baseUrl, id);
    await expect.poll(() => reopened.body.textContent()).toContain(sentence);
    expect(await reopened.localCopy.region.count()).toBe(0);
  });

  it('someone typing without a pause has their words in the browser\'s copy while still typing', async () => {
    const { page } = await signedInWithDraft(`Sans pause ${stamp}`);
    const edit = new ArticleEditor(page);
    const first = `Les premiers mots ${stamp}`;
    await edit.body.click();
    await page.keyboard.press('End');
    // About 40 ms between keys, never the pause after which the copy used to be written: ~5 s of typing.
    let typing = true;
    const typed = page.keyboard.type(`${first}, puis une longue suite de mots tapés d'un seul trait sans jamais lever les doigts du clavier.`, { delay: 40 });
    await Promise.all([
      typed.then(() => (typing = false)),
      edit.waitForLocalCopy(first, 4_000).then(() => expect(typing).toBe(true)),
    ]);
  });

  it('leaving for another address right after typing saves through the keepalive request', async () => {
    const { page, id } = await signedInWithDraft(`Quitter la page ${stamp}`);
    const edit = new ArticleEditor(page);
    // The editor's server actions (posted to the page's address) cannot get through: only the keepalive route can save.
    await page.route(new RegExp(`/admin/fr/articles/${id}$`), (route) => (route.request().method() === 'POST' ? route.abort() : route.fallback()));
    await edit.button('save').click();
    await edit.errorNotice.first().waitFor();
    // The unsaved-changes prompt is answered "leave".
    page.on('dialog', (dialog) => void dialog.accept());
    const summary = `Un chapeau envoyé en partant ${stamp}`;
    await edit.summary.click();
    await page.keyboard.type(summary);
    await page.goto('about:blank');
    await expect.poll(async () => (await stored(id)).summary, { timeout: 10_000 }).toBe(summary);
  });

  it('the keepalive route saves only a same-site, signed-in, bounded, current save of a draft', async () => {
    const { context, id } = await signedInWithDraft(`Route de secours ${stamp}`);
    const [row] = await handle.db.select().from(articles).where(eq(articles.id, id));
    const authorIds = (await handle.db.select({ id: articleAuthors.authorId }).from(articleAuthors).where(eq(articleAuthors.articleId, id))).map((author) => author.id);
    const input = { title: row!.title, summary: 'Résumé de secours', slug: row!.slug, sectionId: row!.sectionId, authorIds, tagNames: [], coverId: null, body: row!.body };
    const url = `${baseUrl}/api/admin/articles/${id}/draft?locale=fr`;
    const post = (data: unknown, headers: Record<string, string> = {}) => context.request.post(url, { data, headers: { origin: baseUrl, ...headers }, failOnStatusCode: false });

    const foreign = await post({ expectedVersion: row!.version, input }, { origin: 'https://ailleurs.example' });
    expect(foreign.status()).toBe(403);
    const signedOut = await fetch(url, { method: 'POST', headers: { origin: baseUrl, 'content-type': 'application/json' }, body: JSON.stringify({ expectedVersion: row!.version, input }) });
    expect(signedOut.status).toBe(401);
    const tooLarge = await post({ expectedVersion: row!.version, input: { ...input, summary: 'x'.repeat(70_000) } });
    expect(tooLarge.status()).toBe(413);
    expect((await tooLarge.json()).message).toBeTruthy();
    const stale = await post({ expectedVersion: row!.version - 1 || 999, input });
    expect(stale.status()).toBe(409);
    expect((await stale.json()).conflict.version).toBe(row!.version);
    expect((await stored(id)).summary).not.toBe('Résumé de secours');

    const saved = await post({ expectedVersion: row!.version, input });
    expect(saved.status()).toBe(200);
    expect((await saved.json()).version).toBe(row!.version + 1);
    expect((await stored(id)).summary).toBe('Résumé de secours');

    // Leaving the page never publishes: a published article is refused, and readers keep what they had.
    await handle.db.update(articles).set({ status: 'published', publishedAt: new Date() }).where(eq(articles.id, id));
    const published = await post({ expectedVersion: row!.version + 1, input: { ...input, summary: 'Jamais en ligne' } });
    expect(published.status()).toBe(409);
    expect((await stored(id)).summary).toBe('Résumé de secours');
    await handle.db.update(articles).set({ status: 'draft', publishedAt: null }).where(eq(articles.id, id));
  });
});
