import { SitePage } from './site-page';

/** A list of stories with a pager: latest news, a section, an author, a tag. */
export class ListingPage extends SitePage {
  async goto(baseUrl: string, path: string) {
    return this.page.goto(`${baseUrl}${path}`);
  }

  /** The listed stories (the sidebar holds no story cards). */
  get stories() {
    return this.main.getByRole('article');
  }

  get storyLinks() {
    return this.stories.getByRole('heading').getByRole('link');
  }

  get nextPage() {
    return this.page.getByRole('navigation', { name: this.t.Pagination.label, exact: true }).getByRole('link', { name: this.t.Pagination.next, exact: true });
  }
}
