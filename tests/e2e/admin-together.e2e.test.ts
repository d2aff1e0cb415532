import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { articles } from '@/db/schema';
import { ArticleEditor, ArticleListPage } from './pages/admin-articles';
import { signIn } from './pages/admin-page';
import { useTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';

/*
 * Two editors on one article, each in a browser context of their own: they see each other in the
 * editor, changes to different fields merge without asking, and the same field changed by both
 * is shown side by side for the second to choose.
 */

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const admin = { email: `together-admin-${stamp}@jarida.test`, password: 'together admin password' };
const fatima = { email: `together-fatima-${stamp}@jarida.test`, password: 'fatima editor password', name: `Fatima Alaoui ${stamp}` };
const karim = { email: `together-karim-${stamp}@jarida.test`, password: 'karim editor password', name: `Karim Bennani ${stamp}` };

describe.skipIf(!baseUrl)('two editors on one article', () => {
  const browser = useBrowser();
  const handle = useTestAdmin({ ...admin, name: 'Admin Ensemble' });
  let accounts: Promise<void> | undefined;

  /** Fatima and Karim, each signed in in a context of their own, on the same new draft. */
  async function bothOnOneDraft(title: string): Promise<{ id: number; a: ArticleEditor; b: ArticleEditor; pageB: Page }> {
    accounts ??= (async () => {
      await handle.createAccount({ email: fatima.email, name: fatima.name, role: 'editor', password: fatima.password });
      await handle.createAccount({ email: karim.email, name: karim.name, role: 'editor', password: karim.password });
    })();
    await accounts;
    const pageA = await browser.newPage();
    const pageB = await browser.newPage();
    await signIn(pageA, baseUrl, fatima.email, fatima.password);
    await signIn(pageB, baseUrl, karim.email, karim.password);
    const list = new ArticleListPage(pageA);
    await list.goto(baseUrl);
    const id = await list.createDraft(title);
    const b = new ArticleEditor(pageB);
    await b.goto(baseUrl, id);
    return { id, a: new ArticleEditor(pageA), b, pageB };
  }

  const stored = async (id: number) => (await handle.db.select().from(articles).where(eq(articles.id, id)))[0]!;

  it('keeps both editors’ changes when they changed different fields', async () => {
    const { id, a, b } = await bothOnOneDraft(`Le tramway de Rabat ${stamp}`);
    const before = await a.version();
    expect(await b.version()).toBe(before);

    await a.title.fill(`Le tramway de Rabat prolongé ${stamp}`);
    await a.button('save').click();
    expect(await a.saveOutcome(before, 15_000)).toBe('saved');

    // Karim still works from the first version: his save conflicts and merges on its own.
    await b.summary.fill('Deux nouvelles stations en 2027.');
    await b.button('save').click();
    await b.mergedNotice.waitFor({ timeout: 15_000 });
    expect(await b.mergedNotice.textContent()).toContain(fatima.name);
    expect(await b.mergedNotice.textContent()).toContain('Titre');
    await expect(b.title.inputValue()).resolves.toBe(`Le tramway de Rabat prolongé ${stamp}`);
    let row = await stored(id);
    expect(row.title).toBe(`Le tramway de Rabat prolongé ${stamp}`);
    expect(row.summary).toBe('Deux nouvelles stations en 2027.');

    // Fatima, in turn behind, adds to the body: Karim's summary survives her save too.
    await a.typeInBody('Les travaux commencent au printemps.');
    await a.button('save').click();
    await a.mergedNotice.waitFor({ timeout: 15_000 });
    expect(await a.mergedNotice.textContent()).toContain(karim.name);
    row = await stored(id);
    expect(row.title).toBe(`Le tramway de Rabat prolongé ${stamp}`);
    expect(row.summary).toBe('Deux nouvelles stations en 2027.');
    expect(JSON.stringify(row.body)).toContain('Les travaux commencent au printemps.');
  }, 180_000);

  it('shows the same field changed by both side by side, and saves the version the editor picks', async () => {
    const { id, a, b } = await bothOnOneDraft(`Marché de gros ${stamp}`);
    const before = await a.version();
    await a.title.fill(`Le marché de gros déménage ${stamp}`);
    await a.button('save').click();
    expect(await a.saveOutcome(before, 15_000)).toBe('saved');

    await b.title.fill(`Le marché de gros ferme ${stamp}`);
    await b.summary.fill('Les commerçants protestent.');
    await b.button('save').click();
    const title = b.mergeView.field('Titre');
    await title.group.waitFor({ timeout: 15_000 });
    // Both versions are there, and nothing is written before the choice.
    const shown = await title.group.textContent();
    expect(shown).toContain(`Le marché de gros déménage ${stamp}`);
    expect(shown).toContain(`Le marché de gros ferme ${stamp}`);
    expect(await b.mergeView.region.getByRole('group').count()).toBe(1);
    expect(await b.mergeView.save.isDisabled()).toBe(true);
    expect((await stored(id)).summary).toBe('');

    await title.takeTheirs(fatima.name).check();
    await b.mergeView.save.click();
    await b.mergedNotice.waitFor({ timeout: 15_000 });
    const row = await stored(id);
    expect(row.title).toBe(`Le marché de gros déménage ${stamp}`);
    expect(row.summary).toBe('Les commerçants protestent.');
    await expect(b.title.inputValue()).resolves.toBe(`Le marché de gros déménage ${stamp}`);
  }, 180_000);

  it('lets an editor combine both versions of a field by hand', async () => {
    const { id, a, b } = await bothOnOneDraft(`Port de pêche ${stamp}`);
    const before = await a.version();
    await a.title.fill(`Le port de pêche d’Agadir rénové ${stamp}`);
    await a.button('save').click();
    expect(await a.saveOutcome(before, 15_000)).toBe('saved');
    await b.title.fill(`Agadir : le port de pêche en travaux ${stamp}`);
    await b.button('save').click();
    const title = b.mergeView.field('Titre');
    await title.combine.check({ timeout: 15_000 });
    await title.combined.fill(`Agadir : le port de pêche rénové ${stamp}`);
    await b.mergeView.save.click();
    await b.mergedNotice.waitFor({ timeout: 15_000 });
    expect((await stored(id)).title).toBe(`Agadir : le port de pêche rénové ${stamp}`);
  }, 180_000);

  it('shows who else has the article open within 20 s, and stops within 60 s of their closing it', async () => {
    const { a, pageB } = await bothOnOneDraft(`Présence ${stamp}`);
    const opened = Date.now();
    await a.presence(karim.name).waitFor({ timeout: 20_000 });
    expect(Date.now() - opened).toBeLessThanOrEqual(20_000);
    // And the other way round.
    await new ArticleEditor(pageB).presence(fatima.name).waitFor({ timeout: 20_000 });

    await pageB.context().close();
    const closed = Date.now();
    await a.presence(karim.name).waitFor({ state: 'detached', timeout: 60_000 });
    expect(Date.now() - closed).toBeLessThanOrEqual(60_000);
  }, 180_000);
});
