import { describe, expect, inject, it } from 'vitest';
import { createArticle, searchLinkTargets } from '@/lib/admin/articles/queries';
import { edit, move, newsroomTestDb } from './support/articles';

/* The link dialog's search: only what readers can open, in the asked language, by title. */

const { db, room } = newsroomTestDb('links');

describe(`link targets (${inject('databaseKind')})`, () => {
  it('finds published articles by a part of their title, not drafts, in the asked language', async () => {
    const word = `phare${room.run.replace(/[^a-z0-9]/g, '')}`;
    const published = (await createArticle(db, room.editor, { locale: 'fr', title: `Le ${word} de Cap Spartel`, sectionId: room.sectionId })).id;
    await move(db, room.editor, published, 'published');
    await createArticle(db, room.editor, { locale: 'fr', title: `Brouillon du ${word}`, sectionId: room.sectionId });
    const arabic = (await createArticle(db, room.editor, { locale: 'ar', title: `منارة ${word}`, sectionId: room.sectionId })).id;
    await move(db, room.editor, arabic, 'published');

    const found = await searchLinkTargets(db, { q: word.toUpperCase(), locale: 'fr' });
    expect(found.map((row) => row.id)).toEqual([published]);
    expect(found[0]).toMatchObject({ locale: 'fr', title: `Le ${word} de Cap Spartel` });
    expect((await searchLinkTargets(db, { q: word, locale: 'ar' })).map((row) => row.id)).toEqual([arabic]);
    expect((await searchLinkTargets(db, { q: word })).map((row) => row.id).sort()).toEqual([published, arabic].sort());
  });

  it('reads % and _ in the query as letters, not patterns', async () => {
    const id = (await createArticle(db, room.editor, { locale: 'fr', title: `Hausse de 5% ${room.run}`, sectionId: room.sectionId })).id;
    await move(db, room.editor, id, 'published');
    await edit(db, room.editor, id, { summary: 'publié' });
    expect((await searchLinkTargets(db, { q: `5% ${room.run}` })).map((row) => row.id)).toEqual([id]);
    expect(await searchLinkTargets(db, { q: `_% ${room.run}x` })).toEqual([]);
  });
});
