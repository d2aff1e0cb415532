import type { Page } from 'playwright-core';
import { LocalizedPage } from './localized-page';
import { adminText, type Locale } from './messages';

/** What every newsroom page has: its navigation, main content, title and notices. */
export class AdminPage extends LocalizedPage<(typeof adminText)[Locale]> {
  constructor(page: Page, locale: Locale = 'fr') {
    super(page, locale, adminText);
  }

  get heading() {
    return this.main.getByRole('heading', { level: 1 });
  }

  get navigation() {
    return this.page.getByRole('navigation', { name: this.t.nav.label, exact: true });
  }

  /** A form's "done" notice. */
  get savedNotice() {
    return this.main.getByRole('status');
  }

  mainDir() {
    return this.main.getAttribute('dir');
  }

  documentDir() {
    return this.page.evaluate(() => document.documentElement.dir);
  }
}

/** The sign-in page, and the second step when the account has two-factor. */
export class LoginPage extends AdminPage {
  async goto(baseUrl: string) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/login`);
  }

  get email() {
    return this.page.getByLabel(this.t.login.email, { exact: true });
  }

  get password() {
    return this.page.getByLabel(this.t.login.password, { exact: true });
  }

  get submit() {
    return this.main.getByRole('button', { name: this.t.login.submit, exact: true });
  }

  get code() {
    return this.page.getByLabel(this.t.login.code, { exact: true });
  }

  get verify() {
    return this.main.getByRole('button', { name: this.t.login.verify, exact: true });
  }

  /** Fills in the form and sends it, waiting for the address it leads to. */
  async signInExpecting(email: string, password: string, next: string | RegExp) {
    await this.email.fill(email);
    await this.password.fill(password);
    await Promise.all([this.page.waitForURL(next), this.submit.click()]);
  }

  /** The second step: a code from the app, or a recovery code. */
  async verifyExpecting(code: string, next: string | RegExp) {
    await this.code.fill(code);
    await Promise.all([this.page.waitForURL(next), this.verify.click()]);
  }
}

/** Signs in through the real form and waits for the dashboard. */
export async function signIn(page: Page, baseUrl: string, email: string, password: string, locale: Locale = 'fr') {
  const login = new LoginPage(page, locale);
  await login.goto(baseUrl);
  await login.signInExpecting(email, password, `${baseUrl}/admin/${locale}`);
}
