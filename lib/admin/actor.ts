import 'server-only';
import type { UserRole } from '@/db/schema';
import { AppError } from '@/lib/errors';
import { can, type Permission } from '@/lib/auth/permissions';

/** Who is making a change. Every data-layer write takes one and checks it itself. */
export interface Actor {
  id: number;
  role: UserRole;
  authorId?: number | null;
}

export function assertCan(actor: Actor, permission: Permission): void {
  if (!can(actor.role, permission)) throw new AppError('forbidden', `${actor.role} may not ${permission}`);
}
