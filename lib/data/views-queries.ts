import 'server-only';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import type { AppLocale } from '@/lib/i18n/routing';
import { createJobTrigger, type PeriodicJob } from '@/lib/scheduler/jobs';
import { hourBucket, type ViewCount } from '@/lib/views/buffer';
import { toCard, type CardRow } from './reader-queries';
import type { ArticleCardDto } from './types';

const HOUR_MS = 3_600_000;

/**
 * Adds buffered counts to the hourly rollup in one statement. Ids that are not published
 * articles (deleted since, or made up by a client) are dropped by the join instead of failing
 * the whole batch on the foreign key. Returns the number of rows written.
 *
 * Instances flush onto the same rows: the upsert adds to what is there, and the rows are taken
 * in one order (article, hour), so two batches never wait on each other's locks in a cycle.
 */
export async function recordViews(db: Database, counts: ViewCount[]): Promise<number> {
  if (counts.length === 0) return 0;
  const result = await db.execute(sql`
    insert into article_views_hourly (article_id, bucket, views)
    select v.article_id, v.bucket, sum(v.views)::int
    from unnest(${sql.param(counts.map((c) => c.articleId))}::int[],
                ${sql.param(counts.map((c) => c.bucket.toISOString()))}::timestamptz[],
                ${sql.param(counts.map((c) => c.views))}::int[]) as v(article_id, bucket, views)
    join articles a on a.id = v.article_id and a.status = 'published'
    group by v.article_id, v.bucket
    order by v.article_id, v.bucket
    on conflict (article_id, bucket) do update set views = article_views_hourly.views + excluded.views`);
  return result.rowCount ?? 0;
}

/** The rollup only feeds "most read"; older hours are of no use and are deleted. */
export async function pruneViews(db: Database, before: Date): Promise<void> {
  await db.execute(sql`delete from article_views_hourly where bucket < ${before.toISOString()}::timestamptz`);
}

const RETENTION_MS = 7 * 24 * HOUR_MS;
export const VIEWS_PRUNE_JOB: PeriodicJob = { name: 'views-prune', intervalMs: HOUR_MS };

/** One process's prune of hours older than the retention, to call on every flush (lib/scheduler/jobs.ts). */
export function createViewsPruneTrigger() {
  return createJobTrigger(VIEWS_PRUNE_JOB, (db, now) => pruneViews(db, new Date(now.getTime() - RETENTION_MS)));
}

/**
 * The most viewed published articles of a language over the last `hours` hours (the current
 * hour included), topped up with the latest stories while there are not enough views.
 */
export async function listMostRead(
  db: Database,
  locale: AppLocale,
  options: { now?: Date; limit?: number; hours?: number } = {},
): Promise<(ArticleCardDto & { views: number })[]> {
  const now = options.now ?? new Date();
  const limit = options.limit ?? 5;
  const since = new Date(hourBucket(now).getTime() - ((options.hours ?? 24) - 1) * HOUR_MS);
  const { rows } = await db.execute<CardRow & { views: number }>(sql`
    with top as (
      select v.article_id, sum(v.views)::int as views
      from article_views_hourly v
      where v.bucket >= ${since.toISOString()}::timestamptz and v.bucket <= ${now.toISOString()}::timestamptz
      group by v.article_id
    ),
    picked as (
      (select a.id, top.views, 0 as fallback, a.published_at
       from top join articles a on a.id = top.article_id
       where a.locale = ${locale}::locale and a.status = 'published'
       order by top.views desc, a.published_at desc, a.id desc
       limit ${limit})
      union all
      (select a.id, 0, 1, a.published_at
       from articles a
       where a.locale = ${locale}::locale and a.status = 'published'
         and a.id not in (select article_id from top)
       order by a.published_at desc, a.id desc
       limit ${limit})
    )
    select a.id, a.locale, a.slug, a.title, a.summary, a.published_at as "publishedAt", a.cover_alt as "coverAlt",
      s.slug_fr as "sectionSlugFr", s.slug_ar as "sectionSlugAr", s.name_fr as "sectionNameFr", s.name_ar as "sectionNameAr",
      m.storage_key as "coverKey", m.width as "coverWidth", m.height as "coverHeight", m.blur_data_url as "coverBlur", m.variants as "coverVariants",
      picked.views
    from picked
    join articles a on a.id = picked.id
    join sections s on s.id = a.section_id
    left join media m on m.id = a.cover_id
    order by picked.fallback, picked.views desc, picked.published_at desc, picked.id desc
    limit ${limit}`);
  return rows.map((row) => ({ ...toCard(row), views: row.views }));
}
