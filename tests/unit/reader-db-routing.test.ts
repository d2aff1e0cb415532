import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * Reader reads go to the replicas (withReaderDb); writes and everything the newsroom reads stay
 * on the primary (withDb), so an editor never sees a replica that has not caught up with them.
 */

const root = path.resolve(import.meta.dirname, '../..');

function sources(dir: string): string[] {
  return fs.readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => /\.tsx?$/.test(file))
    .map((file) => path.join(dir, file));
}

function labels(files: string[], call: 'withDb' | 'withReaderDb'): string[] {
  return files.flatMap((file) =>
    [...fs.readFileSync(path.join(root, file), 'utf8').matchAll(new RegExp(`\\b${call}\\('([^']+)'`, 'g'))].map((match) => `${file}: ${match[1]}`),
  );
}

describe('which database a read goes to', () => {
  it('the reader data layer reads through withReaderDb and writes through withDb', () => {
    const data = sources('lib/data');
    expect(labels(data, 'withDb').sort()).toEqual([
      'lib/data/consent.ts: consent record',
      'lib/data/search.ts: search lexicon',
      'lib/data/view-counter.ts: views flush',
      'lib/data/view-counter.ts: views prune',
    ]);
    expect(labels(data, 'withReaderDb').length).toBeGreaterThan(15);
  });

  it('the newsroom, sign-in, preview and scheduler never read a replica', () => {
    const primaryOnly = [...sources('app/admin'), ...sources('app/api'), ...sources('lib/admin'), ...sources('lib/auth'), ...sources('lib/scheduler')];
    expect(labels(primaryOnly, 'withReaderDb')).toEqual([]);
    expect(labels(primaryOnly, 'withDb')).toContain('lib/admin/articles/index.ts: admin.articles.preview');
  });
});
