import { count, eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { users, type UserRole } from '@/db/schema';
import { audit } from '@/lib/audit';
import { normaliseEmail } from '@/lib/auth/login';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from './actor';

export const newUserSchema = z.object({
  email: z.string().trim().max(320).pipe(z.email()),
  name: z.string().trim().min(1).max(120),
  role: z.enum(['contributor', 'editor', 'admin']),
  password: z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH),
  locale: z.enum(['fr', 'ar']).default('fr'),
  authorId: z.number().int().positive().nullable().default(null),
});
export type NewUserInput = z.input<typeof newUserSchema>;

export async function countUsers(db: Database): Promise<number> {
  const [row] = await db.select({ value: count() }).from(users);
  return row?.value ?? 0;
}

/**
 * Creates an account. Only admins may, except for the very first account, which the setup
 * page and `npm run admin:create` make while the table is empty (actor null).
 */
export async function createUser(db: Database, actor: Actor | null, input: NewUserInput): Promise<{ id: number }> {
  const data = newUserSchema.parse(input);
  return db.transaction(async (tx) => {
    if (actor) assertCan(actor, 'users.manage');
    else {
      // Serialise concurrent first-run attempts so that only one of them creates the first admin.
      await tx.execute(sql`lock table users in share row exclusive mode`);
      const [row] = await tx.select({ value: count() }).from(users);
      if ((row?.value ?? 0) > 0) throw new AppError('forbidden', 'Setup is closed: an account already exists');
      if (data.role !== 'admin') throw new AppError('bad_request', 'The first account must be an admin');
    }
    const email = normaliseEmail(data.email);
    const [existing] = await tx.select({ id: users.id }).from(users).where(eq(users.email, email));
    if (existing) throw new AppError('conflict', 'emailTaken');
    const [created] = await tx
      .insert(users)
      .values({
        email,
        name: data.name,
        role: data.role as UserRole,
        passwordHash: await hashPassword(data.password),
        locale: data.locale,
        authorId: data.authorId,
      })
      .returning({ id: users.id });
    await audit(tx, { userId: actor?.id ?? created!.id, action: 'user.create', entityType: 'user', entityId: created!.id, details: { email, role: data.role } });
    return created!;
  });
}
