import type { FrameLocator, Locator, Page } from 'playwright-core';
import { readerText, type Locale } from './messages';
import { SitePage } from './site-page';

/**
 * The masthead's prayer strip, in the page (with JavaScript) or in its frame (without): six
 * times, the next prayer, the reader's city and the city picker.
 */
export class PrayerStrip {
  private readonly t: (typeof readerText)[Locale];
  readonly root: Locator;

  constructor(
    scope: Page | FrameLocator,
    locale: Locale = 'fr',
  ) {
    this.t = readerText[locale];
    this.root = scope.getByTestId('prayer-strip');
  }

  get times() {
    return this.root.getByRole('listitem');
  }

  // Each time's prayer name is a plain span beside its <time>: a class is all that marks it.
  get prayerNames() {
    return this.root.locator('.prayer-strip__name');
  }

  get clocks() {
    return this.times.getByRole('time');
  }

  // The next prayer is the item with aria-current="time", which getByRole cannot filter on.
  get next() {
    return this.root.locator('[aria-current="time"]');
  }

  // The countdown ("dans 2 h 10") is a plain span after the next prayer's time.
  get timeLeft() {
    return this.root.locator('.prayer-strip__left');
  }

  // The city's name shares its control's accessible name with the hidden "change city" text.
  get cityName() {
    return this.root.locator('.prayer-strip__city-name');
  }

  // A <summary> has no ARIA role to query: it is the only one in the strip.
  get cityToggle() {
    return this.root.locator('summary');
  }

  /** In the frame, the city is a link to the city's page (which has the form). */
  get cityLink() {
    return this.root.getByRole('link', { name: new RegExp(this.t.Prayer.change) });
  }

  get citySelect() {
    return this.root.getByRole('combobox', { name: this.t.Prayer.city, exact: true });
  }

  get chooseCity() {
    return this.root.getByRole('button', { name: this.t.Prayer.choose, exact: true });
  }

  /** Opens the picker, chooses a city and sends the form. */
  async chooseCityNamed(slug: string) {
    await this.cityToggle.click();
    await this.citySelect.selectOption(slug);
    await this.chooseCity.click();
  }
}

/** A city's prayer-times page: today's six times, the month's table, the city form, other cities. */
export class PrayerTimesPage extends SitePage {
  get todayTimes() {
    return this.page.getByRole('region', { name: this.t.Prayer.today, exact: true }).getByRole('listitem');
  }

  get monthTable() {
    return this.page.getByRole('table');
  }

  /** One row per day: the header row has column headers, no cells. */
  get dayRows() {
    return this.monthTable.getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  // Today's row is marked aria-current="date", which getByRole cannot filter on.
  get todayRow() {
    return this.monthTable.locator('tr[aria-current="date"]');
  }

  get otherCities() {
    return this.page.getByRole('navigation', { name: this.t.Prayer.otherCities, exact: true }).getByRole('link');
  }

  private get chooser() {
    return this.page.getByRole('region', { name: this.t.Prayer.change, exact: true });
  }

  /** The city form of the page, which works without JavaScript. */
  async chooseCity(slug: string) {
    await this.chooser.getByRole('combobox', { name: this.t.Prayer.city, exact: true }).selectOption(slug);
    await this.chooser.getByRole('button', { name: this.t.Prayer.choose, exact: true }).click();
  }
}
