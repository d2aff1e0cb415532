import { SitePage } from './site-page';

/** The reader's 404, with the slim masthead. */
export class NotFoundPage extends SitePage {
  get title() {
    return this.main.getByRole('heading', { level: 1 });
  }

  // Slim and full mastheads are both the page's banner: only the class tells which one it is.
  get slimMasthead() {
    return this.page.locator('header.masthead--slim');
  }

  /**
   * Parts of the full masthead that change by the minute or carry ads, none of which the 404 has.
   * The prayer slot and the date line are plain containers: a data- attribute and a class are all they have.
   */
  get volatileParts() {
    return {
      ticker: this.ticker,
      prayerSlot: this.page.locator('[data-slot="prayer-times"]'),
      dateLine: this.page.locator('.topbar__date'),
      adSlots: this.adSlots,
    };
  }
}
