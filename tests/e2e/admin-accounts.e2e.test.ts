import { describe, expect, inject, it } from 'vitest';
import { totpCode } from '@/lib/auth/totp';
import { formatDateLong, formatHijri } from '@/lib/time/format';
import { LoginPage, signIn } from './pages/admin-page';
import { AccountPage, SettingsPage, UsersPage } from './pages/admin-people';
import { SitePage } from './pages/site-page';
import { useTestAdmin } from './support/accounts';
import { useBrowser } from './support/browser';

/*
 * Accounts end to end, every sign-in with the right password: the per-address limit counts
 * failures from 127.0.0.1 for the whole run, so these tests never make a failing sign-in.
 */

const baseUrl = inject('baseUrl');
const stamp = Date.now().toString(36);
const admin = { email: `e2e-admin-${stamp}@jarida.test`, password: 'e2e admin password' };

describe.skipIf(!baseUrl)('accounts, my account and settings', () => {
  const browser = useBrowser();
  // Another file may have made the first account already: then act as an existing admin.
  const handle = useTestAdmin({ ...admin, name: 'Admin E2E' });

  it('an admin creates a contributor, who may not open the accounts page', async () => {
    const page = await browser.newPage();
    const users = new UsersPage(page);
    await signIn(page, baseUrl, admin.email, admin.password);
    await users.gotoNew(baseUrl);
    const email = `e2e-contrib-${stamp}@jarida.test`;
    await users.create({ email, name: 'Contributrice E2E', password: 'contributor password' });
    await users.goto(baseUrl);
    await expect(users.table.textContent()).resolves.toContain(email);

    const contributor = await browser.newPage();
    const contributorUsers = new UsersPage(contributor, 'ar');
    await signIn(contributor, baseUrl, email, 'contributor password', 'ar');
    await contributorUsers.goto(baseUrl);
    await contributor.waitForURL(`${baseUrl}/admin/ar?denied=1`);
    expect(await contributorUsers.navLink.count()).toBe(0);
  });

  it('two-factor enrolment from the QR page, then a password change that keeps only this browser signed in', async () => {
    const email = `e2e-editor-${stamp}@jarida.test`;
    await handle.createAccount({ email, name: 'Éditeur E2E', role: 'editor', password: 'editor password 1' });

    const elsewherePage = await browser.newPage();
    await signIn(elsewherePage, baseUrl, email, 'editor password 1');

    const page = await browser.newPage();
    const account = new AccountPage(page);
    await signIn(page, baseUrl, email, 'editor password 1');
    await account.goto(baseUrl);
    await Promise.all([page.waitForURL(/done=scan/), account.startTwoFactor.click()]);
    expect(await account.qrDrawing.count()).toBe(1);
    const secret = (await account.secret.textContent())!.replace(/\s/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await account.code.fill(totpCode(secret));
    await account.confirm.click();
    // The recovery codes are shown once, in place of the form; "continue" reloads the page.
    await account.recoveryCodes.first().waitFor();
    const recovery = (await account.recoveryCodes.allTextContents()).map((code) => code.trim());
    expect(recovery).toHaveLength(10);
    for (const code of recovery) expect(code).toMatch(/^[a-z2-7]{4}(-[a-z2-7]{4}){3}$/);
    await Promise.all([page.waitForURL(/done=2fa-on/), account.recoveryContinue.click()]);
    expect(await account.recoveryList.count()).toBe(0);

    // Without the phone: the password, then a recovery code instead of the app's code.
    const phonelessPage = await browser.newPage();
    const phoneless = new LoginPage(phonelessPage);
    await phoneless.goto(baseUrl);
    await phoneless.signInExpecting(email, 'editor password 1', /\/login\/two-factor/);
    await phoneless.verifyExpecting(recovery[0]!, `${baseUrl}/admin/fr`);
    const phonelessAccount = new AccountPage(phonelessPage);
    await phonelessAccount.goto(baseUrl);
    await expect(phonelessAccount.twoFactor.textContent()).resolves.toContain('9 codes de secours restants');

    // The other browser signed in with the password alone: enabling two-factor ended it.
    await elsewherePage.goto(`${baseUrl}/admin/fr/account`);
    await elsewherePage.waitForURL(/\/admin\/fr\/login/);

    await account.changePassword('editor password 1', 'editor password 2');
    await page.reload();
    expect(new URL(page.url()).pathname).toBe('/admin/fr/account');
    await expect(account.heading.textContent()).resolves.toBe('Mon compte');
  });

  it('a new Hijri offset reaches the reader at once', async () => {
    const page = await browser.newPage();
    const settings = new SettingsPage(page);
    const reader = new SitePage(page);
    const cityPage = `${baseUrl}/fr/horaires-priere/casablanca`;
    // The heading line: "lundi 23 novembre 2026 · 13 joumada al-akhira 1448".
    const heading = (offset: number) => `${formatDateLong(new Date(), 'fr')} · ${formatHijri(new Date(), 'fr', offset)}`;
    await page.goto(cityPage);
    await signIn(page, baseUrl, admin.email, admin.password);
    // Each value is read by the cached reader page right after saving, whatever it showed before.
    for (const offset of [2, -1, 0]) {
      await settings.goto(baseUrl);
      await settings.saveHijriOffset(offset);
      await page.goto(cityPage);
      await expect(reader.main.textContent(), `offset ${offset}`).resolves.toContain(heading(offset));
    }
  });
});
