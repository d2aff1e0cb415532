import { and, eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { articleRevisions, articles, articleViewsHourly, auditLog, jobRuns, loginAttempts } from '@/db/schema';
import { doc } from '@/demo/seed-data/doc';
import { changeStatus, createArticle, publishDueArticles } from '@/lib/admin/articles/queries';
import { attemptLogin, MAX_FAILURES, verifySecondFactor } from '@/lib/auth/login';
import { generateTotpSecret, totpCode } from '@/lib/auth/totp';
import { createLexiconTrigger, SEARCH_LEXICON_JOB } from '@/lib/data/search-queries';
import { recordViews } from '@/lib/data/views-queries';
import { claimJob, createJobTrigger, type PeriodicJob } from '@/lib/scheduler/jobs';
import { ViewBuffer } from '@/lib/views/buffer';
import { freshIp, makeUser } from './support/accounts';
import { createNewsroom, removeNewsroom, uniqueSuffix, type Newsroom } from './support/articles';
import { asInstances, testDb } from './support/db';

/*
 * What several `next start` processes on one database share: each "instance" below is a pool
 * of its own, and they act together (see asInstances for PGlite).
 */

// Read when the first TOTP secret is sealed (lib/auth/auth-key.ts), after this line runs.
process.env.AUTH_SECRET ??= 'integration-tests-auth-secret-0123456789abcdef';

const kind = inject('databaseKind');
const instances = [testDb(), testDb(), testDb()];
const db = instances[0]!.db;
let room: Newsroom;

const HOUR = 3_600_000;
const MINUTE = 60_000;
// Months before the demo seed's scheduled article, so no publish here can touch it.
const T0 = new Date('2026-02-02T08:00:00Z');
const at = (hours: number) => new Date(T0.getTime() + hours * HOUR);

beforeAll(async () => {
  room = await createNewsroom(db, 'instances');
});
afterAll(async () => {
  await removeNewsroom(db, room);
  await Promise.all(instances.map((instance) => instance.close()));
});

/** `task(instanceDb, index)` once on each instance, together. */
function onEachInstance<T>(task: (instanceDb: typeof db, index: number) => Promise<T>): Promise<T[]> {
  return asInstances(instances.map((instance, index) => () => task(instance.db, index)));
}

describe(`scheduled publishing on three instances (${kind})`, () => {
  it('publishes each due article exactly once: one revision, one audit entry', async () => {
    const ids: number[] = [];
    for (let i = 0; i < 12; i++) {
      const { id } = await createArticle(db, room.editor, { locale: 'fr', title: `Programmé ${i} ${room.run}`, sectionId: room.sectionId });
      await changeStatus(db, room.editor, { id, expectedVersion: 1, to: 'scheduled', publishAt: at(1), now: T0 });
      ids.push(id);
    }

    const runs = await onEachInstance((instanceDb) => publishDueArticles(instanceDb, at(2)));
    const published = runs.flat().map((change) => change.id);
    expect(new Set(published).size, 'no article published twice').toBe(published.length);
    expect(published.filter((id) => ids.includes(id)).sort((a, b) => a - b)).toEqual(ids);

    const rows = await db.select({ id: articles.id, status: articles.status, version: articles.version }).from(articles).where(inArray(articles.id, ids));
    expect(rows.every((row) => row.status === 'published' && row.version === 3)).toBe(true);
    const revisions = await db
      .select({ articleId: articleRevisions.articleId, count: sql<number>`count(*)::int` })
      .from(articleRevisions)
      .where(and(inArray(articleRevisions.articleId, ids), eq(articleRevisions.version, 3)))
      .groupBy(articleRevisions.articleId);
    expect(revisions).toHaveLength(ids.length);
    expect(revisions.every((row) => row.count === 1)).toBe(true);
    const audits = await db
      .select({ entityId: auditLog.entityId })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'article.publish_scheduled'), inArray(auditLog.entityId, ids.map(String))));
    expect(audits.map((row) => Number(row.entityId)).sort((a, b) => a - b)).toEqual(ids);
  });
});

describe(`periodic jobs once per interval across instances (${kind})`, () => {
  const job = (): PeriodicJob => ({ name: `test-${uniqueSuffix()}`, intervalMs: 10 * MINUTE });

  it('lets exactly one of three concurrent claims win, none within the interval, one again after it', async () => {
    const testJob = job();
    const t = new Date(Date.now() + MINUTE);
    const claims = async (now: Date) => (await onEachInstance((instanceDb) => claimJob(instanceDb, testJob, now))).filter(Boolean).length;
    expect(await claims(t)).toBe(1);
    expect(await claims(new Date(t.getTime() + testJob.intervalMs - 1))).toBe(0);
    expect(await claims(new Date(t.getTime() + testJob.intervalMs))).toBe(1);
    const [row] = await db.select().from(jobRuns).where(eq(jobRuns.name, testJob.name));
    expect(row!.lastStartedAt).toEqual(new Date(t.getTime() + testJob.intervalMs));
    // A start recorded far ahead (a wrong clock) does not hold the job off until then.
    await db.update(jobRuns).set({ lastStartedAt: new Date(t.getTime() + 30 * 24 * HOUR) }).where(eq(jobRuns.name, testJob.name));
    expect(await claims(new Date(t.getTime() + 2 * testJob.intervalMs))).toBe(1);
  });

  it('gives a failed run back: the next tick, on any instance, runs it', async () => {
    const testJob = job();
    const t = new Date(Date.now() + MINUTE);
    const failing = createJobTrigger(testJob, async () => {
      throw new Error('database hiccup');
    });
    await expect(failing(instances[0]!.db, t)).rejects.toThrow('database hiccup');
    let ran = 0;
    const other = createJobTrigger(testJob, async () => void ran++);
    expect(await other(instances[1]!.db, new Date(t.getTime() + 1_000))).toBe(true);
    expect(ran).toBe(1);
  });

  it('refreshes the search lexicon once for three instances that ask at the same time', async () => {
    const triggers = instances.map(() => createLexiconTrigger());
    const now = new Date(Date.now() + MINUTE);
    const ran = await onEachInstance((instanceDb, index) => triggers[index]!(instanceDb, now));
    expect(ran.filter(Boolean)).toHaveLength(1);
    // Each process asks again only after the interval, and then one of them refreshes.
    const later = new Date(now.getTime() + SEARCH_LEXICON_JOB.intervalMs - 1);
    expect((await onEachInstance((instanceDb, index) => triggers[index]!(instanceDb, later))).filter(Boolean)).toHaveLength(0);
    const next = new Date(now.getTime() + SEARCH_LEXICON_JOB.intervalMs);
    expect((await onEachInstance((instanceDb, index) => triggers[index]!(instanceDb, next))).filter(Boolean)).toHaveLength(1);
  });
});

describe(`view counts from three instances (${kind})`, () => {
  it('add up exactly when they flush onto the same (article, hour) rows at the same time', async () => {
    const rows = await db
      .insert(articles)
      .values(
        [0, 1, 2, 3].map((i) => ({
          locale: 'fr' as const,
          slug: `vu-partout-${i}-${room.run}`,
          title: `Vu partout ${i}`,
          body: doc('Texte.'),
          sectionId: room.sectionId,
          status: 'published' as const,
          publishedAt: T0,
        })),
      )
      .returning({ id: articles.id });
    const ids = rows.map((row) => row.id);
    const hours = [0, 1, 2, 3, 4].map((h) => at(h));
    const expected = new Map<string, number>();
    // A fixed pseudo-random sequence: each instance counts different amounts, in its own order.
    let seed = 7;
    const next = (n: number) => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) % n;
    const batches = instances.map(() =>
      Array.from({ length: 6 }, () => {
        const buffer = new ViewBuffer();
        for (let v = 0; v < 200; v++) {
          const articleId = ids[next(ids.length)]!;
          const hour = hours[next(hours.length)]!;
          buffer.add(articleId, new Date(hour.getTime() + next(HOUR)));
          const key = `${articleId}:${hour.toISOString()}`;
          expected.set(key, (expected.get(key) ?? 0) + 1);
        }
        return buffer.drain();
      }),
    );

    await onEachInstance(async (instanceDb, index) => {
      for (const batch of batches[index]!) await recordViews(instanceDb, batch);
    });

    const stored = await db
      .select({ articleId: articleViewsHourly.articleId, bucket: articleViewsHourly.bucket, views: articleViewsHourly.views })
      .from(articleViewsHourly)
      .where(inArray(articleViewsHourly.articleId, ids));
    expect(new Map(stored.map((row) => [`${row.articleId}:${row.bucket.toISOString()}`, row.views]))).toEqual(expected);
    expect(stored.reduce((sum, row) => sum + row.views, 0)).toBe(3 * 6 * 200);
  });
});

describe(`sign-in limits across instances (${kind})`, () => {
  const now = new Date('2026-11-23T10:00:00Z');

  it('lets exactly MAX_FAILURES of 20 simultaneous wrong passwords for one account through, from any addresses', async () => {
    const user = await makeUser(db);
    const results = await asInstances(
      Array.from({ length: 20 }, (_, i) => () => attemptLogin(instances[i % 3]!.db, { email: user.email, password: `guess ${i}`, ip: freshIp(), now })),
    );
    const kinds = results.map((result) => result.kind);
    expect(kinds.filter((k) => k === 'invalid')).toHaveLength(MAX_FAILURES);
    expect(kinds.filter((k) => k === 'throttled')).toHaveLength(20 - MAX_FAILURES);
    // A refused attempt leaves no row: only the five admitted ones are on record.
    expect(await db.select().from(loginAttempts).where(eq(loginAttempts.email, user.email))).toHaveLength(MAX_FAILURES);
    expect((await attemptLogin(db, { email: user.email, password: user.password, ip: freshIp(), now })).kind).toBe('throttled');
  });

  it('holds the per-address limit the same way, across accounts', async () => {
    const ip = freshIp();
    const results = await asInstances(
      Array.from({ length: 20 }, (_, i) => () => attemptLogin(instances[i % 3]!.db, { email: `spray-${i}-${uniqueSuffix()}@people.test`, password: 'Spring2026!', ip, now })),
    );
    expect(results.filter((result) => result.kind === 'invalid')).toHaveLength(MAX_FAILURES);
    expect(results.filter((result) => result.kind === 'throttled')).toHaveLength(20 - MAX_FAILURES);
  });

  it('accepts one TOTP code once when three instances get it at the same time', async () => {
    for (let round = 0; round < 3; round++) {
      const secret = generateTotpSecret();
      const user = await makeUser(db, { totpSecret: secret, totpEnabledAt: new Date() });
      const when = new Date();
      const code = totpCode(secret, when);
      const results = await onEachInstance((instanceDb) => verifySecondFactor(instanceDb, { userId: user.id, code, ip: freshIp(), now: when }));
      expect(results.map((result) => result.kind).sort()).toEqual(['invalid', 'invalid', 'ok']);
    }
  });
});
