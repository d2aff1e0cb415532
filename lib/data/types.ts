import type { AppLocale } from '@/lib/i18n/routing';

export interface SectionDto {
  id: number;
  slug: string;
  name: string;
  description: string;
  // The same section's slug in the other locale, for the language switch.
  slugs: Record<AppLocale, string>;
}

export interface ImageDto {
  url: string;
  width: number;
  height: number;
  alt: string;
  blurDataUrl: string | null;
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
  coverCaption: string;
  coverCredit: string;
  seoTitle: string | null;
  seoDescription: string | null;
  authors: (AuthorRef & { role: string })[];
  tags: TagRef[];
  translation: { locale: AppLocale; slug: string } | null;
  sectionSlugs: Record<AppLocale, string>;
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
