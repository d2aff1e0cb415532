import { NextResponse, type NextRequest } from 'next/server';
import { withDb } from '@/db';
import { cacheTagsForChange, publishDueArticles } from '@/lib/admin/articles';
import { invalidateTags } from '@/lib/data/invalidate';
import { isSchedulerToken } from '@/lib/scheduler/token';

/** Called by this process's own scheduler (lib/scheduler); anyone else is refused. */
export async function POST(request: NextRequest) {
  if (!isSchedulerToken(request.headers.get('x-jarida-scheduler'))) {
    return NextResponse.json({ error: 'forbidden', reason: 'Internal endpoint' }, { status: 403 });
  }
  const changes = await withDb('publishDue', (db) => publishDueArticles(db));
  for (const change of changes) {
    invalidateTags(cacheTagsForChange(change.before, change.after), { readYourWrites: false });
    console.log(`[scheduler] published article ${change.id}`);
  }
  return NextResponse.json({ published: changes.map((change) => change.id) });
}
