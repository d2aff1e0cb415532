import 'server-only';
import { eq } from 'drizzle-orm';
import { withDb } from '@/db';
import type { Database } from '@/db/client';
import { settings } from '@/db/schema';
import { SETTING_KEYS } from '@/lib/admin/settings-schema';

/** Whether an admin has made two-factor sign-in compulsory for every account. */
export async function readTwoFactorRequired(db: Pick<Database, 'select'>): Promise<boolean> {
  const [row] = await db.select({ value: settings.value }).from(settings).where(eq(settings.key, SETTING_KEYS.require2fa));
  return row?.value === true;
}

/** The same, for pages and actions (through the shared connection). */
export function isTwoFactorRequired(): Promise<boolean> {
  return withDb('settings.require_2fa', readTwoFactorRequired);
}
