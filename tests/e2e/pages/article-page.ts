import { SitePage } from './site-page';

/** An article, published or in preview. */
export class ArticlePage extends SitePage {
  get title() {
    return this.heading;
  }

  // The story's own dates line has no role or name; a relative date is marked data-relative for the
  // script that keeps it current (cards in the sidebar have dates too, hence the line's class).
  get relativeDates() {
    return this.page.locator('.article__dates time[data-relative]');
  }

  // « Mis à jour le … »: a <time> in the dates line, which has no role or name of its own.
  get updatedDate() {
    return this.page.locator('.article__dates time.article__updated');
  }

  // Found by id rather than by name: its text ("Lire la suite", "اقرأ المزيد") is what tests check.
  get readMoreHeading() {
    return this.page.locator('#read-more-heading');
  }

  // Byline links are named after the authors, which tests do not know: rel=author is what marks them.
  get authorLinks() {
    return this.page.locator('a[rel="author"]');
  }

  // The tag list has a visually hidden heading but no landmark or list name to scope it by.
  get tagLinks() {
    return this.page.locator('.article__tags').getByRole('link');
  }

  /** Pictures inside the story (cover and body figures). */
  get figureImages() {
    return this.page.getByRole('article').getByRole('figure').getByRole('img');
  }

  get sidebarMostReadItems() {
    return this.page.getByRole('complementary').getByTestId('most-read').getByRole('listitem');
  }
}
