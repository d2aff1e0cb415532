import { eq } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import { countUsers, createUser } from '@/lib/admin/users-queries';

/** An admin for this file: the first account if none exists yet, otherwise one created by an existing admin. */
export async function createTestAdmin(db: Database, admin: { email: string; password: string; name: string }): Promise<void> {
  if ((await countUsers(db)) === 0) {
    await createUser(db, null, { ...admin, role: 'admin' });
    return;
  }
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  await createUser(db, { id: existing!.id, role: 'admin' }, { ...admin, role: 'admin' });
}
