import type { Locator, Page } from 'playwright-core';
import { readerText, type Locale } from './messages';

/** The cookie consent banner, first shown and reopened from the footer. */
export class ConsentBanner {
  private readonly t: (typeof readerText)[Locale]['Consent'];
  readonly root: Locator;

  constructor(page: Page, locale: Locale = 'fr') {
    this.t = readerText[locale].Consent;
    this.root = page.getByTestId('consent-banner');
  }

  // The row of the three first choices (two buttons and a "customize" link), compared as a row:
  // same order and same size. The row itself has no role.
  get firstChoices() {
    return this.root.locator('.consent__actions > *');
  }

  get acceptAll() {
    return this.root.getByRole('button', { name: this.t.acceptAll, exact: true });
  }

  get rejectAll() {
    return this.root.getByRole('button', { name: this.t.rejectAll, exact: true });
  }

  get advertising() {
    return this.root.getByRole('checkbox', { name: this.t.ads, exact: true });
  }

  get save() {
    return this.root.getByRole('button', { name: this.t.save, exact: true });
  }

  async waitForClosed() {
    await this.root.waitFor({ state: 'detached' });
  }
}
