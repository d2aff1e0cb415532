import type { ArticleCardDto } from '@/lib/data/types';
import type { AppLocale } from '@/lib/i18n/routing';
import type { ExcerptFragment, HighlightPart } from './normalize';

export type { ExcerptFragment, HighlightPart };

export interface SearchHitDto {
  article: ArticleCardDto;
  /** The title, with the words that matched marked. */
  title: HighlightPart[];
  /** One or two passages of the summary and body around the matches. */
  excerpt: ExcerptFragment[];
  rank: number;
}

export interface SearchResultDto {
  query: string;
  locale: AppLocale;
  items: SearchHitDto[];
  page: number;
  pageCount: number;
  total: number;
  /** A corrected query that finds more, when this one finds little ("did you mean"). */
  suggestion: string | null;
  /** First results in the other language, when the query is written in its script. */
  otherLanguage: OtherLanguageDto | null;
}

export interface OtherLanguageDto {
  locale: AppLocale;
  /** All matches in that language (the items are the first few). */
  total: number;
  items: SearchHitDto[];
}
