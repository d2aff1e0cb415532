import { eq } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import type { Database } from '@/db/client';
import { users } from '@/db/schema';
import { countUsers, createUser } from '@/lib/admin/users-queries';

/** Signs in through the real form and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string, locale: 'fr' | 'ar' = 'fr') {
  await page.goto(`${baseUrl}/admin/${locale}/login`);
  await page.fill('#email', email);
  await page.fill('#password', password);
  await Promise.all([page.waitForURL(`${baseUrl}/admin/${locale}`), page.click('main button[type=submit]')]);
}

/** An admin for this file: the first account if none exists yet, otherwise one created by an existing admin. */
export async function createTestAdmin(db: Database, admin: { email: string; password: string; name: string }): Promise<void> {
  if ((await countUsers(db)) === 0) {
    await createUser(db, null, { ...admin, role: 'admin' });
    return;
  }
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).limit(1);
  await createUser(db, { id: existing!.id, role: 'admin' }, { ...admin, role: 'admin' });
}
