/**
 * Creates an account from the command line: the way to get the first admin on a real server.
 *   npm run admin:create -- --email you@example.org --name "Your Name" [--role admin]
 * The password is read from ADMIN_PASSWORD or asked for on the terminal (never an argument,
 * so it stays out of shell history).
 */
import { createInterface } from 'node:readline/promises';
import { parseArgs } from 'node:util';
import { eq } from 'drizzle-orm';
import { createDb } from '../db/client';
import { users } from '../db/schema';
import { countUsers, createUser } from '../lib/admin/users-queries';

async function main() {
  const { values } = parseArgs({
    options: { email: { type: 'string' }, name: { type: 'string' }, role: { type: 'string', default: 'admin' } },
  });
  if (!values.email || !values.name) throw new Error('usage: npm run admin:create -- --email <e-mail> --name <name> [--role admin|editor|contributor]');
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set (npm run admin:create provides the embedded one)');
  let password = process.env.ADMIN_PASSWORD;
  if (!password) {
    const rl = createInterface({ input: process.stdin, output: process.stdout });
    password = await rl.question('Password (12 characters or more): ');
    rl.close();
  }
  const handle = createDb(url, { max: 1 });
  try {
    const first = (await countUsers(handle.db)) === 0;
    let actor = null;
    if (!first) {
      // Creating further accounts from the shell acts as the oldest admin, so the audit log names someone.
      const [admin] = await handle.db.select({ id: users.id }).from(users).where(eq(users.role, 'admin')).orderBy(users.id).limit(1);
      if (!admin) throw new Error('No admin exists to act as');
      actor = { id: admin.id, role: 'admin' as const };
    }
    const created = await createUser(handle.db, actor, { email: values.email, name: values.name, role: values.role as 'admin', password });
    console.log(`Created ${values.role} account #${created.id} for ${values.email}`);
  } finally {
    await handle.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
