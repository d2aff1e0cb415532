import { describe, expect, it, vi } from 'vitest';

/*
 * The scheduler's tick is a request to /api/internal/scheduler from this process; that request
 * must also purge expired sessions and old sign-in attempts. The database is a recording stand-in
 * whose job claim always succeeds: the claim itself is tested on a database (tests/integration/jobs).
 */
const deletes = vi.hoisted(() => [] as string[]);

vi.mock('@/db', () => ({
  withDb: (_label: string, run: (db: unknown) => unknown) =>
    run({
      insert: () => ({ values: () => ({ onConflictDoUpdate: () => ({ returning: async () => [{ name: 'auth-purge' }] }) }) }),
      delete: (table: Record<symbol, string>) => ({
        where: () => ({
          returning: async () => {
            deletes.push(table[Symbol.for('drizzle:Name')]!);
            return [];
          },
        }),
      }),
    }),
}));
vi.mock('@/lib/admin/articles', () => ({ publishDueArticles: async () => [] }));

const { POST } = await import('@/app/api/internal/scheduler/route');
const { schedulerToken } = await import('@/lib/scheduler/token');

const tick = () =>
  POST(new Request('http://localhost/api/internal/scheduler', { method: 'POST', headers: { 'x-jarida-scheduler': schedulerToken() } }) as never);

describe('scheduler tick', () => {
  it('purges sessions and login attempts on the first tick, then not again within the interval', async () => {
    const first = await tick();
    expect(first.status).toBe(200);
    expect(deletes.sort()).toEqual(['login_attempts', 'sessions']);
    await tick();
    expect(deletes).toHaveLength(2);
  });

  it('refuses callers without the process token', async () => {
    const response = await POST(new Request('http://localhost/api/internal/scheduler', { method: 'POST' }) as never);
    expect(response.status).toBe(403);
  });
});
