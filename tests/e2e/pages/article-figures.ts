import type { Page } from 'playwright-core';

/** The pictures of an article page: the cover and the figures in its body, as <picture> elements. */
export class ArticleFigures {
  constructor(private readonly page: Page) {}

  /** The body's pictures (figures after the cover). */
  get bodyPictures() {
    return this.page.getByRole('article').locator('.article-body').getByRole('figure').locator('picture');
  }

  get coverImage() {
    return this.page.getByRole('article').getByRole('figure').first().getByRole('img');
  }

  /** What a picture offers: each <source>'s type and srcset, and its <img> attributes. */
  static describe(picture: ReturnType<ArticleFigures['bodyPictures']['nth']>) {
    return picture.evaluate((element) => ({
      sources: [...element.querySelectorAll('source')].map((source) => ({ type: source.type, srcset: source.srcset, sizes: source.sizes })),
      img: (({ width, height, loading }) => ({ width, height, loading }))(element.querySelector('img')!),
      widthAttr: element.querySelector('img')!.getAttribute('width'),
      heightAttr: element.querySelector('img')!.getAttribute('height'),
    }));
  }
}
