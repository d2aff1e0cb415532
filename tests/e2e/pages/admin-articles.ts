import { AdminPage } from './admin-page';

/** The newsroom's article list, with its "new article" form. */
export class ArticleListPage extends AdminPage {
  async goto(baseUrl: string) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/articles`);
  }

  /** Creates a draft from the list and waits for its editor; returns the new article's id. */
  async createDraft(title: string): Promise<number> {
    // The form is folded in a <details>: its <summary> has no ARIA role, so it is found by its text.
    await this.main.getByText(this.t.articles.new, { exact: true }).click();
    await this.main.getByLabel(this.t.articles.newTitle, { exact: true }).fill(title);
    await Promise.all([
      this.page.waitForURL(new RegExp(`/admin/${this.locale}/articles/\\d+$`)),
      this.main.getByRole('button', { name: this.t.articles.createDraft, exact: true }).click(),
    ]);
    await new ArticleEditor(this.page, this.locale).body.waitFor();
    return Number(this.page.url().split('/').pop());
  }
}

/** The article editor: fields, rich-text body, status bar, workflow buttons, media picker. */
export class ArticleEditor extends AdminPage {
  private get e() {
    return this.t.articles.edit;
  }

  /** Opens an article and waits until its body can be edited. */
  async goto(baseUrl: string, id: number) {
    await this.page.goto(`${baseUrl}/admin/${this.locale}/articles/${id}`);
    await this.body.waitFor();
  }

  get body() {
    return this.page.getByRole('textbox', { name: this.e.body, exact: true });
  }

  get title() {
    return this.page.getByLabel(this.e.titleField, { exact: true });
  }

  get summary() {
    return this.page.getByLabel(this.e.summary, { exact: true });
  }

  get slug() {
    return this.page.getByLabel(this.e.slug, { exact: true });
  }

  /** "État : Brouillon · Enregistré à 10:42": the live status line. */
  get statusBar() {
    return this.page.getByRole('status').filter({ hasText: startOfStatus(this.e.statusLabel) });
  }

  // The saved version is state for scripts, not text: the editor keeps it in data-version.
  async version(): Promise<number> {
    return Number(await this.page.locator('.article-editor').getAttribute('data-version'));
  }

  /** A refused save (validation, conflict, session, server) is announced as an alert in the page. */
  get errorNotice() {
    return this.main.getByRole('alert');
  }

  /** Waits until a save lands (the version goes past `before`) or is refused, whichever comes first. */
  async saveOutcome(before: number, timeout: number): Promise<'saved' | 'error'> {
    return Promise.race([
      this.page
        .waitForFunction((version) => Number(document.querySelector('.article-editor')?.getAttribute('data-version')) > version, before, { timeout })
        .then(() => 'saved' as const),
      this.errorNotice.first().waitFor({ timeout }).then(() => 'error' as const),
    ]);
  }

  button(name: 'save' | 'publishNow' | 'schedule' | 'submit' | 'unpublish') {
    return this.page.getByRole('button', { name: this.e[name], exact: true });
  }

  get imageButton() {
    return this.toolbarButton('image');
  }

  toolbarButton(name: 'image' | 'link' | 'h2' | 'bold' | 'embed') {
    return this.page.getByRole('toolbar', { name: this.t.articles.toolbar.label, exact: true }).getByRole('button', { name: this.t.articles.toolbar[name], exact: true });
  }

  /** The body's headings, paragraphs and links, as the editor holds them. */
  bodyHeadings(level: 2 | 3) {
    return this.body.getByRole('heading', { level });
  }

  get bodyLinks() {
    return this.body.getByRole('link');
  }

  /** The link dialog (toolbar "Lien" or Ctrl/Cmd+K). */
  get linkDialog() {
    const l = this.t.editor.link;
    const dialog = this.page.getByRole('dialog', { name: l.title, exact: true });
    return {
      dialog,
      url: dialog.getByLabel(l.url, { exact: true }),
      search: dialog.getByLabel(l.search, { exact: true }),
      results: dialog.getByRole('region', { name: l.results, exact: true }).getByRole('button'),
      newTab: dialog.getByLabel(l.newTab, { exact: true }),
      insert: dialog.getByRole('button', { name: l.insert, exact: true }),
      error: dialog.getByRole('alert'),
    };
  }

  /** The caption and alt text asked for a picture placed in the body. */
  get captionDialog() {
    const c = this.t.editor.caption;
    const dialog = this.page.getByRole('dialog', { name: c.title, exact: true });
    return { dialog, caption: dialog.getByLabel(c.caption, { exact: true }), alt: dialog.getByLabel(c.alt, { exact: true }), insert: dialog.getByRole('button', { name: c.insert, exact: true }) };
  }

  /** A picture pasted or dropped into the body: the library's texts and the caption, then upload. */
  get pastedImageDialog() {
    const c = this.t.editor.caption;
    const m = this.t.articles.media;
    const dialog = this.page.getByRole('dialog', { name: c.title, exact: true });
    return {
      dialog,
      caption: dialog.getByLabel(c.caption, { exact: true }),
      altFr: dialog.getByLabel(m.altFr, { exact: true }),
      altAr: dialog.getByLabel(m.altAr, { exact: true }),
      credit: dialog.getByLabel(m.credit, { exact: true }),
      insert: dialog.getByRole('button', { name: c.insert, exact: true }),
    };
  }

  /** Pastes an image file into the body, as a screenshot pasted from the clipboard would be. */
  async pasteImage(png: Buffer, name: string) {
    await this.body.click();
    await this.body.evaluate(
      (element, { base64, fileName }) => {
        const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
        const data = new DataTransfer();
        data.items.add(new File([bytes], fileName, { type: 'image/png' }));
        element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
      },
      { base64: png.toString('base64'), fileName: name },
    );
  }

  /** The byline picker: a combobox, its options, and the chosen authors as chips. */
  get authorPicker() {
    const a = this.t.editor.authors;
    return {
      input: this.page.getByRole('combobox', { name: this.e.authors, exact: true }),
      options: this.page.getByRole('listbox', { name: this.e.authors, exact: true }).getByRole('option'),
      chips: this.page.getByRole('list', { name: a.chosen, exact: true }).getByRole('listitem'),
      remove: (name: string) => this.page.getByRole('button', { name: a.remove.replace('{name}', name), exact: true }),
    };
  }

  /** The offer to restore a version from the history, then what to do once it is loaded. */
  restorePanel(number: number) {
    const r = this.t.editor.restore;
    const panel = this.page.getByRole('region', { name: r.title.replace('{number}', String(number)), exact: true });
    return {
      panel,
      load: panel.getByRole('button', { name: r.load, exact: true }),
      publish: panel.getByRole('button', { name: r.publish, exact: true }),
    };
  }

  /** « Fatima modifie cet article »: who else has the article open. */
  presence(name: string) {
    const message = this.t.articles.presence.editing;
    // French agrees the verb with the count: one name takes the `one` branch.
    const one = /one \{(.*?)\} other/.exec(message)?.[1] ?? message;
    return this.page.getByRole('status').filter({ hasText: one.replace('{names}', name) });
  }

  /** The notice after an automatic merge: "Fusionné avec les modifications de … (titre)". */
  get mergedNotice() {
    return this.page.getByRole('status').filter({ hasText: this.t.articles.merge.merged.split('{')[0]!.trim() });
  }

  /** The side-by-side choice shown when both editors changed the same field. */
  get mergeView() {
    const region = this.page.getByRole('region', { name: this.t.articles.merge.title, exact: true });
    const m = this.t.articles.merge;
    return {
      region,
      /** One conflicting field, by its label (e.g. "Titre"). */
      field: (label: string) => {
        const group = region.getByRole('group', { name: label, exact: true });
        return {
          group,
          keepMine: group.getByRole('radio', { name: m.keepMine, exact: true }),
          takeTheirs: (names: string) => group.getByRole('radio', { name: m.takeTheirs.replace('{names}', names), exact: true }),
          combine: group.getByRole('radio', { name: m.combine, exact: true }),
          combined: group.getByLabel(m.combined, { exact: true }),
        };
      },
      save: region.getByRole('button', { name: m.save, exact: true }),
    };
  }

  /** Types at the end of the body. */
  async typeInBody(text: string) {
    await this.body.click();
    await this.page.keyboard.press('End');
    await this.page.keyboard.type(text);
  }

  get mediaPicker() {
    const dialog = this.page.getByRole('dialog', { name: this.t.articles.media.title, exact: true });
    const m = this.t.articles.media;
    return {
      dialog,
      file: dialog.getByLabel(m.file, { exact: true }),
      altFr: dialog.getByLabel(m.altFr, { exact: true }),
      altAr: dialog.getByLabel(m.altAr, { exact: true }),
      credit: dialog.getByLabel(m.credit, { exact: true }),
      upload: dialog.getByRole('button', { name: m.upload, exact: true }),
    };
  }

  /** Pictures in the body being edited. */
  get bodyImages() {
    return this.body.getByRole('img');
  }

  /** The offer of text this browser kept and the server does not have, with its two choices. */
  get localCopy() {
    const c = this.t.articles.localCopy;
    const region = this.page.getByRole('region', { name: c.label, exact: true });
    return {
      region,
      restore: region.getByRole('button', { name: c.restore, exact: true }),
      discard: region.getByRole('button', { name: c.discard, exact: true }),
    };
  }

  /** Waits until the browser's copy of unsaved work (IndexedDB, lib/editor/local-draft-store.ts) holds `text`. */
  async waitForLocalCopy(text: string, timeout = 10_000) {
    // Not page.waitForFunction: it takes the promise an asynchronous predicate returns as a truthy
    // answer and resolves at its first poll, before anything was written.
    const deadline = Date.now() + timeout;
    while (!(await this.page.evaluate(localCopyHolds, text))) {
      if (Date.now() > deadline) throw new Error(`No copy holding "${text}" in IndexedDB after ${timeout} ms`);
      await this.page.waitForTimeout(100);
    }
  }

  /** A link of the newsroom's side navigation. */
  navLink(key: 'dashboard' | 'articles' | 'media') {
    return this.navigation.getByRole('link', { name: this.t.nav[key], exact: true });
  }

  /** The status bar's text, to poll for "Enregistré", "Publié"… */
  statusText() {
    return this.statusBar.textContent();
  }
}

function startOfStatus(label: string): string {
  return label.split('{')[0]!.trim();
}

/** An article's revision history. */
export class RevisionsPage extends AdminPage {
  async goto(baseUrl: string, id: number) {
    return this.page.goto(`${baseUrl}/admin/${this.locale}/articles/${id}/revisions`);
  }

  /** One row per revision: the header row has column headers, no cells. */
  get rows() {
    return this.main.getByRole('table').getByRole('row').filter({ has: this.page.getByRole('cell') });
  }

  /** The "Version N" of each row, newest first. */
  async versionLabels(): Promise<string[]> {
    return this.rows.evaluateAll((rows) => rows.map((row) => row.querySelector('td')?.textContent?.trim() ?? ''));
  }

  /** Opens the comparison of version `number` with the current one. */
  async compare(number: number) {
    const label = this.t.articles.revisions.version.replace('{version}', String(number));
    await this.rows.filter({ has: this.page.getByRole('cell', { name: label, exact: true }) }).getByRole('link', { name: this.t.articles.revisions.compare, exact: true }).click();
  }

  /** "Restaurer cette version": opens the editor with that version offered, nothing written yet. */
  get restoreLink() {
    return this.main.getByRole('link', { name: this.t.articles.revisions.restore, exact: true });
  }
}

/** Runs in the page: whether a copy in the editor's IndexedDB store holds `needle`. */
function localCopyHolds(needle: string): Promise<boolean> {
  return new Promise((resolve) => {
    const request = indexedDB.open('jarida-editor');
    // Not there yet: never create it (at version 1, without the editor's store, the editor could not write).
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = () => resolve(false);
    request.onsuccess = () => {
      const db = request.result;
      const done = (found: boolean) => {
        db.close();
        resolve(found);
      };
      if (!db.objectStoreNames.contains('drafts')) return done(false);
      const all = db.transaction('drafts', 'readonly').objectStore('drafts').getAll();
      all.onsuccess = () => done(JSON.stringify(all.result).includes(needle));
      all.onerror = () => done(false);
    };
  });
}
