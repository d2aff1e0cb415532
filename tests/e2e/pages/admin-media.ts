import { AdminPage } from './admin-page';

/** The newsroom's media library: its upload form (which takes a pasted picture) and its grid. */
export class MediaLibraryPage extends AdminPage {
  async goto(baseUrl: string, query = '') {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/media${query ? `?q=${encodeURIComponent(query)}` : ''}`);
  }

  private get m() {
    return this.t.media;
  }

  get file() {
    return this.main.getByLabel(this.m.file, { exact: true });
  }

  get altFr() {
    return this.main.getByLabel(this.m.altFr, { exact: true });
  }

  get altAr() {
    return this.main.getByLabel(this.m.altAr, { exact: true });
  }

  get credit() {
    return this.main.getByLabel(this.m.credit, { exact: true });
  }

  get submit() {
    return this.main.getByRole('button', { name: this.m.uploadSubmit, exact: true });
  }

  /** The tiles of the grid, each a list item. */
  tile(name: string) {
    return this.main.getByRole('listitem').filter({ hasText: name });
  }

  /** Pastes an image file on the page outside any text field, as a screenshot from the clipboard would be. */
  async pasteImage(png: Buffer, name: string) {
    await this.heading.click();
    await this.page.evaluate(
      ({ base64, fileName }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], fileName, { type: 'image/png' }));
        document.body.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { base64: png.toString('base64'), fileName: name },
    );
  }

  /** The name of the file the picker holds. */
  chosenFileName() {
    return this.file.evaluate((input) => (input as HTMLInputElement).files?.[0]?.name ?? '');
  }
}
