import { AdminPage } from './admin-page';

/** The ticker's list of alerts, with its "new alert" form. */
export class TickerAdminPage extends AdminPage {
  async goto(baseUrl: string) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/ticker`);
  }

  /** Publishes a new alert and waits for the form's confirmation. */
  async publish(text: string) {
    const t = this.t.ticker;
    await this.main.getByLabel(t.text, { exact: true }).fill(text);
    await this.main.getByRole('button', { name: t.create, exact: true }).click();
    await this.main.getByText(t.created, { exact: true }).waitFor();
  }
}
