import { and, eq, lte } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import type { Database } from '@/db/client';
import { articleAuthors, articleRevisions, articles, articleTags, authors, media, slugRedirects, tags } from '@/db/schema';
import {
  ArticleConflictError,
  changeStatus,
  createArticle,
  createTranslation,
  deleteArticle,
  getArticleForEdit,
  listRevisions,
  publishDueArticles,
  saveArticle,
} from '@/lib/admin/articles/queries';
import { cacheTags, tagsForArticleWrite } from '@/lib/data/cache-tags';
import { newsroomTestDb, auditActions, createAuthor, currentVersion, edit, loadForm, move, rejection, revisionCount, restoreRevision } from './support/articles';
import { ExpectedError } from '@/lib/admin/errors';

const { db, room } = newsroomTestDb('flow');

const HOUR = 3_600_000;
// Fixed instants, months before the demo seed's scheduled article, so no run here can publish it.
const T0 = new Date('2026-03-02T08:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

const newDraft = async (title = 'Une dépêche') =>
  (await createArticle(db, room.editor, { locale: 'fr', title, sectionId: room.sectionId })).id;
const row = async (id: number) => (await db.select().from(articles).where(eq(articles.id, id)))[0]!;

describe(`optimistic locking (${inject('databaseKind')})`, () => {
  it('refuses the second of two saves made from the same version, and writes none of it', async () => {
    const id = await newDraft('Deux éditeurs');
    await edit(db, room.editor, id, { body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Départ' }] }] } });

    // Both editors open the article at version N.
    const first = await loadForm(db, id);
    const second = await loadForm(db, id);
    const n = first.version;
    const revisionsAtN = await revisionCount(db, id);
    const auditAtN = (await auditActions(db, id)).length;

    const saved = await saveArticle(db, room.editor, {
      id,
      expectedVersion: n,
      input: { ...first.input, title: 'Version de la première', tagNames: [`Premier ${room.run}`], body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte de la première' }] }] } },
    });
    expect(saved.version).toBe(n + 1);
    const afterFirst = await row(id);

    const secondTag = `Second-${room.run}`;
    const error = await rejection(
      saveArticle(db, room.editor2, {
        id,
        expectedVersion: n,
        input: {
          ...second.input,
          title: 'Version du second',
          slug: `slug-du-second-${room.run}`,
          sectionId: room.otherSectionId,
          authorIds: [room.editor2.authorId],
          tagNames: [secondTag],
          body: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Texte du second' }] }] },
        },
      }),
    );
    expect(error).toBeInstanceOf(ArticleConflictError);
    const conflict = error as ArticleConflictError;
    expect(conflict.code).toBe('conflict');
    expect(conflict.current.version).toBe(n + 1);
    expect(conflict.current.updatedBy).toBe(room.editor.name);
    expect(new Date(conflict.current.updatedAt).getTime()).toBe(afterFirst.updatedAt.getTime());

    // Nothing of the second save reached the database.
    expect(await row(id)).toEqual(afterFirst);
    const stored = await getArticleForEdit(db, id);
    expect(stored).toMatchObject({ title: 'Version de la première', sectionId: room.sectionId, authorIds: [room.editor.authorId], tagNames: [`Premier ${room.run}`] });
    expect(JSON.stringify(stored!.body)).toContain('Texte de la première');
    expect(await revisionCount(db, id)).toBe(revisionsAtN + 1);
    expect((await auditActions(db, id)).length).toBe(auditAtN + 1);
    expect(await db.select().from(tags).where(eq(tags.name, secondTag))).toEqual([]);
    expect(await db.select().from(slugRedirects).where(eq(slugRedirects.articleId, id))).toEqual([]);

    // Having reloaded, the second editor saves over the first one's version.
    const retry = await saveArticle(db, room.editor2, { id, expectedVersion: n + 1, input: { ...second.input, title: 'Version du second' } });
    expect(retry.version).toBe(n + 2);
    expect(await getArticleForEdit(db, id)).toMatchObject({ title: 'Version du second', version: n + 2, updatedBy: room.editor2.id, updatedByName: room.editor2.name });
  });

  it('lets exactly one of two simultaneous saves of the same version through', async () => {
    const id = await newDraft('Course');
    const form = await loadForm(db, id);
    const results = await Promise.allSettled([
      saveArticle(db, room.editor, { id, expectedVersion: form.version, input: { ...form.input, title: 'Course A' } }),
      saveArticle(db, room.editor2, { id, expectedVersion: form.version, input: { ...form.input, title: 'Course B' } }),
    ]);
    // The row lock serialises the two: one write, one conflict, no lost update.
    const conflicts = results.filter((r) => r.status === 'rejected' && r.reason instanceof ArticleConflictError);
    expect(conflicts).toHaveLength(1);
    const stored = await row(id);
    expect(stored.version).toBe(form.version + 1);
    expect(['Course A', 'Course B']).toContain(stored.title);
    expect(stored.updatedBy).toBe(stored.title === 'Course A' ? room.editor.id : room.editor2.id);
    expect(await revisionCount(db, id)).toBe(2);
    if (inject('databaseKind') === 'postgres') {
      // The winner's call resolves. Not asserted on PGlite: pglite-socket interleaves concurrent
      // extended-protocol queries from different connections (electric-sql/pglite#1046), so the
      // winner's post-commit read of its cache state can fail there with "bind message supplies
      // 1 parameters, but prepared statement requires 3", after its write has committed.
      const winner = results.find((r) => r.status === 'fulfilled');
      expect(winner).toBeDefined();
      expect((winner as PromiseFulfilledResult<{ version: number }>).value.version).toBe(form.version + 1);
    }
  });

  it('also guards status changes, restores and deletions with the version', async () => {
    const id = await newDraft('Périmé');
    await edit(db, room.editor, id, { title: 'Périmé, v2' });
    const firstRevision = (await listRevisions(db, id)).at(-1)!.id;
    for (const attempt of [
      () => changeStatus(db, room.editor2, { id, expectedVersion: 1, to: 'in_review' }),
      () => deleteArticle(db, room.editor2, { id, expectedVersion: 1 }),
      () => restoreRevision(db, room.editor2, { id, revisionId: firstRevision, expectedVersion: 1 }),
    ]) {
      const error = await rejection(attempt());
      expect(error).toBeInstanceOf(ArticleConflictError);
      expect((error as ArticleConflictError).current).toMatchObject({ version: 2, updatedBy: room.editor.name });
    }
    expect(await row(id)).toMatchObject({ status: 'draft', version: 2, title: 'Périmé, v2' });
  });
});

describe(`workflow (${inject('databaseKind')})`, () => {
  it('dates an article at its first publication and keeps that date when it is republished', async () => {
    const id = await newDraft('Première publication');
    expect((await row(id)).publishedAt).toBeNull();
    await move(db, room.editor, id, 'published', { now: at(1) });
    expect(await row(id)).toMatchObject({ status: 'published', publishedAt: at(1), updatedAt: at(1) });

    await move(db, room.editor, id, 'unpublished', { now: at(2) });
    expect(await row(id)).toMatchObject({ status: 'unpublished', publishedAt: at(1) });
    await move(db, room.editor, id, 'published', { now: at(3) });
    expect(await row(id)).toMatchObject({ status: 'published', publishedAt: at(1), updatedAt: at(3) });

    // Back through draft (for a rewrite) and out again: still the first date.
    await move(db, room.editor, id, 'unpublished', { now: at(4) });
    await move(db, room.editor, id, 'draft', { now: at(5) });
    await move(db, room.editor, id, 'published', { now: at(6) });
    expect((await row(id)).publishedAt).toEqual(at(1));
  });

  it('publishing from review dates the article now', async () => {
    const id = await newDraft('Relu puis publié');
    await move(db, room.editor, id, 'in_review', { now: at(1) });
    await move(db, room.editor, id, 'published', { now: at(2) });
    expect(await row(id)).toMatchObject({ status: 'published', publishedAt: at(2) });
  });

  it('schedules only for a future time, and unscheduling clears it', async () => {
    const id = await newDraft('Programmé');
    for (const publishAt of [undefined, null, at(0), at(-1)]) {
      const error = await rejection(changeStatus(db, room.editor, { id, expectedVersion: 1, to: 'scheduled', publishAt, now: at(0) }));
      expect(error).toBeInstanceOf(ExpectedError);
      expect(error).toMatchObject({ field: 'publishAt', messageKey: 'errors.future', code: 'bad_request' });
    }
    expect(await row(id)).toMatchObject({ status: 'draft', version: 1, publishedAt: null });

    await changeStatus(db, room.editor, { id, expectedVersion: 1, to: 'scheduled', publishAt: at(2), now: at(0) });
    expect(await row(id)).toMatchObject({ status: 'scheduled', publishedAt: at(2), version: 2 });
    await changeStatus(db, room.editor, { id, expectedVersion: 2, to: 'draft', now: at(1) });
    expect(await row(id)).toMatchObject({ status: 'draft', publishedAt: null, version: 3 });

    // Publishing a scheduled article early dates it at the moment it goes out.
    await changeStatus(db, room.editor, { id, expectedVersion: 3, to: 'scheduled', publishAt: at(5), now: at(1) });
    await changeStatus(db, room.editor, { id, expectedVersion: 4, to: 'published', now: at(2) });
    expect(await row(id)).toMatchObject({ status: 'published', publishedAt: at(2) });
  });

  const INVALID: [string, 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished'][] = [
    ['draft', 'draft'],
    ['draft', 'unpublished'],
    ['in_review', 'in_review'],
    ['in_review', 'unpublished'],
    ['scheduled', 'scheduled'],
    ['scheduled', 'in_review'],
    ['scheduled', 'unpublished'],
    ['published', 'published'],
    ['published', 'draft'],
    ['published', 'in_review'],
    ['published', 'scheduled'],
    ['unpublished', 'unpublished'],
    ['unpublished', 'in_review'],
  ];
  it.each(INVALID)('refuses %s → %s', async (from, to) => {
    const id = await newDraft(`Transition ${from} ${to}`);
    if (from === 'in_review') await move(db, room.editor, id, 'in_review');
    if (from === 'scheduled') await move(db, room.editor, id, 'scheduled', { publishAt: new Date(Date.now() + HOUR) });
    if (from === 'published' || from === 'unpublished') await move(db, room.editor, id, 'published');
    if (from === 'unpublished') await move(db, room.editor, id, 'unpublished');
    const before = await row(id);
    const error = await rejection(
      changeStatus(db, room.editor, { id, expectedVersion: before.version, to, publishAt: to === 'scheduled' ? new Date(Date.now() + 2 * HOUR) : undefined }),
    );
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ field: 'status', messageKey: 'errors.transition' });
    expect(await row(id)).toEqual(before);
  });

  it('bumps the version and keeps a revision at every write; autosaves by one person collapse into one', async () => {
    const id = await newDraft('Historique');
    const versions: number[] = [1];
    const step = async (change: Promise<{ version: number }>) => versions.push((await change).version);

    await step(edit(db, room.editor, id, { title: 'Historique, v2' })); // 2 save
    await step(move(db, room.editor, id, 'in_review')); // 3 status
    await step(edit(db, room.editor, id, { summary: 'frappe 1' }, 'autosave')); // 4 autosave …
    await step(edit(db, room.editor, id, { summary: 'frappe 2' }, 'autosave')); // 5 … collapsed into 4's revision
    await step(edit(db, room.editor, id, { summary: 'frappe 3' }, 'autosave')); // 6 … and again
    await step(edit(db, room.editor2, id, { summary: 'autre main' }, 'autosave')); // 7 another person: its own revision
    await step(edit(db, room.editor2, id, { summary: 'autre main 2' }, 'autosave')); // 8 collapsed into 7's
    await step(edit(db, room.editor, id, { summary: 'retour' }, 'autosave')); // 9 back to the first: new revision
    await step(edit(db, room.editor, id, { title: 'Historique, final' })); // 10 save
    await step(edit(db, room.editor, id, { summary: 'après enregistrement' }, 'autosave')); // 11 autosave after a save: new
    await step(move(db, room.editor, id, 'published')); // 12 status
    expect(versions).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);

    const revisions = await listRevisions(db, id);
    expect(revisions.map((r) => [r.version, r.reason, r.userName])).toEqual([
      [12, 'status', room.editor.name],
      [11, 'autosave', room.editor.name],
      [10, 'save', room.editor.name],
      [9, 'autosave', room.editor.name],
      [8, 'autosave', room.editor2.name],
      [6, 'autosave', room.editor.name],
      [3, 'status', room.editor.name],
      [2, 'save', room.editor.name],
      [1, 'create', room.editor.name],
    ]);

    // A collapsed autosave holds the latest content it saw.
    const [collapsed] = await db.select().from(articleRevisions).where(and(eq(articleRevisions.articleId, id), eq(articleRevisions.version, 6)));
    expect(collapsed!.snapshot).toMatchObject({ summary: 'frappe 3', status: 'in_review', title: 'Historique, v2' });

    // Restoring is a new version too: history is never rewritten.
    const v2 = revisions.find((r) => r.version === 2)!;
    const restored = await restoreRevision(db, room.admin, { id, revisionId: v2.id, expectedVersion: 12 });
    expect(restored.version).toBe(13);
    expect(await row(id)).toMatchObject({ title: 'Historique, v2', summary: '', status: 'published', version: 13 });
    expect((await listRevisions(db, id))[0]).toMatchObject({ version: 13, reason: 'restore', userName: room.admin.name });
  });

  it('restores a revision whose cover or byline has since been deleted, without them', async () => {
    const [cover] = await db
      .insert(media)
      .values({ storageKey: `tests/${room.run}/couverture.webp`, mimeType: 'image/webp', width: 1200, height: 675, bytes: 1000 })
      .returning({ id: media.id });
    const goneAuthor = await createAuthor(db, `${room.run}-parti`);
    const id = await newDraft('Restauration incomplète');
    await edit(db, room.editor, id, { title: 'Avec photo', coverId: cover!.id, coverAlt: 'Une photo', authorIds: [goneAuthor, room.editor.authorId] });
    await edit(db, room.editor, id, { title: 'Sans photo', coverId: null, authorIds: [room.editor2.authorId] });
    await db.delete(media).where(eq(media.id, cover!.id));
    await db.delete(authors).where(eq(authors.id, goneAuthor));

    const withPhoto = (await listRevisions(db, id)).find((r) => r.version === 2)!;
    const restored = await restoreRevision(db, room.editor, { id, revisionId: withPhoto.id, expectedVersion: 3 });
    expect(restored.version).toBe(4);
    expect(await getArticleForEdit(db, id)).toMatchObject({ title: 'Avec photo', coverId: null, cover: null, authorIds: [room.editor.authorId] });

    // With every byline of the revision gone, the current ones stay.
    const lonely = await createAuthor(db, `${room.run}-seul`);
    await edit(db, room.editor, id, { title: 'Signé seul', authorIds: [lonely] });
    await edit(db, room.editor, id, { title: 'Signé autrement', authorIds: [room.editor2.authorId] });
    await edit(db, room.editor, id, { title: 'Signé autrement', authorIds: [room.editor2.authorId, room.editor.authorId] });
    await db.delete(authors).where(eq(authors.id, lonely));
    const alone = (await listRevisions(db, id)).find((r) => r.version === 5)!;
    await restoreRevision(db, room.editor, { id, revisionId: alone.id, expectedVersion: 7 });
    expect(await getArticleForEdit(db, id)).toMatchObject({ title: 'Signé seul', authorIds: [room.editor2.authorId, room.editor.authorId] });
  });

  it('refuses to create an article in a section that does not exist', async () => {
    const error = await rejection(createArticle(db, room.editor, { locale: 'fr', title: `Nulle part ${room.run}`, sectionId: 2_000_000_000 }));
    expect(error).toBeInstanceOf(ExpectedError);
    expect(error).toMatchObject({ field: 'sectionId', messageKey: 'errors.choice' });
    expect(await db.select({ id: articles.id }).from(articles).where(eq(articles.title, `Nulle part ${room.run}`))).toEqual([]);
  });

  it('writes an audit entry with the right action for each change', async () => {
    const id = await newDraft('Audité');
    await edit(db, room.editor, id, { title: 'Audité, v2' });
    await edit(db, room.editor, id, { summary: 'brouillon auto' }, 'autosave');
    await move(db, room.editor, id, 'in_review');
    await move(db, room.editor, id, 'draft');
    await move(db, room.editor, id, 'scheduled', { publishAt: new Date(Date.now() + HOUR) });
    await move(db, room.editor, id, 'draft');
    await move(db, room.editor, id, 'published', { now: at(1) });
    await move(db, room.admin, id, 'unpublished', { now: at(2) });
    const first = (await listRevisions(db, id)).at(-1)!;
    await restoreRevision(db, room.admin, { id, revisionId: first.id, expectedVersion: await currentVersion(db, id) });
    const twin = await createTranslation(db, room.editor2, id);
    await deleteArticle(db, room.admin, { id, expectedVersion: await currentVersion(db, id) });

    const entries = await auditActions(db, id);
    expect(entries.map((e) => [e.action, e.userId])).toEqual([
      ['article.create', room.editor.id],
      ['article.update', room.editor.id], // the autosave leaves no audit entry
      ['article.submit', room.editor.id],
      ['article.to_draft', room.editor.id],
      ['article.schedule', room.editor.id],
      ['article.to_draft', room.editor.id],
      ['article.publish', room.editor.id],
      ['article.unpublish', room.admin.id],
      ['article.update', room.admin.id], // the restore saves …
      ['article.restore', room.admin.id], // … and says so
      ['article.delete', room.admin.id],
    ]);
    expect(entries.find((e) => e.action === 'article.publish')!.details).toMatchObject({ from: 'draft', to: 'published', publishedAt: at(1).toISOString() });
    expect(entries.at(-1)!.details).toMatchObject({ title: 'Audité', locale: 'fr' });
    expect((await auditActions(db, twin.id)).map((e) => [e.action, e.userId, e.details])).toEqual([['article.translate', room.editor2.id, { from: id, locale: 'ar' }]]);

    // Deleting removes the article and its history rows, but the audit trail stays.
    expect(await db.select().from(articleRevisions).where(eq(articleRevisions.articleId, id))).toEqual([]);
    expect(await db.select().from(articleAuthors).where(eq(articleAuthors.articleId, id))).toEqual([]);
    expect(await db.select().from(articleTags).where(eq(articleTags.articleId, id))).toEqual([]);
  });

  it('cache tags: a draft edit touches nothing on the reader site, a published edit its pages', async () => {
    const id = await newDraft('Cache');
    const draftEdit = await edit(db, room.editor, id, { title: 'Cache, brouillon' });
    expect(tagsForArticleWrite(draftEdit.before, draftEdit.after)).toEqual([]);
    const publish = await move(db, room.editor, id, 'published');
    expect(tagsForArticleWrite(publish.before, publish.after)).toEqual(expect.arrayContaining([cacheTags.article(id), cacheTags.front('fr'), cacheTags.section(room.sectionId)]));
    const moved = await edit(db, room.editor, id, { sectionId: room.otherSectionId, tagNames: [`Cache ${room.run}`] });
    const tagsMoved = tagsForArticleWrite(moved.before, moved.after);
    expect(tagsMoved).toEqual(expect.arrayContaining([cacheTags.section(room.sectionId), cacheTags.section(room.otherSectionId), cacheTags.tag(moved.after!.tagIds[0]!)]));
    const deleted = await deleteArticle(db, room.editor, { id, expectedVersion: moved.version });
    expect(deleted.after).toBeNull();
    expect(tagsForArticleWrite(deleted.before, deleted.after)).toEqual(expect.arrayContaining([cacheTags.article(id), cacheTags.section(room.otherSectionId)]));
  });
});

describe(`scheduled publishing (${inject('databaseKind')})`, () => {
  /** Every scheduled article in the shared database that is due at `now`, whoever made it. */
  const dueAt = async (now: Date) =>
    (await db.select({ id: articles.id }).from(articles).where(and(eq(articles.status, 'scheduled'), lte(articles.publishedAt, now)))).map((r) => r.id).sort((a, b) => a - b);

  const scheduled = async (title: string, hours: number) => {
    const id = await newDraft(title);
    await changeStatus(db, room.editor, { id, expectedVersion: 1, to: 'scheduled', publishAt: at(hours), now: T0 });
    return id;
  };

  it('publishes exactly the scheduled articles whose time has come, once', async () => {
    const early = await scheduled('Programmé tôt', 1);
    const onTheDot = await scheduled("Programmé à l'heure", 2);
    const later = await scheduled('Programmé plus tard', 5);
    const draft = await newDraft('Brouillon à côté');
    const review = await newDraft('En relecture à côté');
    await move(db, room.editor, review, 'in_review');
    await edit(db, room.editor, early, { tagNames: [`Agenda ${room.run}`] });

    const now = at(2);
    const expected = await dueAt(now);
    expect(expected).toEqual(expect.arrayContaining([early, onTheDot]));
    expect(expected).not.toContain(later);

    const changes = await publishDueArticles(db, now);
    expect(changes.map((c) => c.id).sort((a, b) => a - b)).toEqual(expected);

    expect(await row(early)).toMatchObject({ status: 'published', publishedAt: at(1), updatedAt: now, version: 4 });
    expect(await row(onTheDot)).toMatchObject({ status: 'published', publishedAt: at(2), version: 3 });
    expect(await row(later)).toMatchObject({ status: 'scheduled', publishedAt: at(5), version: 2 });
    expect(await row(draft)).toMatchObject({ status: 'draft', version: 1 });
    expect(await row(review)).toMatchObject({ status: 'in_review', version: 2 });

    const change = changes.find((c) => c.id === early)!;
    expect(change.version).toBe(4);
    expect(change.before).toMatchObject({ status: 'scheduled' });
    expect(change.after).toMatchObject({ status: 'published', sectionId: room.sectionId });
    const tagsToExpire = tagsForArticleWrite(change.before, change.after);
    expect(tagsToExpire).toEqual(
      expect.arrayContaining([
        cacheTags.article(early),
        cacheTags.articleSlug('fr', change.after!.slug),
        cacheTags.front('fr'),
        cacheTags.latest('fr'),
        cacheTags.section(room.sectionId),
        cacheTags.author(room.editor.authorId),
        cacheTags.tag(change.after!.tagIds[0]!),
      ]),
    );

    // The scheduler is the one acting: no user on the revision or the audit entry.
    expect((await listRevisions(db, early))[0]).toMatchObject({ version: 4, reason: 'status', userName: null });
    expect((await auditActions(db, early)).at(-1)).toMatchObject({ action: 'article.publish_scheduled', userId: null, details: { publishedAt: at(1).toISOString() } });

    // A second run finds nothing left to do.
    expect(await publishDueArticles(db, now)).toEqual([]);
    expect((await row(early)).version).toBe(4);

    // Later on, the remaining one goes out.
    const next = await publishDueArticles(db, at(6));
    expect(next.map((c) => c.id)).toContain(later);
    expect(await row(later)).toMatchObject({ status: 'published', publishedAt: at(5) });
  });

  it('does not publish an article unscheduled before the run', async () => {
    const id = await scheduled('Déprogrammé', 1);
    await changeStatus(db, room.editor, { id, expectedVersion: 2, to: 'draft', now: at(0.5) });
    const changes = await publishDueArticles(db, at(2));
    expect(changes.map((c) => c.id)).not.toContain(id);
    expect(await row(id)).toMatchObject({ status: 'draft', publishedAt: null, version: 3 });
  });

  it('re-checks each article under its lock: one unscheduled, published by hand or postponed after the scan is left alone', async () => {
    const unscheduled = await scheduled('Déprogrammé au dernier moment', 1);
    const byHand = await scheduled('Publié à la main entre-temps', 1);
    const postponed = await scheduled('Repoussé entre-temps', 1);
    let raced = false;
    // The editors' changes land after the scheduler listed the due articles, before it locks the first one.
    const racing = new Proxy(db, {
      get(target, property, receiver) {
        if (property !== 'transaction') return Reflect.get(target, property, receiver);
        return async (...args: Parameters<Database['transaction']>) => {
          if (!raced) {
            raced = true;
            await changeStatus(db, room.editor, { id: unscheduled, expectedVersion: 2, to: 'draft', now: at(1.5) });
            await changeStatus(db, room.editor, { id: byHand, expectedVersion: 2, to: 'published', now: at(1.5) });
            await changeStatus(db, room.editor, { id: postponed, expectedVersion: 2, to: 'draft', now: at(1.5) });
            await changeStatus(db, room.editor, { id: postponed, expectedVersion: 3, to: 'scheduled', publishAt: at(5), now: at(1.5) });
          }
          return target.transaction(...args);
        };
      },
    });
    const changes = await publishDueArticles(racing, at(2));
    expect(raced).toBe(true);
    const published = changes.map((c) => c.id);
    for (const id of [unscheduled, byHand, postponed]) expect(published).not.toContain(id);
    expect(await row(unscheduled)).toMatchObject({ status: 'draft', publishedAt: null, version: 3 });
    expect(await row(byHand)).toMatchObject({ status: 'published', publishedAt: at(1.5), version: 3, updatedBy: room.editor.id });
    expect(await row(postponed)).toMatchObject({ status: 'scheduled', publishedAt: at(5), version: 4 });
    for (const id of [unscheduled, byHand, postponed]) {
      expect((await auditActions(db, id)).map((e) => e.action)).not.toContain('article.publish_scheduled');
    }
  });

  it('does not touch scheduled articles whose time has not come', async () => {
    const id = await scheduled('Pas encore', 3);
    expect((await publishDueArticles(db, at(2.99))).map((c) => c.id)).not.toContain(id);
    expect(await row(id)).toMatchObject({ status: 'scheduled', version: 2 });
  });
});
