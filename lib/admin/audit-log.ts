import 'server-only';
import { withDb } from '@/db';
import type { Actor } from './actor';
import * as q from './audit-log-queries';

export { AUDIT_PAGE_SIZE, auditFilterSchema, type AuditFilter, type AuditRow } from './audit-log-queries';

export function listAudit(actor: Actor, filter?: q.AuditFilter) {
  return withDb('admin.audit.list', (db) => q.listAudit(db, actor, filter));
}

export function auditFilterOptions(actor: Actor) {
  return withDb('admin.audit.options', (db) => q.auditFilterOptions(db, actor));
}
