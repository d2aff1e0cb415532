import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Database } from './client';
import { countUsers, createUser } from '@/lib/admin/users-queries';
import { authors } from './schema';

export interface DemoCredentials {
  email: string;
  password: string;
  role: 'admin' | 'editor';
}

/**
 * Demo mode only (the embedded database): one admin and one editor with random passwords,
 * kept under .data/ and printed at every start. Real deployments get their first admin from
 * `npm run admin:create`; no account exists by default.
 */
export async function ensureDemoAccounts(db: Database, dataDir: string): Promise<DemoCredentials[]> {
  const file = path.join(dataDir, 'demo-credentials.json');
  if ((await countUsers(db)) > 0) {
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DemoCredentials[]) : [];
  }
  const credentials: DemoCredentials[] = [
    { email: 'admin@jarida.test', password: randomBytes(12).toString('base64url'), role: 'admin' },
    { email: 'editor@jarida.test', password: randomBytes(12).toString('base64url'), role: 'editor' },
  ];
  const admin = await createUser(db, null, { email: credentials[0]!.email, name: 'Admin démo', role: 'admin', password: credentials[0]!.password });
  const [byline] = await db.select({ id: authors.id }).from(authors).limit(1);
  await createUser(db, { id: admin.id, role: 'admin' }, {
    email: credentials[1]!.email,
    name: 'Éditrice démo',
    role: 'editor',
    password: credentials[1]!.password,
    authorId: byline?.id ?? null,
  });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
