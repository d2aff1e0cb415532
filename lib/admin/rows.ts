import 'server-only';
import { and, count, eq, ne, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable, PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database, Tx } from '@/db/client';
import { ARTICLE_TAG_LIMIT } from '@/lib/data/cache-tags';
import { AppError } from '@/lib/errors';
import { ExpectedError, slugConflictFrom } from './errors';

/**
 * The steps every newsroom table write shares (taxonomy, house ads, ticker): find the row or 404,
 * refuse a taken slug or a row still in use, and list the articles whose pages show the row.
 */

type TableWithId = PgTable & { id: AnyPgColumn };

/**
 * Runs a write that sets slugs in one transaction. Two editors saving the same slug at once both
 * pass `assertSlugFree`; the unique index (named in `slugIndexes`, with the field it guards) stops
 * the second, which then gets the same field error.
 */
export function slugTransaction<T>(db: Database, slugIndexes: Record<string, string>, write: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(write).catch((error: unknown) => slugConflictFrom(error, slugIndexes));
}

/** The row, locked until the transaction ends; `what` names it in the 404 ("author", "tag"). */
export async function lockRow<T extends TableWithId>(tx: Tx, table: T, id: number, what: string): Promise<T['$inferSelect']> {
  const [row] = await tx
    .select()
    .from(table as PgTable)
    .where(eq(table.id, id))
    .for('update');
  if (!row) throw new AppError('not_found', `No ${what} ${id}`);
  return row as T['$inferSelect'];
}

/** Inserts one row and returns its id. */
export async function insertRow<T extends TableWithId>(tx: Tx, table: T, values: T['$inferInsert']): Promise<number> {
  const [row] = await tx.insert(table).values(values).returning({ id: table.id });
  return row!.id as number;
}

/** Writes `values` over the row, stamping `updatedAt`. */
export async function updateRow<T extends TableWithId>(tx: Tx, table: T, id: number, values: Partial<T['$inferInsert']>, now = new Date()): Promise<void> {
  await tx
    .update(table)
    .set({ ...values, updatedAt: now } as PgUpdateSetSource<T>)
    .where(eq(table.id, id));
}

/** Deletes the row and returns it as it was, or 404s. */
export async function deleteRow<T extends TableWithId>(tx: Tx, table: T, id: number, what: string): Promise<T['$inferSelect']> {
  const [row] = await tx.delete(table).where(eq(table.id, id)).returning();
  if (!row) throw new AppError('not_found', `No ${what} ${id}`);
  return row as T['$inferSelect'];
}

/** Refuses when another row (not `exceptId`) already matches `same`; the form shows it on `field`. */
export async function assertSlugFree(tx: Tx, table: TableWithId, same: SQL, field: string, exceptId?: number): Promise<void> {
  const [taken] = await tx
    .select({ id: table.id })
    .from(table)
    .where(exceptId ? and(same, ne(table.id, exceptId)) : same);
  if (taken) throw new ExpectedError('conflict', 'errors.slugTaken', { field });
}

/** Refuses while any article row matches `where`; `messageKey` says what must move first. */
export async function assertNoArticles(tx: Tx, table: PgTable, where: SQL, messageKey: string): Promise<void> {
  const [used] = await tx.select({ n: count() }).from(table).where(where);
  if ((used?.n ?? 0) > 0) throw new ExpectedError('conflict', messageKey, { values: { articles: used!.n } });
}

/**
 * The articles linked to a row (at most the tag limit + 1, past which the whole listing expires):
 * `articleId` from `table` where `key` is `id`.
 */
export async function linkedArticleIds(tx: Tx, table: PgTable, articleId: AnyPgColumn, key: AnyPgColumn, id: number): Promise<number[]> {
  const rows = await tx
    .select({ id: articleId })
    .from(table)
    .where(eq(key, id))
    .limit(ARTICLE_TAG_LIMIT + 1);
  return rows.map((row) => row.id as number);
}
