import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { count } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { authors, users } from '@/db/schema';
import { audit } from '@/lib/audit';
import { hashPassword } from '@/lib/auth/password';

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
  const [existing] = await db.select({ value: count() }).from(users);
  if ((existing?.value ?? 0) > 0) {
    return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as DemoCredentials[]) : [];
  }
  const credentials: DemoCredentials[] = [
    { email: 'admin@jarida.test', password: randomBytes(12).toString('base64url'), role: 'admin' },
    { email: 'editor@jarida.test', password: randomBytes(12).toString('base64url'), role: 'editor' },
  ];
  const [admin, editor] = credentials as [DemoCredentials, DemoCredentials];
  await db.transaction(async (tx) => {
    const [byline] = await tx.select({ id: authors.id }).from(authors).limit(1);
    const [adminRow] = await tx
      .insert(users)
      .values({ email: admin.email, name: 'Admin démo', role: 'admin', passwordHash: await hashPassword(admin.password) })
      .returning({ id: users.id });
    const [editorRow] = await tx
      .insert(users)
      .values({ email: editor.email, name: 'Éditrice démo', role: 'editor', passwordHash: await hashPassword(editor.password), authorId: byline?.id ?? null })
      .returning({ id: users.id });
    // The same trail as accounts made in the admin: the first by itself, the second by the admin.
    await audit(tx, { userId: adminRow!.id, action: 'user.create', entityType: 'user', entityId: adminRow!.id, details: { email: admin.email, role: 'admin' } });
    await audit(tx, { userId: adminRow!.id, action: 'user.create', entityType: 'user', entityId: editorRow!.id, details: { email: editor.email, role: 'editor' } });
  });
  fs.mkdirSync(dataDir, { recursive: true });
  fs.writeFileSync(file, JSON.stringify(credentials, null, 2), { mode: 0o600 });
  return credentials;
}
