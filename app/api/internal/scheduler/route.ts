import { NextResponse, type NextRequest } from 'next/server';
import { publishDueArticles } from '@/lib/admin/articles';
import { createScheduledPurge } from '@/lib/scheduler/purge';
import { isSchedulerToken } from '@/lib/scheduler/token';
import { logger } from '@/lib/observability/log.mjs';

const log = logger('scheduler');

// One per process, like the scheduler that calls this route; the database decides which
// instance purges in each interval.
const holder = globalThis as unknown as { jaridaScheduledPurge?: ReturnType<typeof createScheduledPurge> };
const purge = (holder.jaridaScheduledPurge ??= createScheduledPurge());

/** Called by this process's own scheduler (lib/scheduler); anyone else is refused. */
export async function POST(request: NextRequest) {
  if (!isSchedulerToken(request.headers.get('x-jarida-scheduler'))) {
    return NextResponse.json({ error: 'forbidden', reason: 'Internal endpoint' }, { status: 403 });
  }
  // Each published article's reader caches are expired and its pages warmed by publishDueArticles.
  const changes = await publishDueArticles();
  for (const change of changes) log.info({ articleId: change.id }, 'published a scheduled article');
  // Expired sessions and old sign-in attempts: nothing else ever deletes them. A failure is
  // logged and retried on the next tick; it must not hold up publishing.
  const purged = await purge(new Date()).catch((error: unknown) => {
    log.error({ err: error }, 'purge failed');
    return false;
  });
  return NextResponse.json({ published: changes.map((change) => change.id), purged });
}
