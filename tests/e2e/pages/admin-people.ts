import { AdminPage } from './admin-page';

/** The accounts list and the "new account" form. */
export class UsersPage extends AdminPage {
  async goto(baseUrl: string) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/users`);
  }

  async gotoNew(baseUrl: string) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/users/new`);
  }

  get table() {
    return this.main.getByRole('table');
  }

  /** The link to this page in the newsroom's navigation. */
  get navLink() {
    return this.navigation.getByRole('link', { name: this.t.nav.users, exact: true });
  }

  /** Fills in the new-account form and creates it, waiting for the new account's page. */
  async create(account: { email: string; name: string; password: string; role?: 'contributor' | 'editor' | 'admin' }) {
    const u = this.t.users;
    await this.main.getByLabel(u.email, { exact: true }).fill(account.email);
    await this.main.getByLabel(u.name, { exact: true }).fill(account.name);
    if (account.role) await this.main.getByLabel(u.role, { exact: true }).selectOption(account.role);
    await this.main.getByLabel(u.password, { exact: true }).fill(account.password);
    await Promise.all([
      this.page.waitForURL(new RegExp(`/admin/${this.locale}/users/\\d+\\?done=created$`)),
      this.main.getByRole('button', { name: this.t.common.create, exact: true }).click(),
    ]);
  }
}

/** "My account": two-factor enrolment and recovery codes, password, language. */
export class AccountPage extends AdminPage {
  async goto(baseUrl: string) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/account`);
  }

  get twoFactor() {
    return this.main.getByRole('region', { name: this.t.account.twoFactorTitle, exact: true });
  }

  get startTwoFactor() {
    return this.twoFactor.getByRole('button', { name: this.t.account.start, exact: true });
  }

  get qrCode() {
    return this.twoFactor.getByRole('img', { name: this.t.account.qrLabel, exact: true });
  }

  // The drawing inside the QR image: the image role makes its inline SVG presentational.
  get qrDrawing() {
    return this.qrCode.locator('svg');
  }

  /** The secret, for typing by hand. */
  get secret() {
    return this.twoFactor.getByRole('code');
  }

  get code() {
    return this.twoFactor.getByLabel(this.t.account.code, { exact: true });
  }

  get confirm() {
    return this.twoFactor.getByRole('button', { name: this.t.account.confirm, exact: true });
  }

  /** The recovery codes, shown once after enrolment. */
  get recoveryList() {
    return this.twoFactor.getByRole('list', { name: this.t.account.recoveryListLabel, exact: true });
  }

  get recoveryCodes() {
    return this.recoveryList.getByRole('listitem');
  }

  get recoveryContinue() {
    return this.twoFactor.getByRole('link', { name: this.t.account.recoveryContinue, exact: true });
  }

  get passwordSection() {
    return this.main.getByRole('region', { name: this.t.account.passwordTitle, exact: true });
  }

  /** Changes the password and waits for the form's notice. */
  async changePassword(current: string, next: string) {
    const a = this.t.account;
    await this.passwordSection.getByLabel(a.currentPassword, { exact: true }).fill(current);
    await this.passwordSection.getByLabel(a.newPassword, { exact: true }).fill(next);
    await this.passwordSection.getByLabel(a.confirmPassword, { exact: true }).fill(next);
    await this.passwordSection.getByRole('button', { name: a.passwordSave, exact: true }).click();
    await this.passwordSection.getByRole('status').waitFor();
  }
}

/** The site settings. */
export class SettingsPage extends AdminPage {
  async goto(baseUrl: string) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/settings`);
  }

  /** Saves a new Hijri offset and waits for the saved notice. */
  async saveHijriOffset(offset: number) {
    await this.main.getByLabel(this.t.settings.hijriOffset, { exact: true }).selectOption(String(offset));
    await this.main.getByRole('button', { name: this.t.common.save, exact: true }).click();
    await this.savedNotice.waitFor();
  }
}
