import 'server-only';
import { eq } from 'drizzle-orm';
import { withDb } from '@/db';
import { settings } from '@/db/schema';

/** Whether an admin has made two-factor sign-in compulsory for every account. */
export async function isTwoFactorRequired(): Promise<boolean> {
  const [row] = await withDb('settings.require_2fa', (db) =>
    db.select({ value: settings.value }).from(settings).where(eq(settings.key, 'require_2fa')),
  );
  return row?.value === true;
}
