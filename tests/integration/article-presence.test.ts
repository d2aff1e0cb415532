import { and, eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { articlePresence, articleRevisions } from '@/db/schema';
import { InvalidInputError } from '@/lib/admin/errors';
import { createArticle, getMergeSides } from '@/lib/admin/articles/queries';
import { heartbeat, leave, presentEditors, prunePresence, PRESENCE_WINDOW_MS } from '@/lib/admin/presence-queries';
import { edit, expectAppError, loadForm, newsroomTestDb, rejectionOf } from './support/articles';

const { db, room } = newsroomTestDb('presence');

// A fixed clock: presence depends on nothing but the instants passed in.
const T0 = new Date('2026-04-14T09:00:00Z');
const at = (ms: number) => new Date(T0.getTime() + ms);

const newDraft = async (title: string) => (await createArticle(db, room.editor, { locale: 'fr', title, sectionId: room.sectionId })).id;
const rowsOf = (articleId: number) => db.select().from(articlePresence).where(eq(articlePresence.articleId, articleId));

describe(`article presence (${inject('databaseKind')})`, () => {
  it('shows each editor the others who have the article open, not themselves', async () => {
    const id = await newDraft('Présence à deux');
    expect(await heartbeat(db, room.editor, { articleId: id, tabId: 'tab-editor-1', now: T0 })).toEqual([]);
    const seenBySecond = await heartbeat(db, room.editor2, { articleId: id, tabId: 'tab-editor2-1', now: at(5_000) });
    expect(seenBySecond).toEqual([{ userId: room.editor.id, name: room.editor.name }]);
    // The first editor learns of the second at their next heartbeat.
    expect(await heartbeat(db, room.editor, { articleId: id, tabId: 'tab-editor-1', now: at(15_000) })).toEqual([{ userId: room.editor2.id, name: room.editor2.name }]);
  });

  it('makes a heartbeat an upsert: one row per user, tab and article', async () => {
    const id = await newDraft('Présence répétée');
    for (let beat = 0; beat < 5; beat++) await heartbeat(db, room.editor, { articleId: id, tabId: 'tab-upsert-1', now: at(beat * 15_000) });
    const rows = await rowsOf(id);
    expect(rows).toHaveLength(1);
    expect(rows[0]!.lastSeen.toISOString()).toBe(at(60_000).toISOString());
    // Two tabs of one user are two rows, but one name.
    await heartbeat(db, room.editor, { articleId: id, tabId: 'tab-upsert-2', now: at(60_000) });
    expect(await rowsOf(id)).toHaveLength(2);
    expect(await presentEditors(db, id, { now: at(60_000), exceptUserId: room.admin.id })).toEqual([{ userId: room.editor.id, name: room.editor.name }]);
  });

  it('forgets an editor whose heartbeats stop after the window, and prunes their row', async () => {
    const id = await newDraft('Présence qui expire');
    await heartbeat(db, room.editor2, { articleId: id, tabId: 'tab-expire-2', now: T0 });
    expect(await presentEditors(db, id, { now: at(PRESENCE_WINDOW_MS), exceptUserId: room.editor.id })).toHaveLength(1);
    expect(await presentEditors(db, id, { now: at(PRESENCE_WINDOW_MS + 1), exceptUserId: room.editor.id })).toEqual([]);
    expect(await rowsOf(id)).toHaveLength(1);
    // The next heartbeat anywhere prunes it.
    const other = await newDraft('Autre article');
    expect(await heartbeat(db, room.editor, { articleId: other, tabId: 'tab-expire-1', now: at(PRESENCE_WINDOW_MS + 1) })).toEqual([]);
    expect(await rowsOf(id)).toEqual([]);
    expect(await prunePresence(db, at(2 * PRESENCE_WINDOW_MS + 2))).toBeGreaterThanOrEqual(1);
    expect(await rowsOf(other)).toEqual([]);
  });

  it('removes a tab at once when it leaves, and only that tab of that user', async () => {
    const id = await newDraft('Présence qui part');
    await heartbeat(db, room.editor, { articleId: id, tabId: 'tab-leave-1', now: T0 });
    await heartbeat(db, room.editor2, { articleId: id, tabId: 'tab-leave-2', now: T0 });
    // Another user naming the same tab removes nothing of the first's.
    await leave(db, room.editor2, { articleId: id, tabId: 'tab-leave-1' });
    expect(await presentEditors(db, id, { now: T0, exceptUserId: room.editor2.id })).toHaveLength(1);
    await leave(db, room.editor2, { articleId: id, tabId: 'tab-leave-2' });
    expect(await presentEditors(db, id, { now: T0, exceptUserId: room.editor.id })).toEqual([]);
  });

  it('keeps the table bounded: a user opening many tabs keeps only their newest rows', async () => {
    const id = await newDraft('Présence à onglets');
    for (let tab = 0; tab < 12; tab++) await heartbeat(db, room.editor, { articleId: id, tabId: `tab-many-${tab}`, now: at(tab) });
    const rows = await rowsOf(id);
    expect(rows).toHaveLength(8);
    expect(rows.map((row) => row.tabId)).toContain('tab-many-11');
    expect(rows.map((row) => row.tabId)).not.toContain('tab-many-0');
  });

  it('refuses users who may not edit the article, and writes nothing for them', async () => {
    const id = await newDraft('Présence réservée');
    // A contributor may edit only their own drafts.
    await expectAppError(heartbeat(db, room.contributor, { articleId: id, tabId: 'tab-stranger', now: T0 }), 'forbidden');
    await expectAppError(heartbeat(db, room.contributor, { articleId: 2_000_000_000, tabId: 'tab-stranger', now: T0 }), 'not_found');
    expect(await rowsOf(id)).toEqual([]);
    // Their own draft is theirs to be present on.
    const own = (await createArticle(db, room.contributor, { locale: 'fr', title: 'Pige', sectionId: room.sectionId })).id;
    expect(await heartbeat(db, room.contributor, { articleId: own, tabId: 'tab-own-draft', now: T0 })).toEqual([]);
    expect(await rowsOf(own)).toHaveLength(1);
  });

  it('refuses a malformed tab id or article id as bad input', async () => {
    const id = await newDraft('Présence mal formée');
    await rejectionOf(heartbeat(db, room.editor, { articleId: id, tabId: 'x', now: T0 }), InvalidInputError);
    await rejectionOf(heartbeat(db, room.editor, { articleId: id, tabId: '<script>alert(1)</script>', now: T0 }), InvalidInputError);
    await rejectionOf(heartbeat(db, room.editor, { articleId: 'abc', tabId: 'tab-valid-1', now: T0 }), InvalidInputError);
    expect(await rowsOf(id)).toEqual([]);
  });
});

describe(`merge sides (${inject('databaseKind')})`, () => {
  it('returns the version both editors started from and the one saved since, with who saved', async () => {
    const id = await newDraft('Deux rédacteurs');
    const start = await loadForm(db, id);
    await edit(db, room.editor2, id, { title: 'Titre corrigé' });
    await edit(db, room.admin, id, { summary: 'Chapeau ajouté' });
    const sides = await getMergeSides(db, room.editor, { id, baseVersion: start.version });
    expect(sides.version).toBe(start.version + 2);
    expect(sides.changedBy).toEqual([room.editor2.name, room.admin.name]);
    expect(sides.base?.title).toBe('Deux rédacteurs');
    expect(sides.base?.summary).toBe('');
    expect(sides.theirs.title).toBe('Titre corrigé');
    expect(sides.theirs.summary).toBe('Chapeau ajouté');
    expect(sides.theirs.authorIds).toEqual(start.input.authorIds);
    expect(sides.theirs).not.toHaveProperty('status');
  });

  it('has no base when its revision is gone, and refuses those who may not edit', async () => {
    const id = await newDraft('Base disparue');
    const start = await loadForm(db, id);
    await db.delete(articleRevisions).where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.version, start.version)));
    await edit(db, room.editor2, id, { title: 'Autre titre' });
    expect((await getMergeSides(db, room.editor, { id, baseVersion: start.version })).base).toBeNull();
    await expectAppError(getMergeSides(db, room.contributor, { id, baseVersion: start.version }), 'forbidden');
  });
});
