import { eq, inArray, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest';
import { articles, articleViewsHourly, sections } from '@/db/schema';
import { seed } from '@/demo/seed';
import { doc } from '@/demo/seed-data/doc';
import * as reader from '@/lib/data/reader-queries';
import { listMostRead, pruneViews, recordViews } from '@/lib/data/views-queries';
import { hourBucket, ViewBuffer } from '@/lib/views/buffer';
import { testDb } from './support/db';

const handle = testDb();
const db = handle.db;
const now = new Date('2026-11-23T15:20:00Z');
const HOUR = 3_600_000;
const PREFIX = 'it-views-';
const ids: number[] = [];
const previousDatabaseUrl = process.env.DATABASE_URL;

async function viewsOf(articleId: number) {
  const rows = await db
    .select({ bucket: articleViewsHourly.bucket, views: articleViewsHourly.views })
    .from(articleViewsHourly)
    .where(eq(articleViewsHourly.articleId, articleId))
    .orderBy(articleViewsHourly.bucket);
  return rows.map((row) => ({ bucket: row.bucket.toISOString(), views: row.views }));
}

beforeAll(async () => {
  await seed(db, { now, log: () => undefined });
  await db.delete(articles).where(like(articles.slug, `${PREFIX}%`));
  const [section] = await db.select({ id: sections.id }).from(sections).limit(1);
  const rows = await db
    .insert(articles)
    .values(
      ['fr', 'fr', 'fr', 'ar', 'fr'].map((locale, i) => ({
        locale: locale as 'fr' | 'ar',
        slug: `${PREFIX}${i}`,
        title: `Article vu ${i}`,
        body: doc('Texte.'),
        sectionId: section!.id,
        status: i === 4 ? ('draft' as const) : ('published' as const),
        publishedAt: new Date('2026-10-01T08:00:00Z'),
      })),
    )
    .returning({ id: articles.id });
  ids.push(...rows.map((row) => row.id));
});

beforeEach(async () => {
  await db.delete(articleViewsHourly);
});

afterAll(async () => {
  await db.delete(articles).where(inArray(articles.id, ids));
  await handle.close();
  // The process-wide counter and database client started by the flush test.
  const state = globalThis as unknown as {
    jaridaViews?: { timer?: NodeJS.Timeout };
    jaridaDb?: { close: () => Promise<void> };
    jaridaDbMonitor?: NodeJS.Timeout;
  };
  clearInterval(state.jaridaViews?.timer);
  clearInterval(state.jaridaDbMonitor);
  await state.jaridaDb?.close();
  if (previousDatabaseUrl === undefined) delete process.env.DATABASE_URL;
  else process.env.DATABASE_URL = previousDatabaseUrl;
});

describe(`view counting (${inject('databaseKind')})`, () => {
  it('the buffer adds up views per article and hour, and drains to zero', () => {
    const buffer = new ViewBuffer();
    const at = new Date('2026-11-23T15:05:00Z');
    buffer.add(1, at);
    buffer.add(1, new Date('2026-11-23T15:59:59Z'));
    buffer.add(1, new Date('2026-11-23T16:00:00Z'));
    buffer.add(2, at, 3);
    expect(buffer.size).toBe(3);
    const drained = buffer.drain();
    expect(drained).toEqual(
      expect.arrayContaining([
        { articleId: 1, bucket: hourBucket(at), views: 2 },
        { articleId: 1, bucket: new Date('2026-11-23T16:00:00Z'), views: 1 },
        { articleId: 2, bucket: hourBucket(at), views: 3 },
      ]),
    );
    expect(buffer.size).toBe(0);
    const small = new ViewBuffer(1);
    expect(small.add(1, at)).toBe(true);
    expect(small.add(2, at)).toBe(false);
    expect(small.add(1, at)).toBe(true);
  });

  it('a flush is one upsert that adds to existing hours', async () => {
    const [a, b] = ids;
    const h = hourBucket(now);
    await recordViews(db, [
      { articleId: a!, bucket: h, views: 3 },
      { articleId: a!, bucket: h, views: 2 },
      { articleId: b!, bucket: new Date(h.getTime() - HOUR), views: 1 },
    ]);
    await recordViews(db, [{ articleId: a!, bucket: h, views: 4 }]);
    expect(await viewsOf(a!)).toEqual([{ bucket: h.toISOString(), views: 9 }]);
    expect(await viewsOf(b!)).toEqual([{ bucket: new Date(h.getTime() - HOUR).toISOString(), views: 1 }]);
  });

  it('drops unknown and unpublished articles without failing the batch', async () => {
    const h = hourBucket(now);
    const written = await recordViews(db, [
      { articleId: 2_000_000_000, bucket: h, views: 5 },
      { articleId: ids[4]!, bucket: h, views: 5 },
      { articleId: ids[0]!, bucket: h, views: 1 },
    ]);
    expect(written).toBe(1);
    expect(await viewsOf(ids[4]!)).toEqual([]);
    expect(await viewsOf(ids[0]!)).toHaveLength(1);
  });

  it('the process-wide counter flushes what the route counted', async () => {
    process.env.DATABASE_URL = inject('databaseUrl');
    const counter = await import('@/lib/data/view-counter');
    const eightDaysAgo = new Date(now.getTime() - 8 * 24 * HOUR);
    await recordViews(db, [{ articleId: ids[3]!, bucket: hourBucket(eightDaysAgo), views: 4 }]);
    for (let i = 0; i < 7; i++) counter.countView(ids[1]!, now);
    counter.countView(ids[2]!, now);
    // The counter's clock is the test's: the 7-day prune that runs with this flush keeps today's
    // counts whatever the wall-clock date, and still drops the week-old hour.
    await counter.flushViews(() => now);
    expect(await viewsOf(ids[1]!)).toEqual([{ bucket: hourBucket(now).toISOString(), views: 7 }]);
    expect(await viewsOf(ids[2]!)).toEqual([{ bucket: hourBucket(now).toISOString(), views: 1 }]);
    expect(await viewsOf(ids[3]!)).toEqual([]);
    await counter.flushViews(() => now);
    expect(await viewsOf(ids[1]!)).toEqual([{ bucket: hourBucket(now).toISOString(), views: 7 }]);
  });

  it('prunes old hours', async () => {
    await recordViews(db, [
      { articleId: ids[0]!, bucket: new Date('2026-10-01T10:00:00Z'), views: 1 },
      { articleId: ids[0]!, bucket: hourBucket(now), views: 1 },
    ]);
    await pruneViews(db, new Date('2026-11-01T00:00:00Z'));
    expect(await viewsOf(ids[0]!)).toEqual([{ bucket: hourBucket(now).toISOString(), views: 1 }]);
  });
});

describe(`most read (${inject('databaseKind')})`, () => {
  it('ranks the last 24 hours by views, per language', async () => {
    const [a, b, c, ar] = ids;
    const h = hourBucket(now).getTime();
    await recordViews(db, [
      { articleId: a!, bucket: new Date(h), views: 5 },
      { articleId: b!, bucket: new Date(h - 3 * HOUR), views: 9 },
      { articleId: c!, bucket: new Date(h - 23 * HOUR), views: 2 },
      // Outside the window: 24 hours before the current one.
      { articleId: c!, bucket: new Date(h - 24 * HOUR), views: 100 },
      { articleId: ar!, bucket: new Date(h), views: 50 },
    ]);
    const fr = await listMostRead(db, 'fr', { now, limit: 3 });
    expect(fr.map((item) => [item.id, item.views])).toEqual([
      [b, 9],
      [a, 5],
      [c, 2],
    ]);
    const arabic = await listMostRead(db, 'ar', { now, limit: 5 });
    expect(arabic[0]).toMatchObject({ id: ar, views: 50, locale: 'ar' });
  });

  it('falls back to the latest stories when nothing was read yet, and tops up a short list', async () => {
    const latest = (await reader.listLatest(db, 'fr', 1)).items.slice(0, 5).map((item) => item.id);
    expect((await listMostRead(db, 'fr', { now })).map((item) => item.id)).toEqual(latest);

    await recordViews(db, [{ articleId: ids[2]!, bucket: hourBucket(now), views: 1 }]);
    const mixed = await listMostRead(db, 'fr', { now });
    expect(mixed.map((item) => item.id)).toEqual([ids[2], ...latest.filter((id) => id !== ids[2]).slice(0, 4)]);
  });

  it('never lists an article that is no longer published', async () => {
    await recordViews(db, [{ articleId: ids[0]!, bucket: hourBucket(now), views: 10 }]);
    await db.update(articles).set({ status: 'unpublished' }).where(eq(articles.id, ids[0]!));
    try {
      expect((await listMostRead(db, 'fr', { now })).map((item) => item.id)).not.toContain(ids[0]);
    } finally {
      await db.update(articles).set({ status: 'published' }).where(eq(articles.id, ids[0]!));
    }
  });
});
