import { describe, expect, it } from 'vitest';
import { BackupError, parseManifest, type Manifest } from '@/lib/backup/format';

const valid: Manifest = {
  format: 'jarida-backup',
  formatVersion: 1,
  createdAt: '2026-11-23T15:00:00.000Z',
  app: { version: '0.1.0', commit: null },
  database: {
    kind: 'pglite',
    format: 'sql',
    file: 'database.sql.gz',
    serverVersion: '18.6',
    dumpVersion: '18.3',
    migrations: { applied: 6, last: '0005_job_runs', lastCreatedAt: 1796297712672 },
    rows: { 'public.articles': 53 },
  },
  media: { included: true, storage: 'local', file: 'media.tar', files: 49, bytes: 1263038 },
  checksums: { 'database.sql.gz': 'a'.repeat(64), 'media.tar': 'b'.repeat(64) },
};

const parse = (value: unknown) => () => parseManifest(typeof value === 'string' ? value : JSON.stringify(value));

describe('backup manifest', () => {
  it('reads what a backup writes', () => {
    expect(parseManifest(JSON.stringify(valid))).toEqual(valid);
    const bucket = { ...valid, media: { included: false, storage: 's3' } };
    expect(parseManifest(JSON.stringify(bucket)).media).toEqual({ included: false, storage: 's3' });
  });

  it('refuses what is not a Jarida manifest, with a message and no stack', () => {
    expect(parse('{not json')).toThrow(BackupError);
    expect(parse('{not json')).toThrow(/not valid JSON/);
    expect(parse({ ...valid, format: 'other' })).toThrow(/does not describe a Jarida backup/);
    expect(parse(null)).toThrow(/does not describe a Jarida backup/);
  });

  it('refuses a newer format, naming both versions', () => {
    expect(parse({ ...valid, formatVersion: 2 })).toThrow(/format 2, written by a newer Jarida; this one reads format 1/);
  });

  it('refuses damaged fields', () => {
    expect(parse({ ...valid, checksums: { 'database.sql.gz': 'xyz' } })).toThrow(/not a valid Jarida manifest/);
    expect(parse({ ...valid, database: { ...valid.database, kind: 'mysql' } })).toThrow(/not a valid Jarida manifest/);
    expect(parse({ ...valid, database: { ...valid.database, rows: { 'public.articles': -1 } } })).toThrow(/not a valid Jarida manifest/);
  });
});
