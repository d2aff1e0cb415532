import 'server-only';
import { and, asc, count, eq, isNull, ne, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { auditLog, authors, sessions, users, type Locale, type UserRole } from '@/db/schema';
import { audit } from '@/lib/audit';
import { normaliseEmail } from '@/lib/auth/login';
import { hashPassword, PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@/lib/auth/password';
import { revokeUserSessions } from '@/lib/auth/sessions';
import { AppError } from '@/lib/errors';
import { assertCan, type Actor } from './actor';
import { ExpectedError, parseInput } from './errors';
import { fields } from './validation';

export const passwordSchema = z.string().min(PASSWORD_MIN_LENGTH).max(PASSWORD_MAX_LENGTH);
const roleSchema = z.enum(['contributor', 'editor', 'admin']);

/** The one account schema: the users form, the setup page and the scripts all give it. */
export const newUserSchema = z.object({
  email: z.string().trim().max(320).pipe(z.email()),
  name: fields.requiredText(120),
  role: roleSchema,
  password: passwordSchema,
  locale: fields.locale().default('fr'),
  authorId: fields.optionalId(),
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
  const data = parseInput(newUserSchema, input);
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
    if (existing) throw new ExpectedError('conflict', 'users.errors.emailTaken', { field: 'email' });
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


export interface UserListItem {
  id: number;
  email: string;
  name: string;
  role: UserRole;
  locale: Locale;
  authorId: number | null;
  author: { nameFr: string; nameAr: string } | null;
  twoFactor: boolean;
  disabledAt: Date | null;
  lastSeenAt: Date | null;
  createdAt: Date;
}

// Sessions are deleted at sign-out, so the last sign-in recorded in the audit trail also counts.
const lastSeen = sql<Date | null>`greatest(
  (select max(${sessions.lastSeenAt}) from ${sessions} where ${sessions.userId} = ${users.id}),
  (select max(${auditLog.createdAt}) from ${auditLog} where ${auditLog.userId} = ${users.id} and ${auditLog.action} = 'session.login')
)`.mapWith(sessions.lastSeenAt);

const listColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  locale: users.locale,
  authorId: users.authorId,
  author: { nameFr: authors.nameFr, nameAr: authors.nameAr },
  totpEnabledAt: users.totpEnabledAt,
  disabledAt: users.disabledAt,
  lastSeenAt: lastSeen,
  createdAt: users.createdAt,
};

function toListItem({ totpEnabledAt, ...row }: { totpEnabledAt: Date | null } & Omit<UserListItem, 'twoFactor'>): UserListItem {
  return { ...row, twoFactor: totpEnabledAt !== null };
}

export async function listUsers(db: Database, actor: Actor): Promise<UserListItem[]> {
  assertCan(actor, 'users.manage');
  const rows = await db
    .select(listColumns)
    .from(users)
    .leftJoin(authors, eq(authors.id, users.authorId))
    .orderBy(sql`${users.disabledAt} is not null`, asc(users.name), asc(users.id));
  return rows.map(toListItem);
}

export async function getUser(db: Database, actor: Actor, id: number): Promise<UserListItem> {
  assertCan(actor, 'users.manage');
  const [row] = await db.select(listColumns).from(users).leftJoin(authors, eq(authors.id, users.authorId)).where(eq(users.id, id));
  if (!row) throw new AppError('not_found', `No user ${id}`);
  return toListItem(row);
}

/** Bylines an account may be linked to, for the users form. */
export async function bylineOptions(db: Database, actor: Actor): Promise<{ id: number; nameFr: string; nameAr: string }[]> {
  assertCan(actor, 'users.manage');
  return db.select({ id: authors.id, nameFr: authors.nameFr, nameAr: authors.nameAr }).from(authors).orderBy(asc(authors.nameFr));
}

/**
 * Locks the rows of the active admins and refuses when `userId` is the only one, so two admins
 * demoting each other at the same moment cannot leave the newsroom without one.
 */
async function assertNotLastAdmin(tx: Tx, userId: number): Promise<void> {
  const others = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(eq(users.role, 'admin'), isNull(users.disabledAt), ne(users.id, userId)))
    .for('update');
  if (others.length === 0) throw new ExpectedError('conflict', 'users.errors.lastAdmin');
}

async function lockUser(tx: Tx, id: number) {
  const [row] = await tx.select().from(users).where(eq(users.id, id)).for('update');
  if (!row) throw new AppError('not_found', `No user ${id}`);
  return row;
}

export const updateUserSchema = newUserSchema.pick({ name: true, role: true, authorId: true });
export type UpdateUserInput = z.input<typeof updateUserSchema>;

/** Name, role and byline. A role change signs the account out everywhere, so the new rights apply at once. */
export async function updateUser(db: Database, actor: Actor, id: number, input: UpdateUserInput): Promise<void> {
  assertCan(actor, 'users.manage');
  const data = parseInput(updateUserSchema, input);
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id);
    const roleChanged = before.role !== data.role;
    if (roleChanged && before.role === 'admin' && !before.disabledAt) await assertNotLastAdmin(tx, id);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    if (before.name !== data.name) changes.name = { from: before.name, to: data.name };
    if (roleChanged) changes.role = { from: before.role, to: data.role };
    if (before.authorId !== data.authorId) changes.authorId = { from: before.authorId, to: data.authorId };
    if (Object.keys(changes).length === 0) return;
    await tx.update(users).set({ name: data.name, role: data.role, authorId: data.authorId, updatedAt: new Date() }).where(eq(users.id, id));
    if (roleChanged) await revokeUserSessions(tx, id);
    await audit(tx, { userId: actor.id, action: 'user.update', entityType: 'user', entityId: id, details: { email: before.email, changes } });
  });
}

/** Disabling signs the account out everywhere; it can no longer sign in until enabled again. */
export async function disableUser(db: Database, actor: Actor, id: number): Promise<void> {
  assertCan(actor, 'users.manage');
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id);
    if (before.disabledAt) return;
    if (before.role === 'admin') await assertNotLastAdmin(tx, id);
    await tx.update(users).set({ disabledAt: new Date(), updatedAt: new Date() }).where(eq(users.id, id));
    await revokeUserSessions(tx, id);
    await audit(tx, { userId: actor.id, action: 'user.disable', entityType: 'user', entityId: id, details: { email: before.email } });
  });
}

export async function enableUser(db: Database, actor: Actor, id: number): Promise<void> {
  assertCan(actor, 'users.manage');
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id);
    if (!before.disabledAt) return;
    await tx.update(users).set({ disabledAt: null, updatedAt: new Date() }).where(eq(users.id, id));
    await audit(tx, { userId: actor.id, action: 'user.enable', entityType: 'user', entityId: id, details: { email: before.email } });
  });
}

/** An admin sets a new password for someone (a lost password): every session of theirs ends. */
export async function resetPassword(db: Database, actor: Actor, id: number, password: string, now: Date = new Date()): Promise<void> {
  assertCan(actor, 'users.manage');
  const hash = await hashPassword(parseInput(passwordSchema, password));
  await db.transaction(async (tx) => {
    const before = await lockUser(tx, id);
    await tx.update(users).set({ passwordHash: hash, passwordChangedAt: now, updatedAt: now }).where(eq(users.id, id));
    await revokeUserSessions(tx, id);
    await audit(tx, { userId: actor.id, action: 'user.password_reset', entityType: 'user', entityId: id, details: { email: before.email } });
  });
}
