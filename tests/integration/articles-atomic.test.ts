import { sql } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { createArticle, listRevisions } from '@/lib/admin/articles/queries';
import { newsroomTestDb, auditActions, currentVersion, edit, restoreRevision } from './support/articles';

/*
 * A write either happens whole or not at all: the article row, its revision and its audit entry
 * of one change are written by one transaction, so a crash (a killed server) between two of
 * them cannot exist. PostgreSQL stamps every row version with the transaction that wrote it
 * (xmin): rows of one change must carry the same one.
 */

const { db, room } = newsroomTestDb('atomic');

async function writers(id: number) {
  const version = await currentVersion(db, id);
  const article = await db.execute<{ xid: string }>(sql`select xmin::text as xid from articles where id = ${id}`);
  const revision = await db.execute<{ xid: string; reason: string }>(sql`select xmin::text as xid, reason from article_revisions where article_id = ${id} and version = ${version}`);
  const audits = await db.execute<{ xid: string; action: string }>(
    sql`select xmin::text as xid, action from audit_log where entity_type = 'article' and entity_id = ${String(id)} and (details->>'version')::int = ${version} order by id`,
  );
  return { article: article.rows[0]!.xid, revision: revision.rows[0]!, audits: audits.rows };
}

describe(`one transaction per article write (${inject('databaseKind')})`, () => {
  it('a save writes the article, its revision and its audit entry together', async () => {
    const { id } = await createArticle(db, room.editor, { locale: 'fr', title: 'Atomique', sectionId: room.sectionId });
    await edit(db, room.editor, id, { title: 'Atomique, v2' });
    const written = await writers(id);
    expect(written.revision).toEqual({ xid: written.article, reason: 'save' });
    expect(written.audits).toEqual([{ xid: written.article, action: 'article.update' }]);
  });

  it('a restore writes the article, its "restore" revision and both audit entries together', async () => {
    const { id } = await createArticle(db, room.editor, { locale: 'fr', title: 'Restauré', sectionId: room.sectionId });
    await edit(db, room.editor, id, { title: 'Restauré, v2' });
    const first = (await listRevisions(db, id)).at(-1)!;
    await restoreRevision(db, room.editor, { id, revisionId: first.id, expectedVersion: await currentVersion(db, id) });
    const written = await writers(id);
    expect(written.revision).toEqual({ xid: written.article, reason: 'restore' });
    expect(written.audits).toEqual([
      { xid: written.article, action: 'article.update' },
      { xid: written.article, action: 'article.restore' },
    ]);
    expect((await auditActions(db, id)).map((entry) => entry.action)).toEqual(['article.create', 'article.update', 'article.update', 'article.restore']);
  });
});
