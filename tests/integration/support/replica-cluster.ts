import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

/*
 * A throwaway primary and a streaming hot standby, from the machine's PostgreSQL binaries, in one
 * temporary folder. The primary is ours too, not the local server: that server's pg_hba.conf
 * (Debian's, as CI leaves it) has no `replication` line for TCP or its socket, so pg_basebackup and
 * a walreceiver cannot connect to it, and the test must not edit a system file other runs share.
 * initdb's own pg_hba.conf trusts replication from 127.0.0.1, and nothing outside the folder changes.
 */

const run = promisify(execFile);

export interface PostgresTools {
  bin: string;
  /** Root cannot run initdb or postgres: every command then runs as the `postgres` user. */
  asPostgres: boolean;
}

/** The binaries, or the reason they cannot be used. */
export function findPostgresTools(): PostgresTools | string {
  let bin = process.env.PG_BINDIR;
  if (!bin) {
    try {
      bin = execFileSync('pg_config', ['--bindir'], { encoding: 'utf8' }).trim();
    } catch {
      return 'pg_config is not on PATH (Debian: apt-get install postgresql; or set PG_BINDIR)';
    }
  }
  const missing = ['initdb', 'pg_ctl', 'pg_basebackup'].filter((tool) => !fs.existsSync(path.join(bin, tool)));
  if (missing.length) return `${missing.join(', ')} not found in ${bin}`;
  const asPostgres = process.getuid?.() === 0;
  if (asPostgres) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root without a postgres user to run the servers as';
    }
  }
  return { bin, asPostgres };
}

/**
 * Under `npm run test:future` the suite runs inside `faketime`, whose preload every child would
 * inherit: the `faketime` wrapper then waits for the servers, and they need no fake clock (what
 * readers see depends on article status, and the app's own clock stays faked).
 */
function realClockEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const key of ['LD_PRELOAD', 'FAKETIME', 'FAKETIME_SHARED', 'FAKETIME_NO_CACHE', 'DONT_FAKE_MONOTONIC']) delete env[key];
  return env;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

export class ReplicaCluster {
  readonly dir: string;
  primaryPort = 0;
  standbyPort = 0;

  private constructor(private readonly tools: PostgresTools) {
    this.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jarida-replica-'));
    if (tools.asPostgres) {
      const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }));
      const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }));
      fs.chownSync(this.dir, uid, gid);
    }
  }

  /** Creates and starts the primary; the standby comes later (pg_basebackup copies what it holds then). */
  static async startPrimary(tools: PostgresTools): Promise<ReplicaCluster> {
    const cluster = new ReplicaCluster(tools);
    try {
      await cluster.tool('initdb', ['-D', cluster.path('primary'), '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
      // Socket in our folder, not /var/run/postgresql; fsync off: nothing here must survive a crash.
      fs.appendFileSync(
        cluster.path('primary', 'postgresql.conf'),
        `\nlisten_addresses = '127.0.0.1'\nunix_socket_directories = '${cluster.dir}'\nfsync = off\nshared_buffers = 32MB\n`,
      );
      cluster.primaryPort = await cluster.start('primary');
      return cluster;
    } catch (error) {
      await cluster.remove();
      throw error;
    }
  }

  url(server: 'primary' | 'standby', database: string): string {
    return `postgres://postgres@127.0.0.1:${server === 'primary' ? this.primaryPort : this.standbyPort}/${database}`;
  }

  /** Copies the primary with pg_basebackup (-R: standby.signal and primary_conninfo) and starts it as a hot standby. */
  async startStandby(): Promise<void> {
    await this.tool('pg_basebackup', ['-h', '127.0.0.1', '-p', String(this.primaryPort), '-U', 'postgres', '-D', this.path('standby'), '-X', 'stream', '-R', '-c', 'fast', '--no-sync']);
    this.standbyPort = await this.start('standby');
  }

  async stopStandby(): Promise<void> {
    await this.tool('pg_ctl', ['-D', this.path('standby'), '-m', 'fast', '-w', 'stop']);
  }

  /** Starts the standby again on the port it had, as a replica that comes back would. */
  async restartStandby(): Promise<void> {
    await this.tool('pg_ctl', ['-D', this.path('standby'), '-l', this.path('standby.log'), '-o', `-p ${this.standbyPort}`, '-w', 'start']);
  }

  /** Stops both servers (if running) and deletes the folder; safe to call more than once. */
  async remove(): Promise<void> {
    for (const server of ['standby', 'primary']) {
      if (fs.existsSync(this.path(server, 'postmaster.pid'))) {
        await this.tool('pg_ctl', ['-D', this.path(server), '-m', 'immediate', '-w', 'stop']).catch((error: unknown) => {
          console.warn(`[replica test] could not stop the ${server}: ${(error as Error).message}`);
        });
      }
    }
    fs.rmSync(this.dir, { recursive: true, force: true });
  }

  /** The server's log, for a failing test's message. */
  log(server: 'primary' | 'standby'): string {
    try {
      return fs.readFileSync(this.path(`${server}.log`), 'utf8').split('\n').slice(-20).join('\n');
    } catch {
      return '(no log)';
    }
  }

  private path(...parts: string[]): string {
    return path.join(this.dir, ...parts);
  }

  /** Starts a server on a free port; another process may take the port first, so it tries thrice. */
  private async start(server: 'primary' | 'standby'): Promise<number> {
    for (let attempt = 1; ; attempt += 1) {
      const port = await freePort();
      try {
        await this.tool('pg_ctl', ['-D', this.path(server), '-l', this.path(`${server}.log`), '-o', `-p ${port}`, '-w', '-t', '30', 'start']);
        return port;
      } catch (error) {
        if (attempt === 3) throw new Error(`${server} did not start: ${(error as Error).message}\n${this.log(server)}`);
      }
    }
  }

  private async tool(name: string, args: string[]): Promise<void> {
    const command = path.join(this.tools.bin, name);
    const [file, argv] = this.tools.asPostgres ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, args];
    await run(file, argv, { cwd: this.dir, env: realClockEnv(), timeout: 60_000 });
  }
}
