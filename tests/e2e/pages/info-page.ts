import { SitePage } from './site-page';

/** A publisher page (about, contact, legal notice...), and the footer links that lead to them. */
export class InfoPage extends SitePage {
  /** The footer's list of the publisher's pages. */
  get footerPages() {
    return this.footer.getByRole('navigation', { name: this.t.Footer.info, exact: true }).getByRole('link');
  }

  get body() {
    return this.main.getByRole('article');
  }

  /** The page's hreflang links, by language. */
  async hreflang(): Promise<Record<string, string>> {
    const links = await this.page.locator('link[rel="alternate"][hreflang]').evaluateAll((elements) => elements.map((element) => [element.getAttribute('hreflang')!, element.getAttribute('href')!]));
    return Object.fromEntries(links);
  }
}
