import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { runMigrations } from '@/db/migrate';
import { testDb } from './support/db';

const handle = testDb();
afterAll(() => handle.close());

describe(`migrations (${inject('databaseKind')})`, () => {
  it('create every table of the schema', async () => {
    const { rows } = await handle.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by table_name`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining(['article_authors', 'article_tags', 'articles', 'authors', 'media', 'sections', 'settings', 'tags']),
    );
  });

  it('create the read-path indexes', async () => {
    const { rows } = await handle.db.execute<{ indexname: string; indexdef: string }>(
      sql`select indexname, indexdef from pg_indexes where tablename = 'articles'`,
    );
    const byName = Object.fromEntries(rows.map((row) => [row.indexname, row.indexdef]));
    expect(byName.articles_locale_slug_key).toMatch(/UNIQUE/);
    expect(byName.articles_published_by_section_idx).toMatch(/section_id, locale, published_at DESC/);
    expect(byName.articles_published_by_section_idx).toMatch(/WHERE \(status = 'published'/);
    expect(byName.articles_published_by_locale_idx).toMatch(/locale, published_at DESC/);
  });

  it('store timestamps as timestamptz', async () => {
    const { rows } = await handle.db.execute<{ column_name: string; data_type: string }>(
      sql`select column_name, data_type from information_schema.columns where table_name = 'articles' and column_name like '%_at'`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) expect(row.data_type, row.column_name).toBe('timestamp with time zone');
  });

  it('are idempotent: running them again changes nothing', async () => {
    const before = await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    await runMigrations(inject('databaseUrl'));
    const after = await handle.db.execute(sql`select count(*)::int as n from drizzle.__drizzle_migrations`);
    expect(after.rows).toEqual(before.rows);
  });
});
