import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SEED_DATA } from '@/demo/seed-data';
import { ArticleFigures } from './pages/article-figures';
import { useBrowser } from './support/browser';

/*
 * Reader pictures come from the renditions made at upload, never from Next's runtime optimizer:
 * every reader page type, on a 390-px phone at 3x, in both languages.
 */

const baseUrl = inject('baseUrl');
const LOCALES = ['fr', 'ar'] as const;
const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true, hasTouch: true };

const longRead = (locale: 'fr' | 'ar') => SEED_DATA.articles.find((article) => article.pair === 'souss-irrigation-grand-format' && article.locale === locale)!;

/** The first link on the page whose address starts with `prefix`. */
async function firstLink(page: Page, prefix: string): Promise<string> {
  const hrefs = await page.getByRole('link').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''));
  const href = hrefs.find((candidate) => decodeURIComponent(candidate).startsWith(prefix));
  expect(href, `a link starting with ${prefix}`).toBeDefined();
  return href!;
}

/** Loads a page and scrolls to its end, so lazy pictures load too. */
async function visit(page: Page, path: string): Promise<void> {
  await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
  await page.evaluate(async () => {
    for (let y = 0; y < document.body.scrollHeight; y += window.innerHeight / 2) {
      window.scrollTo(0, y);
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
  });
  await page.waitForLoadState('networkidle');
}

describe('reader images', () => {
  const browser = useBrowser();

  it('no reader page type requests /_next/image: front, section, article, long read and author pages load AVIF renditions', async () => {
    for (const locale of LOCALES) {
      const page = await browser.newPage(phone);
      const images: string[] = [];
      page.on('request', (request) => {
        if (request.resourceType() === 'image' || request.url().includes('/_next/image')) images.push(new URL(request.url()).pathname);
      });
      await visit(page, `/${locale}`);
      const section = await firstLink(page, locale === 'fr' ? '/fr/rubrique/' : '/ar/qism/');
      const article = await firstLink(page, `/${locale}/article/`);
      await visit(page, section);
      await visit(page, article);
      const author = await firstLink(page, locale === 'fr' ? '/fr/auteur/' : '/ar/katib/');
      await visit(page, `/${locale}/article/${encodeURIComponent(longRead(locale).slug)}`);
      await visit(page, author);

      expect(images.filter((path) => path.startsWith('/_next/image')), locale).toEqual([]);
      const media = images.filter((path) => path.startsWith('/media/'));
      expect(media.length, `${locale}: pictures loaded`).toBeGreaterThan(5);
      // Chromium takes AVIF: the first <source>, so neither the WebP fallback nor an original is fetched.
      expect(media.filter((path) => !path.endsWith('.avif')), locale).toEqual([]);
    }
  });

  it('an article body picture is a <picture> with AVIF and WebP sources, its size and lazy loading; the cover is fetched first', async () => {
    for (const locale of LOCALES) {
      const page = await browser.newPage(phone);
      await page.goto(`${baseUrl}/${locale}/article/${encodeURIComponent(longRead(locale).slug)}`);
      const figures = new ArticleFigures(page);
      await expect.poll(() => figures.bodyPictures.count()).toBe(2);
      const body = await ArticleFigures.describe(figures.bodyPictures.first());
      expect(body.sources.map((source) => source.type)).toEqual(['image/avif', 'image/webp']);
      for (const source of body.sources) {
        expect(source.srcset).toMatch(/^\/media\/demo\/agrumes-export-campagne-w320\.(avif|webp) 320w, .* 1600w$/);
        expect(source.sizes).toBe('(min-width: 720px) 672px, 100vw');
      }
      expect([body.widthAttr, body.heightAttr, body.img.loading]).toEqual(['1600', '900', 'lazy']);
      await expect.poll(() => figures.coverImage.getAttribute('fetchpriority')).toBe('high');
      expect(await figures.coverImage.getAttribute('loading')).toBe('eager');
      // 390 CSS px at 3x need 1170 px: the 1320 rendition, not the 1600 one.
      await expect.poll(() => figures.coverImage.evaluate((img: HTMLImageElement) => img.currentSrc)).toMatch(/-w1320\.avif$/);
    }
  });
});
