import type { CoverMotif } from '../covers';
import type { DocNode } from './doc';
// Type-only, so erased when the seed runs: demo/ may lean on the app's shapes, never the reverse.
import type { AuthorDto } from '@/lib/admin/authors-queries';
import type { SectionDto } from '@/lib/admin/sections-queries';

export type SeedLocale = 'fr' | 'ar';

/**
 * When an article went out, relative to the seed's `now`:
 * - `{ minutesAgo }` for today's news (negative would be in the future);
 * - `{ daysAgo, at }` for a wall-clock time in Moroccan legal time on a past (or, with a
 *   negative `daysAgo`, future) day: `{ daysAgo: 1, at: '12:53' }` is yesterday at 12:53.
 */
export type PublishOffset = { minutesAgo: number } | { daysAgo: number; at: string };

export type SeedStatus = 'published' | 'draft' | 'scheduled';

/** A section as the newsroom would enter it. */
export type SectionSeed = Omit<SectionDto, 'id'>;

/** An author as the newsroom would enter it; the seed draws the avatar. */
export interface AuthorSeed extends Omit<AuthorDto, 'id' | 'avatarId'> {
  /** French section slug: the avatar takes that section's colours. */
  section: string;
  initials: string;
}

export interface TagSeed {
  /** Stable key used by articles (the French slug). */
  key: string;
  fr: { slug: string; name: string };
  ar: { slug: string; name: string };
}

export interface CoverSeed {
  /** Illustration file name (`demo/<name>.webp`); defaults to the pair key, or the French slug. */
  name?: string;
  motif: CoverMotif;
  /** Describes the illustration for screen readers. */
  alt: string;
  caption: string;
  credit?: string;
}

/** One article as written in the data files. */
export interface ArticleInput {
  locale: SeedLocale;
  /** French slugs default to the slugified title; Arabic slugs are always written out. */
  slug?: string;
  /** Key shared by the French and Arabic versions of one story (ASCII, hyphenated). */
  pair?: string;
  /** French section slug. */
  section: string;
  /** Author slugs, in byline order. */
  authors: string[];
  /** Tag keys (see tags.ts); resolved to the article's locale. */
  tags: string[];
  title: string;
  summary: string;
  body: DocNode;
  cover: CoverSeed;
  /** Null for drafts. */
  when: PublishOffset | null;
  status?: SeedStatus;
}

/** A validated article, ready to be written to the database. */
export interface ArticleSeed extends Omit<ArticleInput, 'slug' | 'status' | 'cover'> {
  slug: string;
  status: SeedStatus;
  /** Deterministic UUID shared by the versions of one story. */
  translationGroup: string;
  cover: CoverSeed & { name: string; credit: string };
}
