import { randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { crc32 } from 'node:zlib';
import sharp from 'sharp';
import { afterAll, beforeAll } from 'vitest';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { articles, sections, users, type UserRole } from '@/db/schema';
import type { Actor } from '@/lib/admin/actor';
import { testDb } from './db';

/** A throwaway media root for one test file, so uploads never land in the worktree's .data/. */
async function useTempMediaRoot(): Promise<{ root: string; restore: () => Promise<void> }> {
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'jarida-media-'));
  const previous = process.env.MEDIA_ROOT;
  process.env.MEDIA_ROOT = root;
  return {
    root,
    restore: async () => {
      if (previous === undefined) delete process.env.MEDIA_ROOT;
      else process.env.MEDIA_ROOT = previous;
      await fs.rm(root, { recursive: true, force: true });
    },
  };
}

const unique = () => randomBytes(4).toString('hex');

/** One account per role (audit rows reference real users). */
async function makeActors(db: Database): Promise<Record<UserRole, Actor>> {
  const result = {} as Record<UserRole, Actor>;
  for (const role of ['contributor', 'editor', 'admin'] as const) {
    const [row] = await db
      .insert(users)
      .values({ email: `${role}-${unique()}@test.invalid`, name: `Test ${role}`, role, passwordHash: 'not-a-hash' })
      .returning({ id: users.id });
    result[role] = { id: row!.id, role };
  }
  return result;
}

export async function makeSection(db: Database, label = unique()): Promise<number> {
  const [row] = await db
    .insert(sections)
    .values({ slugFr: `rub-${label}`, slugAr: `qism-${label}`, nameFr: `Rubrique ${label}`, nameAr: `قسم ${label}`, position: 50 })
    .returning({ id: sections.id });
  return row!.id;
}

export async function makeArticle(db: Database, values: { sectionId: number; coverId?: number | null; locale?: 'fr' | 'ar' }): Promise<number> {
  const [row] = await db
    .insert(articles)
    .values({
      locale: values.locale ?? 'fr',
      slug: `article-${unique()}`,
      title: 'Article de test',
      body: { type: 'doc', content: [] },
      sectionId: values.sectionId,
      coverId: values.coverId ?? null,
      status: 'draft',
    })
    .returning({ id: articles.id });
  return row!.id;
}

export async function jpeg(width: number, height: number, options: { orientation?: number; exif?: boolean } = {}): Promise<Buffer> {
  let image = sharp({ create: { width, height, channels: 3, background: { r: 180, g: 60, b: 40 } } }).jpeg({ quality: 80 });
  if (options.orientation) image = image.withMetadata({ orientation: options.orientation });
  if (options.exif) image = image.withExif({ IFD0: { Copyright: 'Secret owner', Artist: 'Camera serial 123456' } });
  return image.toBuffer();
}

export function png(width: number, height: number): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 4, background: { r: 20, g: 120, b: 200, alpha: 0.8 } } }).png().toBuffer();
}

/** A valid PNG whose header claims other dimensions: what a decompression bomb looks like before decoding. */
export async function pngClaiming(width: number, height: number): Promise<Buffer> {
  const data = Buffer.from(await png(1, 1));
  // IHDR starts at byte 8: length (4), "IHDR" (4), width (4), height (4), … then CRC over type + data.
  data.writeUInt32BE(width, 16);
  data.writeUInt32BE(height, 20);
  data.writeUInt32BE(crc32(data.subarray(12, 29)) >>> 0, 29);
  return data;
}

export const uploadText = { altFr: 'Une image de test', altAr: 'صورة للاختبار', credit: 'Jarida' };

// Children before parents, so foreign keys never stand in the way.
const CREATED_TABLES = ['house_ads', 'ticker_items', 'articles', 'authors', 'tags', 'sections', 'media', 'audit_log', 'users'] as const;
type Snapshot = Record<(typeof CREATED_TABLES)[number], number>;

/**
 * Test files share one database and run one after another, so each file removes the rows it
 * created (every id above the snapshot): no file's leftovers change another's results.
 */
async function snapshotIds(db: Database): Promise<Snapshot> {
  const snapshot = {} as Snapshot;
  for (const table of CREATED_TABLES) {
    const { rows } = await db.execute<{ max: number | null }>(sql`select max(id)::int as max from ${sql.identifier(table)}`);
    snapshot[table] = rows[0]?.max ?? 0;
  }
  return snapshot;
}

async function removeCreatedSince(db: Database, snapshot: Snapshot): Promise<void> {
  for (const table of CREATED_TABLES) {
    await db.execute(sql`delete from ${sql.identifier(table)} where id > ${snapshot[table]}`);
  }
}

export interface ContentTestDb {
  db: Database;
  /** One account per role; each object is filled in before the file's tests run. */
  actors: Record<UserRole, Actor>;
  /** The file's throwaway media root (known once its tests run). */
  mediaRoot: () => string;
}

/**
 * A connection for a content test file, with the set-up and tear-down they all share: a
 * throwaway media root, one account per role, and every row the file created removed after
 * its tests. Call it at the top of the file: it registers the hooks.
 */
export function contentTestDb(): ContentTestDb {
  const handle = testDb();
  const db = handle.db;
  const actors = { contributor: {}, editor: {}, admin: {} } as Record<UserRole, Actor>;
  let snapshot: Snapshot | undefined;
  let root = '';
  let restore = async () => {};
  beforeAll(async () => {
    snapshot = await snapshotIds(db);
    ({ root, restore } = await useTempMediaRoot());
    const made = await makeActors(db);
    for (const role of Object.keys(actors) as UserRole[]) Object.assign(actors[role], made[role]);
  });
  afterAll(async () => {
    if (snapshot) await removeCreatedSince(db, snapshot);
    await restore();
    await handle.close();
  });
  return { db, actors, mediaRoot: () => root };
}
