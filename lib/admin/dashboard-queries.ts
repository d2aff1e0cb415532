import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';

export async function dashboardCounts(db: Database) {
  const { rows } = await db.execute<{ drafts: number; in_review: number; scheduled: number; published_24h: number; missing_twin: number }>(sql`
    select
      count(*) filter (where status = 'draft')::int as drafts,
      count(*) filter (where status = 'in_review')::int as in_review,
      count(*) filter (where status = 'scheduled')::int as scheduled,
      count(*) filter (where status = 'published' and published_at > now() - interval '24 hours')::int as published_24h,
      count(*) filter (where not exists (
        select 1 from articles twin where twin.translation_group = a.translation_group and twin.id <> a.id
      ))::int as missing_twin
    from articles a`);
  const row = rows[0]!;
  return { drafts: row.drafts, inReview: row.in_review, scheduled: row.scheduled, published24h: row.published_24h, missingTwin: row.missing_twin };
}
