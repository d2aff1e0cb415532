import { eq } from 'drizzle-orm';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createDb, type DbHandle } from '@/db/client';
import { users } from '@/db/schema';
import { createUser } from '@/lib/admin/users-queries';
import { totpCode } from '@/lib/auth/totp';
import { formatDateLong, formatHijri } from '@/lib/time/format';
import { createTestAdmin, signIn } from './admin-support';
import { CHROMIUM_ARGS } from './chromium';

/*
 * Accounts end to end, every sign-in with the right password: the per-address limit counts
 * failures from 127.0.0.1 for the whole run, so these tests never make a failing sign-in.
 */

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromiumPath');
const databaseUrl = inject('e2eDatabaseUrl');
let browser: Browser;
let handle: DbHandle;
const stamp = Date.now().toString(36);
const admin = { email: `e2e-admin-${stamp}@jarida.test`, password: 'e2e admin password' };

describe.skipIf(!baseUrl)('accounts, my account and settings', () => {
  beforeAll(async () => {
    handle = createDb(databaseUrl, { max: 1 });
    // Another file may have made the first account already: then act as an existing admin.
    await createTestAdmin(handle.db, { ...admin, name: 'Admin E2E' });
    browser = await chromium.launch({ executablePath: chromiumPath, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await handle?.close();
  });

  it('an admin creates a contributor, who may not open the accounts page', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, admin.email, admin.password);
    await page.goto(`${baseUrl}/admin/fr/users/new`);
    const email = `e2e-contrib-${stamp}@jarida.test`;
    await page.fill('input[name=email]', email);
    await page.fill('input[name=name]', 'Contributrice E2E');
    await page.fill('input[name=password]', 'contributor password');
    await Promise.all([page.waitForURL(/\/admin\/fr\/users\/\d+\?done=created$/), page.click('main button[type=submit]')]);
    await page.goto(`${baseUrl}/admin/fr/users`);
    await expect(page.locator('main table').textContent()).resolves.toContain(email);

    const other = await browser.newContext();
    const contributor = await other.newPage();
    await signIn(contributor, baseUrl, email, 'contributor password', 'ar');
    await contributor.goto(`${baseUrl}/admin/ar/users`);
    await contributor.waitForURL(`${baseUrl}/admin/ar?denied=1`);
    expect(await contributor.locator('nav a[href="/admin/ar/users"]').count()).toBe(0);
    await other.close();
    await context.close();
  });

  it('two-factor enrolment from the QR page, then a password change that keeps only this browser signed in', async () => {
    const email = `e2e-editor-${stamp}@jarida.test`;
    const [adminRow] = await handle.db.select({ id: users.id }).from(users).where(eq(users.email, admin.email));
    await createUser(handle.db, { id: adminRow!.id, role: 'admin' }, { email, name: 'Éditeur E2E', role: 'editor', password: 'editor password 1' });

    const elsewhere = await browser.newContext();
    const elsewherePage = await elsewhere.newPage();
    await signIn(elsewherePage, baseUrl, email, 'editor password 1');

    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, baseUrl, email, 'editor password 1');
    await page.goto(`${baseUrl}/admin/fr/account`);
    await Promise.all([page.waitForURL(/done=scan/), page.click('#two-factor button[type=submit]')]);
    expect(await page.locator('#two-factor [role=img] svg').count()).toBe(1);
    const secret = (await page.locator('#two-factor code').textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await page.fill('#two-factor input[name=code]', totpCode(secret));
    await page.locator('#two-factor form').first().locator('button[type=submit]').click();
    // The recovery codes are shown once, in place of the form; "continue" reloads the page.
    const codes = page.locator('#two-factor .recovery-codes li code');
    await codes.first().waitFor();
    const recovery = (await codes.allTextContents()).map((code) => code.trim());
    expect(recovery).toHaveLength(10);
    for (const code of recovery) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    await Promise.all([page.waitForURL(/done=2fa-on/), page.locator('#two-factor .recovery-codes a').click()]);
    expect(await page.locator('#two-factor .recovery-codes').count()).toBe(0);

    // Without the phone: the password, then a recovery code instead of the app's code.
    const phoneless = await browser.newContext();
    const phonelessPage = await phoneless.newPage();
    await phonelessPage.goto(`${baseUrl}/admin/fr/login`);
    await phonelessPage.fill('#email', email);
    await phonelessPage.fill('#password', 'editor password 1');
    await Promise.all([phonelessPage.waitForURL(/\/login\/two-factor/), phonelessPage.click('main button[type=submit]')]);
    await phonelessPage.fill('#code', recovery[0]!);
    await Promise.all([phonelessPage.waitForURL(`${baseUrl}/admin/fr`), phonelessPage.click('main button[type=submit]')]);
    await phonelessPage.goto(`${baseUrl}/admin/fr/account`);
    await expect(phonelessPage.locator('#two-factor').textContent()).resolves.toContain('9 codes de secours restants');
    await phoneless.close();

    // The other browser signed in with the password alone: enabling two-factor ended it.
    await elsewherePage.goto(`${baseUrl}/admin/fr/account`);
    await elsewherePage.waitForURL(/\/admin\/fr\/login/);

    await page.fill('input[name=currentPassword]', 'editor password 1');
    await page.fill('input[name=newPassword]', 'editor password 2');
    await page.fill('input[name=confirmPassword]', 'editor password 2');
    const passwordForm = page.locator('form:has(input[name=newPassword])');
    await passwordForm.locator('button[type=submit]').click();
    await passwordForm.locator('.notice.ok').waitFor();
    await page.reload();
    expect(new URL(page.url()).pathname).toBe('/admin/fr/account');
    await expect(page.locator('h1').textContent()).resolves.toBe('Mon compte');
    await elsewhere.close();
    await context.close();
  });

  it('a new Hijri offset reaches the reader at once', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cityPage = `${baseUrl}/fr/horaires-priere/casablanca`;
    // The heading line: "lundi 23 novembre 2026 · 13 joumada al-akhira 1448".
    const heading = (offset: number) => `${formatDateLong(new Date(), 'fr')} · ${formatHijri(new Date(), 'fr', offset)}`;
    await page.goto(cityPage);
    await signIn(page, baseUrl, admin.email, admin.password);
    // Each value is read by the cached reader page right after saving, whatever it showed before.
    for (const offset of [2, -1, 0]) {
      await page.goto(`${baseUrl}/admin/fr/settings`);
      await page.selectOption('select[name=hijriOffset]', String(offset));
      await page.click('main button[type=submit]');
      await page.locator('main .notice.ok').waitFor();
      await page.goto(cityPage);
      await expect(page.locator('main').textContent(), `offset ${offset}`).resolves.toContain(heading(offset));
    }
    await context.close();
  });
});
