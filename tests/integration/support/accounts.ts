import { randomBytes } from 'node:crypto';
import type { Database } from '@/db/client';
import { users, type UserRole } from '@/db/schema';
import { hashPassword } from '@/lib/auth/password';

export const PASSWORD = 'correct horse battery staple';

/** An account inserted directly (no actor, no audit), with a unique address: files share one database. */
export async function makeUser(
  db: Database,
  options: { role?: UserRole; password?: string; name?: string; totpSecret?: string; totpEnabledAt?: Date } = {},
) {
  const role = options.role ?? 'contributor';
  const email = `${role}-${randomBytes(5).toString('hex')}@people.test`;
  const password = options.password ?? PASSWORD;
  const [row] = await db
    .insert(users)
    .values({
      email,
      name: options.name ?? `${role} ${email.slice(-16, -12)}`,
      role,
      passwordHash: await hashPassword(password),
      totpSecret: options.totpSecret ?? null,
      totpEnabledAt: options.totpEnabledAt ?? null,
    })
    .returning({ id: users.id });
  return { id: row!.id, email, role, password };
}

/** A fresh address per test, so the per-address sign-in limit of one test never leaks into another. */
export function freshIp(): string {
  return `2001:db8::${randomBytes(2).toString('hex')}:${randomBytes(2).toString('hex')}`;
}
