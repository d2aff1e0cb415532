import { desc } from 'drizzle-orm';
import { describe, expect, inject, it } from 'vitest';
import { articles, settings } from '@/db/schema';
import arCore from '@/messages/admin/ar/core.json';
import { AdminPage, LoginPage, signIn } from './pages/admin-page';
import { useTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';

/*
 * Compulsory two-factor on every path to newsroom content, and the newsroom's own 404. Every
 * sign-in here succeeds: the per-address limit counts failures from 127.0.0.1 for the whole run.
 */
const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const admin = { email: `e2e-auth-admin-${stamp}@jarida.test`, password: 'e2e auth admin password' };

describe.skipIf(!baseUrl)('admin authentication', () => {
  const browser = useBrowser();
  const handle = useTestAdmin({ ...admin, name: 'Admin Auth E2E' }, {
    beforeClose: (db) => db.insert(settings).values({ key: 'require_2fa', value: false }).onConflictDoUpdate({ target: settings.key, set: { value: false } }),
  });

  it('an account held at enrolment reads no article: not through the preview, not through a dotted id with a forged header', async () => {
    const [article] = await handle.db.select({ id: articles.id, title: articles.title, locale: articles.locale }).from(articles).orderBy(desc(articles.id)).limit(1);
    const email = `e2e-unenrolled-${stamp}@jarida.test`;
    await handle.createAccount({ email, name: 'Sans 2FA', role: 'editor', password: 'editor without two-factor' });
    await handle.db.insert(settings).values({ key: 'require_2fa', value: true }).onConflictDoUpdate({ target: settings.key, set: { value: true } });
    try {
      const context = await browser.newContext();
      const login = new LoginPage(await context.newPage());
      await login.goto(baseUrl);
      await login.signInExpecting(email, 'editor without two-factor', /\/admin\/fr\/account\?enrol=1/);

      const preview = await context.request.get(`${baseUrl}/${article!.locale}/preview/${article!.id}`);
      // The 404 may be streamed after the shell (status 200): what matters is that no draft is in it.
      expect(await preview.text()).not.toContain(article!.title);

      const forged = { 'x-jarida-admin-path': '/admin/fr/account' };
      for (const path of [`/admin/fr/articles/${article!.id}`, `/admin/fr/articles/${article!.id}.0`]) {
        const response = await context.request.get(`${baseUrl}${path}`, { headers: forged });
        expect(await response.text(), path).not.toContain(article!.title);
      }
    } finally {
      await handle.db.insert(settings).values({ key: 'require_2fa', value: false }).onConflictDoUpdate({ target: settings.key, set: { value: false } });
    }
  });

  it('malformed ids and unknown paths get the newsroom 404, in Arabic right to left', async () => {
    const page = await browser.newPage();
    const notFound = new AdminPage(page, 'ar');
    await signIn(page, baseUrl, admin.email, admin.password, 'ar');
    for (const path of ['/admin/ar/articles/54.0', '/admin/ar/articles/054', '/admin/ar/users/1e3', '/admin/ar/no-such-page']) {
      await page.goto(`${baseUrl}${path}`);
      await expect(notFound.heading.textContent(), path).resolves.toBe(arCore.boundary.notFoundTitle);
      expect(await notFound.documentDir(), path).toBe('rtl');
      expect(await notFound.mainDir(), path).toBe('rtl');
    }
  });
});
