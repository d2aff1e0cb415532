import { AdminPage } from './admin-page';

/** The newsroom's publisher pages: the list, and one page's form with its rich-text editor. */
export class PagesAdminPage extends AdminPage {
  async goto(baseUrl: string) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/pages`);
  }

  /** The list's row of a page, found by its address. */
  row(slug: string) {
    return this.main.getByRole('row').filter({ has: this.page.getByRole('cell', { name: slug, exact: true }) });
  }

  /** Opens a page's form from the list and waits until its text can be edited. */
  async edit(slug: string) {
    await this.row(slug).getByRole('link', { name: this.t.common.edit, exact: true }).click();
    await this.body.waitFor();
  }

  get body() {
    return this.page.getByRole('textbox', { name: this.t.pages.body, exact: true });
  }

  get pageTitle() {
    return this.main.getByLabel(this.t.pages.pageTitle, { exact: true });
  }

  /** Types at the end of the page's text. */
  async typeInBody(text: string) {
    await this.body.click();
    await this.page.keyboard.press('Control+End');
    await this.page.keyboard.press('Enter');
    await this.page.keyboard.type(text);
  }

  /** Saves the form and waits for its confirmation. */
  async save() {
    await this.main.getByRole('button', { name: this.t.common.save, exact: true }).click();
    await this.main.getByRole('status').filter({ hasText: this.t.errors.saved }).waitFor();
  }
}
