import { randomBytes } from 'node:crypto';
import pg from 'pg';

/*
 * Throwaway databases on a PostgreSQL server, for the test projects, the benches and their
 * scripts: a random name under `jarida_<label>_`, created through the server's admin URL.
 */

/** Runs `work` with a client connected to `url`, then disconnects it. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** A new, empty database on the server of `adminUrl`; `drop` removes it, connections and all. */
export async function createServerDatabase(adminUrl: string, label: string): Promise<{ name: string; url: string; drop: () => Promise<void> }> {
  const name = `jarida_${label}_${randomBytes(4).toString('hex')}`;
  await withClient(adminUrl, (client) => client.query(`create database ${name}`));
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    name,
    url: url.toString(),
    drop: () => withClient(adminUrl, (client) => client.query(`drop database if exists ${name} with (force)`)).then(() => undefined),
  };
}
