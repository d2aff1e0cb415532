import type { AppLocale } from '@/lib/i18n/routing';
import type { ImageSource } from '@/lib/media/variants';

export interface SectionDto {
  id: number;
  slug: string;
  name: string;
  description: string;
  // The same section's slug in the other locale, for the language switch.
  slugs: Record<AppLocale, string>;
}

export interface ImageDto {
  /** The original: only used when the picture has no renditions yet. */
  url: string;
  /** Of the renditions used (their aspect ratio), else of the original. */
  width: number;
  height: number;
  alt: string;
  blurDataUrl: string | null;
  /** AVIF and WebP renditions for `srcset` (lib/media/variants.ts pickSources). */
  sources: ImageSource[];
}

export interface AuthorRef {
  slug: string;
  name: string;
}

export interface TagRef {
  slug: string;
  name: string;
}

export interface ArticleCardDto {
  id: number;
  locale: AppLocale;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string; // ISO instant (UTC)
  section: { slug: string; name: string };
  cover: ImageDto | null;
}

export interface ArticleDetailDto extends ArticleCardDto {
  body: unknown;
  updatedAt: string;
  /** When the newsroom flagged a substantial update for readers ("Mis à jour le …"); null if never. */
  modifiedAt: string | null;
  coverCaption: string;
  coverCredit: string;
  seoTitle: string | null;
  seoDescription: string | null;
  authors: (AuthorRef & { role: string })[];
  tags: TagRef[];
  /** Renditions of the body's images, by their `src`. */
  bodyImages: Record<string, BodyImageDto>;
  /** What the share card shows of the cover. */
  shareImage: ShareImageDto | null;
  translation: { locale: AppLocale; slug: string } | null;
  sectionSlugs: Record<AppLocale, string>;
}

export interface ShareImageDto {
  /** Storage key of the 1200×630 base cut around the focal point (else of the original). */
  key: string;
  width: number;
  height: number;
  /** The focal point within that picture. */
  focal: { x: number; y: number };
}

export interface BodyImageDto {
  width: number;
  height: number;
  sources: ImageSource[];
}

export interface AuthorDto {
  id: number;
  slug: string;
  name: string;
  role: string;
  bio: string;
  avatar: ImageDto | null;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageCount: number;
  total: number;
}

export interface FrontPageDto {
  lead: ArticleCardDto | null;
  latest: ArticleCardDto[];
  sections: { section: SectionDto; articles: ArticleCardDto[] }[];
}

/** An article as sitemaps list it. */
export interface SitemapArticleDto {
  slug: string;
  title: string;
  publishedAt: string;
  updatedAt: string;
  coverUrl: string | null;
}

/** Latest change per locale and how the article sitemap is split, for the sitemap index. */
export interface SitemapOverviewDto {
  articlePages: { page: number; lastmod: string }[];
  lastmod: string | null;
}

/** A section or author page: its slug in the locale and its newest article's last change. */
export interface SitemapListingDto {
  slug: string;
  lastmod: string | null;
}

/** An article as feeds carry it: the cover with the type and size an RSS enclosure needs. */
export interface FeedItemDto {
  id: number;
  locale: AppLocale;
  slug: string;
  title: string;
  summary: string;
  publishedAt: string;
  updatedAt: string;
  section: { slug: string; name: string };
  authors: AuthorRef[];
  cover: (ImageDto & { mimeType: string; bytes: number }) | null;
}
