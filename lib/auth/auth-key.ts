import fs from 'node:fs';
import path from 'node:path';
import { hkdfSync, randomBytes } from 'node:crypto';
import { env, liveEnv } from '@/lib/env';

export const AUTH_SECRET_FILE = 'auth-secret';
const MIN_SECRET_BYTES = 32;

interface KeySource {
  secret: string | undefined;
  production: boolean;
  databaseUrl: string | undefined;
  // Where the embedded database lives (.data): the generated default goes next to it.
  dataDir: string;
}

/**
 * Whether DATABASE_URL is the embedded PGlite that scripts/with-db.ts started (it records its URL
 * in .data/embedded-db.json). Only then may the key be generated locally: its data and the key
 * live and die together in .data/. A server database outlives any one machine's .data/.
 */
function isEmbedded(source: KeySource): boolean {
  if (!source.databaseUrl) return true;
  try {
    const lock = JSON.parse(fs.readFileSync(path.join(source.dataDir, 'embedded-db.json'), 'utf8')) as { url?: string };
    return lock.url === source.databaseUrl;
  } catch {
    return false;
  }
}

/**
 * The secret behind the database-secret key: AUTH_SECRET, or (outside production on a server
 * database) one generated once into .data/auth-secret with mode 0600. Created with O_EXCL, so
 * two processes starting together end up reading the same file.
 */
export function resolveAuthSecret(source: KeySource): string {
  if (source.secret) {
    if (Buffer.byteLength(source.secret, 'utf8') < MIN_SECRET_BYTES) throw new Error('AUTH_SECRET must be at least 32 bytes');
    return source.secret;
  }
  if (source.production && !isEmbedded(source)) {
    throw new Error('AUTH_SECRET is required in production with a server database (DATABASE_URL): set it to 32+ random bytes, e.g. `openssl rand -base64 32`');
  }
  const file = path.join(source.dataDir, AUTH_SECRET_FILE);
  fs.mkdirSync(source.dataDir, { recursive: true });
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  const secret = fs.readFileSync(file, 'utf8').trim();
  if (Buffer.byteLength(secret, 'utf8') < MIN_SECRET_BYTES) throw new Error(`${file} holds fewer than 32 bytes; delete it or set AUTH_SECRET`);
  return secret;
}

/** A 32-byte key for one purpose, derived from the secret (HKDF-SHA256), so one secret serves several uses. */
export function deriveKey(secret: string, purpose: string): Buffer {
  return Buffer.from(hkdfSync('sha256', Buffer.from(secret, 'utf8'), Buffer.alloc(0), `jarida ${purpose}`, 32));
}

const holder = globalThis as unknown as { jaridaTotpKey?: Buffer };

/** The key TOTP secrets are sealed with, resolved at first use (never at build). */
export function totpKey(): Buffer {
  holder.jaridaTotpKey ??= deriveKey(
    resolveAuthSecret({
      secret: env().AUTH_SECRET,
      production: env().NODE_ENV === 'production',
      databaseUrl: liveEnv().DATABASE_URL,
      dataDir: path.join(process.cwd(), '.data'),
    }),
    'totp-secret v1',
  );
  return holder.jaridaTotpKey;
}
