import { describe, expect, inject, it } from 'vitest';
import { createArticle, getArticleForEdit, getRevision, listRevisions, revisionToRestore } from '@/lib/admin/articles/queries';
import { getArticleBySlug } from '@/lib/data/reader-queries';
import { currentVersion, edit, move, newsroomTestDb, restoreRevision } from './support/articles';

/*
 * The history an editor reads: revisions numbered without gaps, and a restore that readers do
 * not see until the editor saves (publishes) it.
 */

const { db, room } = newsroomTestDb('history');

async function newDraft(title: string) {
  return (await createArticle(db, room.editor, { locale: 'fr', title: `${title} ${room.run}`, sectionId: room.sectionId })).id;
}

describe(`article history (${inject('databaseKind')})`, () => {
  it('numbers revisions 1, 2, 3… even when a run of autosaves collapsed into one', async () => {
    const id = await newDraft('Numérotée');
    await edit(db, room.editor, id, { summary: 'frappe 1' }, 'autosave'); // v2: revision 2…
    await edit(db, room.editor, id, { summary: 'frappe 2' }, 'autosave'); // v3: …now holding v3
    await edit(db, room.editor, id, { title: 'Numérotée, relue' }); // v4
    await move(db, room.editor, id, 'in_review'); // v5
    await edit(db, room.editor, id, { summary: 'frappe 3' }, 'autosave'); // v6
    const revisions = await listRevisions(db, id);
    expect(revisions.map((r) => r.version)).toEqual([6, 5, 4, 3, 1]);
    expect(revisions.map((r) => r.number)).toEqual([5, 4, 3, 2, 1]);
    // One revision alone says the same number as the list.
    for (const revision of revisions) expect((await getRevision(db, id, revision.id))!.number).toBe(revision.number);
  });

  it('loads an old version of a published article without changing what readers see, until it is saved', async () => {
    const id = await newDraft('En ligne');
    await edit(db, room.editor, id, { title: `Premier titre ${room.run}`, summary: 'Premier chapeau' });
    await edit(db, room.editor, id, { title: `Titre publié ${room.run}`, summary: 'Chapeau publié' });
    await move(db, room.editor, id, 'published');
    const article = await getArticleForEdit(db, id);
    const before = await getArticleBySlug(db, 'fr', article!.slug);
    expect(before?.title).toBe(`Titre publié ${room.run}`);

    const first = (await listRevisions(db, id)).find((r) => r.number === 2)!;
    const versionBefore = await currentVersion(db, id);
    const loaded = await revisionToRestore(db, id, first.id);
    expect(loaded).toMatchObject({ number: 2, input: { title: `Premier titre ${room.run}`, summary: 'Premier chapeau' }, live: { title: `Titre publié ${room.run}`, status: 'published' } });
    // Loading wrote nothing: same version, readers still see the published text.
    expect(await currentVersion(db, id)).toBe(versionBefore);
    expect((await getArticleBySlug(db, 'fr', article!.slug))?.title).toBe(`Titre publié ${room.run}`);

    // The editor's save is what puts it live, recorded as a restore.
    await restoreRevision(db, room.editor, { id, revisionId: first.id, expectedVersion: versionBefore });
    expect((await getArticleBySlug(db, 'fr', article!.slug))?.title).toBe(`Premier titre ${room.run}`);
    expect((await listRevisions(db, id))[0]).toMatchObject({ reason: 'restore', number: 5 });
  });

  it('has nothing to restore from another article', async () => {
    const a = await newDraft('Autre A');
    const b = await newDraft('Autre B');
    const [revisionOfA] = await listRevisions(db, a);
    expect(await revisionToRestore(db, b, revisionOfA!.id)).toBeNull();
  });
});
