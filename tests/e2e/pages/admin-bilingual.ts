import type { Locale } from './messages';
import { ArticleEditor } from './admin-articles';

/** The editor's bilingual parts: the translation button, the side-by-side view, the cover's words and the "updated" flag. */
export class BilingualEditor extends ArticleEditor {
  /** "Créer la version arabe" / "Créer la version française". */
  translateButton(to: Locale) {
    return this.page.getByRole('button', { name: this.t.articles.edit.translateTo[to], exact: true });
  }

  get coverAlt() {
    return this.page.getByLabel(this.t.articles.edit.coverAlt, { exact: true });
  }

  get coverCaption() {
    return this.page.getByLabel(this.t.articles.edit.coverCaption, { exact: true });
  }

  /** The toggle that opens the other language beside the text. */
  twinToggle(twin: Locale) {
    return this.page.getByRole('button', { name: this.t.articles.bilingual.show[twin], exact: true });
  }

  /** The read-only pane; its name is its heading, followed by the twin's status badge. */
  twinPane(twin: Locale) {
    return this.page.getByRole('complementary', { name: new RegExp(`^${this.t.articles.bilingual.heading[twin]}`) });
  }

  twinBlocks(twin: Locale) {
    return this.twinPane(twin).getByRole('listitem');
  }

  // The highlighted passage is marked aria-current, which role locators cannot filter on.
  facingBlock(twin: Locale) {
    return this.twinPane(twin).locator('[aria-current="true"]');
  }

  get updateFlag() {
    return this.page.getByRole('checkbox', { name: this.t.articles.updateFlag.label, exact: true });
  }
}
