import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres, type EmbeddedPostgres } from '@/db/embedded';

// PGlite takes any user without a password, so who can reach its socket is who owns the
// database: password hashes, TOTP secrets, sessions. Only this user may.
describe('the embedded database is reachable by its owner only', () => {
  let dataRoot: string;
  let embedded: EmbeddedPostgres;

  beforeAll(async () => {
    dataRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'jarida-embedded-'));
    // A project folder is usually world-readable: only the socket's own folder may keep others out.
    fs.chmodSync(dataRoot, 0o755);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataRoot, 'pglite') });
  });

  afterAll(async () => {
    await embedded?.stop();
    fs.rmSync(dataRoot, { recursive: true, force: true });
  });

  it('serves no TCP port, only a Unix socket in a 0700 folder next to the data', () => {
    const url = new URL(embedded.url);
    const socketDir = url.searchParams.get('host') ?? '';
    expect(socketDir).toBe(path.join(dataRoot, 'run'));
    expect(fs.statSync(socketDir).mode & 0o777).toBe(0o700);
    expect(fs.statSync(path.join(socketDir, '.s.PGSQL.5432')).isSocket()).toBe(true);
  });

  it('the owner connects with the URL it was given', async () => {
    const client = new pg.Client({ connectionString: embedded.url });
    await client.connect();
    try {
      const { rows } = await client.query<{ ok: number }>('select 1 as ok');
      expect(rows).toEqual([{ ok: 1 }]);
    } finally {
      await client.end();
    }
  });

  it.skipIf(process.getuid?.() !== 0)('another local user is refused by the file system', () => {
    const socket = path.join(new URL(embedded.url).searchParams.get('host')!, '.s.PGSQL.5432');
    const probe = `require('net').connect(${JSON.stringify(socket)}).on('connect', () => { console.log('connected'); process.exit(0); }).on('error', (e) => { console.log(e.code); process.exit(0); })`;
    const result = spawnSync(process.execPath, ['-e', probe], { uid: 65534, gid: 65534, encoding: 'utf8', cwd: '/' });
    expect(result.stdout.trim()).toBe('EACCES');
  });
});
