import type { FrameLocator, Page } from 'playwright-core';
import { LocalizedPage } from './localized-page';
import { readerText, type Locale } from './messages';

/** What every reader page has: masthead, main content, footer, search box, banners and strips. */
export class SitePage extends LocalizedPage<(typeof readerText)[Locale]> {
  constructor(page: Page, locale: Locale = 'fr') {
    super(page, locale, readerText);
  }

  get banner() {
    return this.page.getByRole('banner');
  }

  get footer() {
    return this.page.getByRole('contentinfo');
  }

  /** The page's title heading. */
  get heading() {
    return this.page.getByRole('heading', { level: 1 });
  }

  get namedNavigations() {
    return this.page.getByRole('navigation', { name: /./ });
  }

  get homeLink() {
    return this.banner.getByRole('link', { name: this.t.Masthead.home, exact: true });
  }

  get sectionLinks() {
    return this.banner.getByRole('navigation', { name: this.t.Masthead.menu, exact: true }).getByRole('link');
  }

  /** The link to the same page in the other language. */
  get languageSwitch() {
    return this.banner.getByRole('link', { name: this.t.LanguageSwitch.short, exact: true });
  }

  get siteSearch() {
    return this.page.getByRole('search', { name: this.t.Search.siteSearch, exact: true }).getByRole('searchbox', { name: this.t.Search.field });
  }

  /** Searches from the header box, as a reader does: type, then Enter. */
  async search(query: string) {
    await this.siteSearch.fill(query);
    await this.siteSearch.press('Enter');
  }

  get manageCookies() {
    return this.footer.getByRole('link', { name: this.t.Consent.manage, exact: true });
  }

  get ticker() {
    return this.page.getByTestId('ticker');
  }

  get mostRead() {
    return this.page.getByTestId('most-read');
  }

  get consentBanner() {
    return this.page.getByTestId('consent-banner');
  }

  get embedPlaceholder() {
    return this.page.getByTestId('embed-placeholder');
  }

  /** The masthead's prayer strip, rendered in the page when JavaScript runs. */
  get prayerStrip() {
    return this.page.getByTestId('prayer-strip');
  }

  /** Without JavaScript the strip is a frame, titled like its link to the month's times. */
  get prayerStripFrame(): FrameLocator {
    return this.page.getByTitle(this.t.Prayer.month, { exact: true }).contentFrame();
  }

  // Ad slots are landmarks that all share the name "Publicité": their kind is only in data-ad-slot.
  adSlot(kind: 'leaderboard' | 'rectangle' | 'in-article') {
    return this.page.locator(`[data-ad-slot="${kind}"]`);
  }

  get adSlots() {
    return this.page.getByRole('complementary', { name: this.t.Ads.label, exact: true });
  }

  // A network creative is whatever markup the network sends: the app marks its slot with data- attributes.
  get networkSlots() {
    return this.page.locator('[data-ad-network-slot]');
  }

  get filledNetworkSlots() {
    return this.page.locator('[data-ad-network-filled="true"]');
  }

  // The network's creative may carry an empty alt (no img role): any picture in a filled slot.
  get networkCreatives() {
    return this.filledNetworkSlots.locator('img');
  }

  // An embedded player has no role or name of ours: its address is what says it is YouTube.
  get youtubeFrames() {
    return this.page.locator('iframe[src*="youtube"]');
  }

  documentLang() {
    return this.page.evaluate(() => document.documentElement.lang);
  }

  documentDir() {
    return this.page.evaluate(() => document.documentElement.dir);
  }

  /** The switch is a full page load: wait until the new document is the one in place. */
  async waitForLang(lang: Locale) {
    await this.page.waitForFunction((expected) => document.documentElement.lang === expected, lang);
  }
}
