import { eq } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { articleRevisions, articles } from '@/db/schema';
import type { Actor } from '@/lib/admin/actor';
import {
  changeStatus,
  createArticle,
  createTranslation,
  deleteArticle,
  getArticleForEdit,
  listRevisions,
  saveArticle,
} from '@/lib/admin/articles/queries';
import { AppError } from '@/lib/errors';
import { newsroomTestDb, articleIn, currentVersion, edit, loadForm, rejection, revisionCount, restoreRevision } from './support/articles';

const { db, room } = newsroomTestDb('perm');

type Role = 'contributor' | 'editor' | 'admin';
const ROLES: Role[] = ['contributor', 'editor', 'admin'];
const EVERYONE: Role[] = ROLES;
const EDITORS: Role[] = ['editor', 'admin'];

interface Scenario {
  /** The article the action works on, created before it runs (null for createArticle). */
  prepare: (actor: Actor) => Promise<number | null>;
  /** The action itself; returns the id of the article it should have changed or created. */
  act: (actor: Actor, id: number | null) => Promise<unknown>;
  /** Checks the effect when the action is allowed. */
  check?: (id: number | null, result: unknown) => Promise<void>;
  allowed: Role[];
}

const sectionId = () => room.sectionId;
const own = (status: 'draft' | 'in_review' | 'scheduled' | 'published') => (actor: Actor) => articleIn(db, actor, room.admin, status, { sectionId: sectionId() });
const others = (status: 'draft' | 'in_review' | 'published') => () => articleIn(db, room.contributor2, room.admin, status, { sectionId: sectionId() });
const statusOf = async (id: number) => (await getArticleForEdit(db, id))!.status;

const saveTitle = (actor: Actor, id: number | null) => edit(db, actor, id!, { title: `Retouché par ${actor.role}` });
const checkTitle = async (id: number | null) => expect((await getArticleForEdit(db, id!))!.title).toMatch(/^Retouché par /);
const moveTo = (to: 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished') => async (actor: Actor, id: number | null) =>
  changeStatus(db, actor, { id: id!, expectedVersion: await currentVersion(db, id!), to, publishAt: to === 'scheduled' ? new Date(Date.now() + 3_600_000) : undefined });
const checkStatus = (to: string) => async (id: number | null) => expect(await statusOf(id!)).toBe(to);

/** An article with two versions (v1 "Premier titre", v2 changed by the admin) to restore v1 of. */
const withHistory = (owner: (actor: Actor) => Actor, status: 'draft' | 'published') => async (actor: Actor) => {
  const id = await articleIn(db, owner(actor), room.admin, status, { sectionId: sectionId(), title: 'Premier titre' });
  await edit(db, room.admin, id, { title: 'Titre remplacé' });
  return id;
};
const restoreFirst = async (actor: Actor, id: number | null) => {
  const first = (await listRevisions(db, id!)).at(-1)!;
  return restoreRevision(db, actor, { id: id!, revisionId: first.id, expectedVersion: await currentVersion(db, id!) });
};
const checkRestored = async (id: number | null) => expect((await getArticleForEdit(db, id!))!.title).toBe('Premier titre');

const SCENARIOS: Record<string, Scenario> = {
  'createArticle': {
    prepare: async () => null,
    act: (actor) => createArticle(db, actor, { locale: 'fr', title: `Nouveau ${actor.role}`, sectionId: sectionId() }),
    check: async (_id, result) => expect(await statusOf((result as { id: number }).id)).toBe('draft'),
    allowed: EVERYONE,
  },
  'saveArticle on own draft': { prepare: own('draft'), act: saveTitle, check: checkTitle, allowed: EVERYONE },
  'saveArticle on own in_review article': { prepare: own('in_review'), act: saveTitle, check: checkTitle, allowed: EVERYONE },
  "saveArticle on someone else's draft": { prepare: others('draft'), act: saveTitle, check: checkTitle, allowed: EDITORS },
  "saveArticle on someone else's in_review article": { prepare: others('in_review'), act: saveTitle, check: checkTitle, allowed: EDITORS },
  'saveArticle on own published article': { prepare: own('published'), act: saveTitle, check: checkTitle, allowed: EDITORS },
  "saveArticle on someone else's published article": { prepare: others('published'), act: saveTitle, check: checkTitle, allowed: EDITORS },
  'saveArticle on own scheduled article': { prepare: own('scheduled'), act: saveTitle, check: checkTitle, allowed: EDITORS },
  'changeStatus own draft → in_review': { prepare: own('draft'), act: moveTo('in_review'), check: checkStatus('in_review'), allowed: EVERYONE },
  'changeStatus own in_review → draft': { prepare: own('in_review'), act: moveTo('draft'), check: checkStatus('draft'), allowed: EVERYONE },
  "changeStatus someone else's draft → in_review": { prepare: others('draft'), act: moveTo('in_review'), check: checkStatus('in_review'), allowed: EDITORS },
  "changeStatus someone else's in_review → draft": { prepare: others('in_review'), act: moveTo('draft'), check: checkStatus('draft'), allowed: EDITORS },
  'changeStatus own draft → scheduled': { prepare: own('draft'), act: moveTo('scheduled'), check: checkStatus('scheduled'), allowed: EDITORS },
  'changeStatus own in_review → scheduled': { prepare: own('in_review'), act: moveTo('scheduled'), check: checkStatus('scheduled'), allowed: EDITORS },
  'changeStatus own draft → published': { prepare: own('draft'), act: moveTo('published'), check: checkStatus('published'), allowed: EDITORS },
  'changeStatus own in_review → published': { prepare: own('in_review'), act: moveTo('published'), check: checkStatus('published'), allowed: EDITORS },
  'changeStatus own published → unpublished': { prepare: own('published'), act: moveTo('unpublished'), check: checkStatus('unpublished'), allowed: EDITORS },
  'changeStatus own scheduled → draft': { prepare: own('scheduled'), act: moveTo('draft'), check: checkStatus('draft'), allowed: EDITORS },
  'deleteArticle on own draft': {
    prepare: own('draft'),
    act: async (actor, id) => deleteArticle(db, actor, { id: id!, expectedVersion: await currentVersion(db, id!) }),
    check: async (id) => expect(await getArticleForEdit(db, id!)).toBeNull(),
    allowed: EDITORS,
  },
  "deleteArticle on someone else's published article": {
    prepare: others('published'),
    act: async (actor, id) => deleteArticle(db, actor, { id: id!, expectedVersion: await currentVersion(db, id!) }),
    check: async (id) => expect(await getArticleForEdit(db, id!)).toBeNull(),
    allowed: EDITORS,
  },
  'createTranslation of own draft': {
    prepare: own('draft'),
    act: (actor, id) => createTranslation(db, actor, id!),
    check: async (id, result) => expect((await getArticleForEdit(db, id!))!.twin?.id).toBe((result as { id: number }).id),
    allowed: EVERYONE,
  },
  // Translating starts a new draft of the translator's own; the source is not touched.
  "createTranslation of someone else's published article": {
    prepare: others('published'),
    act: (actor, id) => createTranslation(db, actor, id!),
    check: async (id, result) => expect((await getArticleForEdit(db, id!))!.twin?.id).toBe((result as { id: number }).id),
    allowed: EVERYONE,
  },
  'restoreRevision on own draft': { prepare: withHistory((actor) => actor, 'draft'), act: restoreFirst, check: checkRestored, allowed: EVERYONE },
  "restoreRevision on someone else's draft": { prepare: withHistory(() => room.contributor2, 'draft'), act: restoreFirst, check: checkRestored, allowed: EDITORS },
  'restoreRevision on own published article': { prepare: withHistory((actor) => actor, 'published'), act: restoreFirst, check: checkRestored, allowed: EDITORS },
};

const CASES = Object.entries(SCENARIOS).flatMap(([action, scenario]) =>
  ROLES.map((role) => ({ action, role, scenario, expected: scenario.allowed.includes(role) ? 'allowed' : 'forbidden' })),
);

describe(`article permissions by role (${inject('databaseKind')})`, () => {
  it('covers every role for every action', () => {
    expect(CASES).toHaveLength(Object.keys(SCENARIOS).length * 3);
  });

  it.each(CASES)('$role: $action → $expected', async ({ role, scenario, expected }) => {
    const actor = room[role];
    const id = await scenario.prepare(actor);
    const before = id === null ? null : await db.select().from(articles).where(eq(articles.id, id));
    const revisionsBefore = id === null ? 0 : await revisionCount(db, id);

    if (expected === 'allowed') {
      const result = await scenario.act(actor, id);
      await scenario.check?.(id, result);
      return;
    }

    const error = await rejection(scenario.act(actor, id));
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).code, (error as Error).message).toBe('forbidden');
    // Refused means untouched: same row, same version, no revision written.
    if (id !== null) {
      expect(await db.select().from(articles).where(eq(articles.id, id))).toEqual(before);
      expect(await revisionCount(db, id)).toBe(revisionsBefore);
      expect((await getArticleForEdit(db, id))!.twin).toBeNull();
    }
  });

  it('ownership follows the account that created the article, not its byline', async () => {
    // Only createdBy counts: naming another byline does not lose the contributor their draft, and
    // an editor's change of byline does not give it to the new author's account.
    const id = await articleIn(db, room.contributor, room.admin, 'draft', { sectionId: room.sectionId });
    await edit(db, room.contributor, id, { authorIds: [room.contributor2.authorId] });
    const again = await edit(db, room.contributor, id, { title: 'Toujours à moi' });
    expect(again.version).toBe(3);
    const { version, input } = await loadForm(db, id, { title: 'Pas à toi' });
    const error = await rejection(saveArticle(db, room.contributor2, { id, expectedVersion: version, input }));
    expect((error as AppError).code).toBe('forbidden');
  });

  it('a contributor loses edit rights once their article leaves draft/in_review, and gets them back when an editor returns it to draft', async () => {
    const id = await articleIn(db, room.contributor, room.admin, 'published', { sectionId: room.sectionId });
    expect(((await rejection(edit(db, room.contributor, id, { title: 'x' }))) as AppError).code).toBe('forbidden');
    const versionBefore = await currentVersion(db, id);
    expect(((await rejection(changeStatus(db, room.contributor, { id, expectedVersion: versionBefore, to: 'draft' }))) as AppError).code).toBe('forbidden');
    await changeStatus(db, room.editor, { id, expectedVersion: versionBefore, to: 'unpublished' });
    await changeStatus(db, room.editor, { id, expectedVersion: versionBefore + 1, to: 'draft' });
    const saved = await edit(db, room.contributor, id, { title: 'Corrigé' });
    expect(saved.version).toBe(versionBefore + 3);
  });

  it('a revision of another article cannot be restored into this one', async () => {
    const a = await articleIn(db, room.editor, room.admin, 'draft', { sectionId: room.sectionId });
    const b = await articleIn(db, room.editor, room.admin, 'draft', { sectionId: room.sectionId });
    const [revisionOfA] = await db.select({ id: articleRevisions.id }).from(articleRevisions).where(eq(articleRevisions.articleId, a));
    const error = await rejection(restoreRevision(db, room.editor, { id: b, revisionId: revisionOfA!.id, expectedVersion: 1 }));
    expect((error as AppError).code).toBe('not_found');
  });
});
