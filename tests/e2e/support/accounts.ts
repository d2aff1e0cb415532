import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, inject } from 'vitest';
import { createDb, type Database, type DbHandle } from '@/db/client';
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

type NewAccount = Parameters<typeof createUser>[2];

/**
 * For a describe block of admin tests: before its tests, a connection to the e2e database and an
 * admin to sign in as (createTestAdmin); after them, `beforeClose` (to undo a setting) and closing.
 * `db` may be read only while the tests run.
 */
export function useTestAdmin(
  admin: { email: string; password: string; name: string },
  options: { beforeClose?: (db: Database) => Promise<unknown> } = {},
): { readonly db: Database; createAccount: (account: NewAccount) => Promise<void> } {
  let handle: DbHandle | undefined;
  beforeAll(async () => {
    handle = createDb(inject('e2eDatabaseUrl'), { max: 1 });
    await createTestAdmin(handle.db, admin);
  });
  afterAll(async () => {
    if (handle && options.beforeClose) await options.beforeClose(handle.db);
    await handle?.close();
  });
  const open = () => {
    if (!handle) throw new Error('useTestAdmin: the database is open only while the tests run');
    return handle.db;
  };
  return {
    get db() {
      return open();
    },
    /** An account made by this file's admin, as the accounts page would make it. */
    async createAccount(account) {
      const db = open();
      const [row] = await db.select({ id: users.id }).from(users).where(eq(users.email, admin.email));
      await createUser(db, { id: row!.id, role: 'admin' }, account);
    },
  };
}
