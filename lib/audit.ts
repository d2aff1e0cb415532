import type { Database } from '@/db/client';
import { auditLog } from '@/db/schema';

export interface AuditEvent {
  userId: number | null;
  // dotted verb: 'article.publish', 'user.create', 'settings.update' …
  action: string;
  entityType: string;
  entityId?: string | number | null;
  details?: Record<string, unknown>;
}

/** Records who did what to which item. Written in the same transaction as the change when there is one. */
export async function audit(db: Pick<Database, 'insert'>, event: AuditEvent): Promise<void> {
  await db.insert(auditLog).values({
    userId: event.userId,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId == null ? null : String(event.entityId),
    details: event.details ?? {},
  });
}
