import { createHash, randomBytes } from 'node:crypto';
import { and, eq, ne } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { sessions, users, type User } from '@/db/schema';

/** A newsroom shift with breaks: signed out after 8 idle hours, and in any case after 7 days. */
export const SESSION_IDLE_MS = 8 * 60 * 60 * 1000;
export const SESSION_ABSOLUTE_MS = 7 * 24 * 60 * 60 * 1000;
// last_seen_at is written at most once a minute, so busy pages do not write on every request.
const TOUCH_AFTER_MS = 60 * 1000;

export interface ValidSession {
  sessionId: string;
  mfaVerified: boolean;
  expiresAt: Date;
  user: Pick<User, 'id' | 'email' | 'name' | 'role' | 'locale' | 'authorId' | 'totpEnabledAt'>;
}

function sessionId(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

export async function createSession(
  db: Pick<Database, 'insert'>,
  userId: number,
  options: { mfaVerified: boolean; userAgent?: string; now?: Date },
): Promise<{ token: string; expiresAt: Date }> {
  const now = options.now ?? new Date();
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + SESSION_ABSOLUTE_MS);
  await db.insert(sessions).values({
    id: sessionId(token),
    userId,
    mfaVerified: options.mfaVerified,
    createdAt: now,
    lastSeenAt: now,
    expiresAt,
    userAgent: (options.userAgent ?? '').slice(0, 300),
  });
  return { token, expiresAt };
}

/**
 * The session behind a cookie token, or null when it is unknown, past its absolute or idle
 * limit, older than the last password change, or its account is disabled.
 */
export async function validateSession(db: Database, token: string, now: Date = new Date()): Promise<ValidSession | null> {
  if (!token || token.length > 100) return null;
  const id = sessionId(token);
  const [row] = await db
    .select({
      id: sessions.id,
      mfaVerified: sessions.mfaVerified,
      createdAt: sessions.createdAt,
      lastSeenAt: sessions.lastSeenAt,
      expiresAt: sessions.expiresAt,
      user: {
        id: users.id,
        email: users.email,
        name: users.name,
        role: users.role,
        locale: users.locale,
        authorId: users.authorId,
        totpEnabledAt: users.totpEnabledAt,
        disabledAt: users.disabledAt,
        passwordChangedAt: users.passwordChangedAt,
      },
    })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .where(eq(sessions.id, id));
  if (!row) return null;
  const expired =
    row.expiresAt <= now ||
    row.lastSeenAt.getTime() + SESSION_IDLE_MS <= now.getTime() ||
    row.user.disabledAt !== null ||
    row.createdAt < row.user.passwordChangedAt;
  if (expired) {
    await db.delete(sessions).where(eq(sessions.id, id));
    return null;
  }
  if (now.getTime() - row.lastSeenAt.getTime() > TOUCH_AFTER_MS) {
    await db.update(sessions).set({ lastSeenAt: now }).where(eq(sessions.id, id));
  }
  const { disabledAt: _disabled, passwordChangedAt: _changed, ...user } = row.user;
  return { sessionId: id, mfaVerified: row.mfaVerified, expiresAt: row.expiresAt, user };
}

/** Ends one session; answers whose it was (null for an unknown token), for the audit trail. */
export async function revokeSession(db: Database, token: string): Promise<number | null> {
  const [row] = await db.delete(sessions).where(eq(sessions.id, sessionId(token))).returning({ userId: sessions.userId });
  return row?.userId ?? null;
}

/** Signs an account out everywhere (password change, role change, disabling), optionally keeping the current session. */
export async function revokeUserSessions(db: Pick<Database, 'delete'>, userId: number, keepSessionId?: string): Promise<void> {
  await db
    .delete(sessions)
    .where(keepSessionId ? and(eq(sessions.userId, userId), ne(sessions.id, keepSessionId)) : eq(sessions.userId, userId));
}
