import 'server-only';
import { and, asc, count, desc, eq, like, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { auditLog, users } from '@/db/schema';
import { assertCan, type Actor } from './actor';
import { parseInput } from './errors';
import { pageOf } from './paging';

export const AUDIT_PAGE_SIZE = 50;

export const auditFilterSchema = z.object({
  userId: z.coerce.number().int().positive().optional().catch(undefined),
  // 'user.' finds user.create, user.update…; matched as a prefix, never as a pattern.
  action: z.string().trim().max(60).optional().catch(undefined),
  entityType: z.string().trim().max(60).optional().catch(undefined),
  entityId: z.string().trim().max(60).optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100_000).catch(1),
});
export type AuditFilter = { userId?: number | string; action?: string; entityType?: string; entityId?: string; page?: number | string };

export interface AuditRow {
  id: number;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  details: Record<string, unknown>;
  user: { id: number; name: string; email: string } | null;
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (char) => `\\${char}`);
}

/** Newest first, with the filters of the audit page; `total` is for the pager. */
export async function listAudit(db: Database, actor: Actor, filter: AuditFilter = {}): Promise<{ rows: AuditRow[]; total: number; page: number; pages: number }> {
  assertCan(actor, 'audit.view');
  const f = parseInput(auditFilterSchema, filter);
  const conditions: SQL[] = [];
  if (f.userId) conditions.push(eq(auditLog.userId, f.userId));
  if (f.action) conditions.push(like(auditLog.action, `${escapeLike(f.action)}%`));
  if (f.entityType) conditions.push(eq(auditLog.entityType, f.entityType));
  if (f.entityId) conditions.push(eq(auditLog.entityId, f.entityId));
  const where = conditions.length ? and(...conditions) : undefined;
  const [totalRow] = await db.select({ value: count() }).from(auditLog).where(where);
  const total = totalRow?.value ?? 0;
  const { page, pages, offset } = pageOf(total, f.page, AUDIT_PAGE_SIZE);
  const rows = await db
    .select({
      id: auditLog.id,
      createdAt: auditLog.createdAt,
      action: auditLog.action,
      entityType: auditLog.entityType,
      entityId: auditLog.entityId,
      details: auditLog.details,
      user: { id: users.id, name: users.name, email: users.email },
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.userId))
    .where(where)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset(offset);
  return { rows: rows.map((row) => ({ ...row, details: (row.details ?? {}) as Record<string, unknown> })), total, page, pages };
}

/** Choices for the audit page's filters: accounts that appear in the log, and the entity types and action families used. */
export async function auditFilterOptions(db: Database, actor: Actor) {
  assertCan(actor, 'audit.view');
  const [people, types, families] = await Promise.all([
    db.select({ id: users.id, name: users.name, email: users.email }).from(users).orderBy(asc(users.name)),
    db.selectDistinct({ value: auditLog.entityType }).from(auditLog).orderBy(asc(auditLog.entityType)),
    db
      .selectDistinct({ value: sql<string>`split_part(${auditLog.action}, '.', 1)` })
      .from(auditLog)
      .orderBy(sql`1`),
  ]);
  return { users: people, entityTypes: types.map((row) => row.value), actionPrefixes: families.map((row) => `${row.value}.`) };
}
