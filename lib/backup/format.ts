import { z } from 'zod';

/**
 * A Jarida backup is one uncompressed tar file holding, in this order:
 *
 * - `manifest.json`: what the rest is (the schema below);
 * - `database.sql.gz` (the embedded database: PGlite's pg_dump, plain SQL with INSERTs, gzip) or
 *   `database.dump` (a PostgreSQL server: `pg_dump --format=custom`, compressed by pg_dump);
 * - `media.tar`: the media folder (`MEDIA_ROOT`) with local storage; absent with another backend.
 *
 * Readers refuse a `formatVersion` above the one they know: a field whose meaning changes gets a
 * new version, a new optional field does not.
 */
export const BACKUP_FORMAT = 'jarida-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const MANIFEST_FILE = 'manifest.json';
export const MEDIA_FILE = 'media.tar';
export const DATABASE_FILES = { sql: 'database.sql.gz', custom: 'database.dump' } as const;

/** Bad input or a refused operation: the message is for the operator, no stack trace. */
export class BackupError extends Error {
  override name = 'BackupError';
}

const sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const count = z.number().int().min(0);

export const manifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().min(1),
  createdAt: z.iso.datetime(),
  app: z.object({ version: z.string(), commit: z.string().nullable() }),
  database: z.object({
    kind: z.enum(['pglite', 'postgres']),
    format: z.enum(['sql', 'custom']),
    file: z.enum([DATABASE_FILES.sql, DATABASE_FILES.custom]),
    // `server_version` of the database dumped, and the version of the pg_dump that dumped it.
    serverVersion: z.string(),
    dumpVersion: z.string(),
    migrations: z.object({
      applied: count,
      // Tag (`0005_job_runs`) and drizzle's `created_at` (the journal's `when`) of the last one.
      last: z.string().nullable(),
      lastCreatedAt: z.number().int().nullable(),
    }),
    // Rows per table (`schema.table`) in the dumped snapshot: restore checks them after loading.
    rows: z.record(z.string(), count),
  }),
  media: z.discriminatedUnion('included', [
    z.object({ included: z.literal(true), storage: z.literal('local'), file: z.literal(MEDIA_FILE), files: count, bytes: count }),
    // Another backend (a bucket) is backed up on its own: see the README.
    z.object({ included: z.literal(false), storage: z.string() }),
  ]),
  // sha256 of every other file in the archive, by name.
  checksums: z.record(z.string(), sha256),
});

export type Manifest = z.infer<typeof manifestSchema>;

export function parseManifest(text: string): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BackupError('manifest.json is not valid JSON: this is not a Jarida backup, or it is damaged');
  }
  const format = (json as { format?: unknown; formatVersion?: unknown } | null) ?? {};
  if (format.format !== BACKUP_FORMAT) throw new BackupError('manifest.json does not describe a Jarida backup');
  if (typeof format.formatVersion === 'number' && format.formatVersion > BACKUP_FORMAT_VERSION) {
    throw new BackupError(
      `this backup has format ${format.formatVersion}, written by a newer Jarida; this one reads format ${BACKUP_FORMAT_VERSION}: restore it with that release or a later one`,
    );
  }
  const result = manifestSchema.safeParse(json);
  if (!result.success) throw new BackupError(`manifest.json is not a valid Jarida manifest: ${z.prettifyError(result.error)}`);
  return result.data;
}
