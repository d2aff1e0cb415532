import type { Page } from 'playwright-core';
import type { Locale } from './messages';

/** A page of the site or the newsroom in one language: `t` holds that language's texts. */
export class LocalizedPage<Text> {
  readonly t: Text;

  constructor(
    readonly page: Page,
    readonly locale: Locale,
    texts: Record<Locale, Text>,
  ) {
    this.t = texts[locale];
  }

  get main() {
    return this.page.getByRole('main');
  }
}
