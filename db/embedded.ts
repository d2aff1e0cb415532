import fs from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';

export interface EmbeddedPostgres {
  url: string;
  stop: () => Promise<void>;
}

/**
 * PGlite allows one process per data directory, but `next build` renders in worker
 * processes and `db:seed` may run beside `next dev`. So a single owner process serves
 * PGlite over the PostgreSQL wire protocol and every other process connects with `pg`.
 */
export async function startEmbeddedPostgres(options: {
  dataDir?: string; // omit for an in-memory database
  port?: number; // 0 picks a free port
}): Promise<EmbeddedPostgres> {
  if (options.dataDir) await fs.mkdir(path.dirname(options.dataDir), { recursive: true });
  // Site search needs both (migration 0003 runs CREATE EXTENSION); PGlite ships them in contrib.
  const pglite = await PGlite.create(options.dataDir ?? 'memory://', { extensions: { pg_trgm, unaccent } });
  const port = options.port ?? 0;
  const actualPort = port === 0 ? await freePort() : port;
  const server = new PGLiteSocketServer({
    db: pglite,
    host: '127.0.0.1',
    port: actualPort,
    // The multiplexer keeps a transaction on its own connection; 32 covers app + build workers.
    maxConnections: 32,
  });
  await server.start();
  return {
    url: `postgres://postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    stop: async () => {
      await server.stop();
      await pglite.close();
    },
  };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}
