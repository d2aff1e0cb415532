import { SitePage } from './site-page';

/** The front page (/fr, /ar). */
export class FrontPage extends SitePage {
  async goto(baseUrl: string) {
    return this.page.goto(`${baseUrl}/${this.locale}`);
  }

  /** "À la une": the lead story, then the rail of the latest headlines. */
  get top() {
    return this.page.getByRole('region', { name: this.t.Home.lead, exact: true });
  }

  /** The lead story's title link: the first story in the top region. */
  get leadStoryLink() {
    return this.top.getByRole('article').first().getByRole('heading').getByRole('link');
  }

  /** Title links of the rail of latest headlines beside the lead. */
  get latestHeadlineLinks() {
    return this.top.getByRole('region', { name: this.t.Home.latest, exact: true }).getByRole('article').getByRole('heading').getByRole('link');
  }

  /** Story and section headings of the main content. */
  get storyHeadings() {
    return this.main.getByRole('heading', { level: 2 }).or(this.main.getByRole('heading', { level: 3 }));
  }

  /** The first link to a story, by its title. */
  storyLink(title: string) {
    return this.main.getByRole('link', { name: title, exact: true }).first();
  }
}
