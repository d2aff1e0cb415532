import { startOf } from './messages';
import { SitePage } from './site-page';

/** The search page (/fr/recherche, /ar/bahth): its form, results, suggestion and pager. */
export class SearchPage extends SitePage {
  get form() {
    return this.page.getByRole('search', { name: this.t.Search.refine, exact: true });
  }

  get query() {
    return this.form.getByRole('searchbox', { name: this.t.Search.field, exact: true });
  }

  get section() {
    return this.form.getByRole('combobox', { name: this.t.Search.section, exact: true });
  }

  get submit() {
    return this.form.getByRole('button', { name: this.t.Search.submit, exact: true });
  }

  /** The results region is named by its count line ("Résultats : 12"). */
  get results() {
    return this.page.getByRole('region', { name: startOf(this.t.Search.count) });
  }

  get count() {
    return this.results.getByText(startOf(this.t.Search.count));
  }

  get hits() {
    return this.results.getByRole('article');
  }

  get hitTitles() {
    return this.hits.getByRole('heading');
  }

  // The matched words, highlighted: <mark> has an ARIA role, but not one getByRole accepts.
  get marks() {
    return this.hits.locator('mark');
  }

  // A hit's section kicker and its title are both links; the kicker's class is what tells it apart.
  get hitSections() {
    return this.hits.locator('.kicker');
  }

  get suggestion() {
    return this.page.getByTestId('search-suggestion');
  }

  /** Refusals of the query or filters, announced as an alert. */
  get alert() {
    return this.main.getByRole('alert');
  }

  get nextPage() {
    return this.page.getByRole('navigation', { name: this.t.Pagination.label, exact: true }).getByRole('link', { name: this.t.Pagination.next, exact: true });
  }
}
