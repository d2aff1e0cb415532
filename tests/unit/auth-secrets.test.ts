import fs from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AUTH_SECRET_FILE, deriveKey, resolveAuthSecret } from '@/lib/auth/auth-key';
import { isSealed, open, seal } from '@/lib/auth/secret-box';

const LONG = 'a-secret-of-at-least-thirty-two-bytes!!';

describe('secret box (AES-256-GCM)', () => {
  const key = deriveKey(LONG, 'test');

  it('round-trips, with a fresh IV each time, and never shows the plain value', () => {
    const one = seal('JBSWY3DPEHPK3PXP', key, 'totp:1');
    const two = seal('JBSWY3DPEHPK3PXP', key, 'totp:1');
    expect(one).not.toBe(two);
    expect(isSealed(one)).toBe(true);
    expect(one).not.toContain('JBSWY3DPEHPK3PXP');
    expect(open(one, key, 'totp:1')).toBe('JBSWY3DPEHPK3PXP');
  });

  it('refuses another key, another context, and any altered byte', () => {
    const sealed = seal('JBSWY3DPEHPK3PXP', key, 'totp:1');
    expect(() => open(sealed, deriveKey(`${LONG}x`, 'test'), 'totp:1')).toThrow();
    expect(() => open(sealed, key, 'totp:2')).toThrow();
    const raw = Buffer.from(sealed.slice('enc:v1:'.length), 'base64url');
    raw[raw.length - 1]! ^= 1;
    expect(() => open(`enc:v1:${raw.toString('base64url')}`, key, 'totp:1')).toThrow();
    expect(() => open('JBSWY3DPEHPK3PXP', key, 'totp:1')).toThrow();
  });

  it('derives distinct 32-byte keys per purpose', () => {
    expect(deriveKey(LONG, 'a')).toHaveLength(32);
    expect(deriveKey(LONG, 'a').equals(deriveKey(LONG, 'b'))).toBe(false);
  });
});

describe('the AUTH_SECRET key', () => {
  // Inside the repository (.data/ is ignored by git), removed afterwards.
  const dataDir = path.resolve(import.meta.dirname, '../../.data', `test-auth-key-${randomBytes(4).toString('hex')}`);
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  afterEach(() => vi.unstubAllEnvs());

  it('uses AUTH_SECRET when set, and refuses one under 32 bytes', () => {
    expect(resolveAuthSecret({ secret: LONG, production: true, databaseUrl: 'postgres://db.example/jarida', dataDir })).toBe(LONG);
    expect(() => resolveAuthSecret({ secret: 'too short', production: false, databaseUrl: undefined, dataDir })).toThrow(/32 bytes/);
  });

  it('is required in production on a server database', () => {
    expect(() => resolveAuthSecret({ secret: undefined, production: true, databaseUrl: 'postgres://db.example/jarida', dataDir })).toThrow(
      /AUTH_SECRET is required/,
    );
    expect(fs.existsSync(path.join(dataDir, AUTH_SECRET_FILE))).toBe(false);
  });

  it('otherwise is generated once into .data/auth-secret, readable by its owner only', () => {
    const first = resolveAuthSecret({ secret: undefined, production: false, databaseUrl: 'postgres://127.0.0.1:5432/x', dataDir });
    const second = resolveAuthSecret({ secret: undefined, production: false, databaseUrl: 'postgres://127.0.0.1:5432/x', dataDir });
    expect(second).toBe(first);
    expect(Buffer.byteLength(first)).toBeGreaterThanOrEqual(32);
    expect(fs.statSync(path.join(dataDir, AUTH_SECRET_FILE)).mode & 0o777).toBe(0o600);
  });

  it('in production on the embedded database, the generated default is allowed', () => {
    const url = 'postgres://postgres@127.0.0.1:45678/postgres?sslmode=disable';
    fs.writeFileSync(path.join(dataDir, 'embedded-db.json'), JSON.stringify({ pid: 1, url }));
    expect(resolveAuthSecret({ secret: undefined, production: true, databaseUrl: url, dataDir })).toMatch(/\S{32,}/);
  });

  it('lib/env.ts rejects a short AUTH_SECRET', async () => {
    vi.resetModules();
    vi.stubEnv('AUTH_SECRET', 'short');
    const { env } = await import('@/lib/env');
    expect(() => env()).toThrow(/AUTH_SECRET must be at least 32 bytes/);
    vi.resetModules();
    vi.stubEnv('AUTH_SECRET', LONG);
    expect((await import('@/lib/env')).env().AUTH_SECRET).toBe(LONG);
  });
});
