import { createHash } from 'node:crypto';
import { z } from 'zod';
import { COVER_MOTIFS } from '../covers';
import { ARTICLES_AR } from './articles-ar';
import { ARTICLES_AR_2 } from './articles-ar-2';
import { LONGREAD_AR } from './articles-ar-longread';
import { ARTICLES_FR } from './articles-fr';
import { ARTICLES_FR_2 } from './articles-fr-2';
import { LONGREAD_FR } from './articles-fr-longread';
import { AUTHORS } from './authors';
import { linkHrefs } from './doc';
import { SECTIONS } from './sections';
import { TAGS } from './tags';
import type { ArticleInput, ArticleSeed, AuthorSeed, SectionSeed, TagSeed } from './types';

export type { ArticleInput, ArticleSeed, AuthorSeed, PublishOffset, SectionSeed, SeedLocale, SeedStatus, TagSeed } from './types';

export const DEFAULT_CREDIT = { fr: 'Illustration Jarida', ar: 'رسم توضيحي: جريدة' } as const;

// ---------------------------------------------------------------------------------------------
// Helpers

const ASCII_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const UNICODE_SLUG = /^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u;
const MAX_SLUG_LENGTH = 80;

/** French title → lowercase ASCII slug, cut on a word boundary at 80 characters. */
export function slugifyFr(title: string): string {
  const ascii = title
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (ascii.length <= MAX_SLUG_LENGTH) return ascii;
  const words = ascii.slice(0, MAX_SLUG_LENGTH + 1).split('-').slice(0, -1);
  // Don't end a shortened slug on "…-de", "…-l" or "…-pour-les".
  while (words.length > 3 && DANGLING_FR.has(words.at(-1)!)) words.pop();
  return words.join('-');
}

const DANGLING_FR = new Set(
  'a apres au aux avant avec d dans de des du en entre et l la le leur leurs les mais ou par plus pour qu s sa sans ses son sur un une vers'.split(' '),
);

/** A v4-shaped UUID derived from a key, so a story keeps its translation group across seeds. */
export function deterministicUuid(key: string): string {
  const bytes = createHash('sha256').update(`jarida-demo:${key}`).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

// ---------------------------------------------------------------------------------------------
// Schemas

const nonEmpty = z.string().trim().min(1);
const unicodeSlug = z
  .string()
  .regex(UNICODE_SLUG, 'slug must be letters/digits separated by single hyphens')
  .max(MAX_SLUG_LENGTH)
  .refine((value) => value === value.normalize('NFC'), 'slug must be NFC-normalised');
const asciiSlug = z.string().regex(ASCII_SLUG, 'slug must be lowercase ASCII words separated by hyphens').max(MAX_SLUG_LENGTH);
const wallClock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected HH:MM');

const sectionSchema = z.object({
  slugFr: asciiSlug,
  slugAr: unicodeSlug,
  nameFr: nonEmpty,
  nameAr: nonEmpty,
  descriptionFr: nonEmpty,
  descriptionAr: nonEmpty,
  position: z.number().int().nonnegative(),
});

const authorSchema = z.object({
  slug: asciiSlug,
  section: asciiSlug,
  initials: z.string().regex(/^[A-Z]{1,3}$/),
  nameFr: nonEmpty,
  nameAr: nonEmpty,
  roleFr: nonEmpty,
  roleAr: nonEmpty,
  bioFr: nonEmpty,
  bioAr: nonEmpty,
});

const tagSchema = z.object({
  key: asciiSlug,
  fr: z.object({ slug: asciiSlug, name: nonEmpty }),
  ar: z.object({ slug: unicodeSlug, name: nonEmpty }),
});

const markSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('bold') }),
  z.object({ type: z.literal('italic') }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: nonEmpty }) }),
]);
const textSchema = z.object({ type: z.literal('text'), text: z.string().min(1), marks: z.array(markSchema).optional() });
const paragraphSchema = z.object({ type: z.literal('paragraph'), content: z.array(textSchema).min(1) });
const blockSchema = z.discriminatedUnion('type', [
  paragraphSchema,
  z.object({ type: z.literal('heading'), attrs: z.object({ level: z.union([z.literal(2), z.literal(3)]) }), content: z.array(textSchema).min(1) }),
  z.object({ type: z.literal('blockquote'), content: z.array(paragraphSchema).min(1) }),
  z.object({
    type: z.literal('bulletList'),
    content: z.array(z.object({ type: z.literal('listItem'), content: z.array(paragraphSchema).min(1) })).min(1),
  }),
  z.object({ type: z.literal('embed'), attrs: z.object({ url: z.string().url() }) }),
  z.object({
    type: z.literal('image'),
    attrs: z.object({ src: z.string().regex(/^\/media\/demo\/[a-z0-9-]+\.webp$/), alt: nonEmpty, caption: z.string(), width: z.number().int().positive(), height: z.number().int().positive() }),
  }),
]);
const docSchema = z.object({ type: z.literal('doc'), content: z.array(blockSchema).min(1) });

const publishOffsetSchema = z.union([
  z.object({ minutesAgo: z.number().int() }).strict(),
  z.object({ daysAgo: z.number().int(), at: wallClock }).strict(),
]);

const articleSchema = z
  .object({
    locale: z.enum(['fr', 'ar']),
    slug: z.string().optional(),
    pair: asciiSlug.optional(),
    section: asciiSlug,
    authors: z.array(asciiSlug).min(1).max(2),
    tags: z.array(asciiSlug).min(1).max(4),
    title: nonEmpty.min(50, 'title should be 50–110 characters').max(110, 'title should be 50–110 characters'),
    summary: nonEmpty.min(120, 'summary should be 120–240 characters').max(240, 'summary should be 120–240 characters'),
    body: docSchema,
    cover: z.object({
      name: asciiSlug.optional(),
      motif: z.enum(COVER_MOTIFS),
      alt: nonEmpty,
      caption: nonEmpty,
      credit: nonEmpty.optional(),
    }),
    when: publishOffsetSchema.nullable(),
    status: z.enum(['published', 'draft', 'scheduled']).optional(),
  })
  .superRefine((article, ctx) => {
    const status = article.status ?? 'published';
    const when = article.when;
    const future = when !== null && ('minutesAgo' in when ? when.minutesAgo < 0 : when.daysAgo < 0);
    // `daysAgo: 0` would be in the future whenever the seed runs before that time of day.
    const today = when !== null && 'daysAgo' in when && when.daysAgo === 0;
    if (status === 'draft' && when !== null) ctx.addIssue({ code: 'custom', message: 'drafts have no publication time (when: null)' });
    if (status === 'published' && (when === null || future || today))
      ctx.addIssue({ code: 'custom', message: 'published articles need a past time: { minutesAgo >= 0 } or { daysAgo >= 1, at }' });
    if (status === 'scheduled' && !future) ctx.addIssue({ code: 'custom', message: 'scheduled articles need a future time' });
    if (article.locale === 'ar' && !article.slug) ctx.addIssue({ code: 'custom', message: 'Arabic articles need an explicit slug' });
    if (article.locale === 'ar' && !article.pair && !article.cover.name)
      ctx.addIssue({ code: 'custom', message: 'unpaired Arabic articles need an ASCII cover.name' });
  });

export interface SeedData {
  sections: SectionSeed[];
  authors: AuthorSeed[];
  tags: TagSeed[];
  articles: ArticleSeed[];
}

type Issue = string;

/**
 * Validates the hand-written data (shape with zod, then cross-references) and resolves defaults:
 * French slugs, cover names, credits and translation groups. Throws one error listing every problem.
 */
export function validateSeedData(input: {
  sections: SectionSeed[];
  authors: AuthorSeed[];
  tags: TagSeed[];
  articles: ArticleInput[];
}): SeedData {
  const issues: Issue[] = [];
  const parsed = z
    .object({
      sections: z.array(sectionSchema).min(1),
      authors: z.array(authorSchema).min(1),
      tags: z.array(tagSchema).min(1),
      articles: z.array(articleSchema).min(1),
    })
    .safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      const where = describePath(input, issue.path);
      issues.push(`${where}: ${issue.message}`);
    }
    throw new Error(`Invalid seed data:\n  - ${issues.join('\n  - ')}`);
  }
  const { sections, authors, tags } = parsed.data;

  const duplicates = (values: string[], what: string) => {
    const seen = new Set<string>();
    for (const value of values) {
      if (seen.has(value)) issues.push(`duplicate ${what}: ${value}`);
      seen.add(value);
    }
  };
  duplicates(sections.map((s) => s.slugFr), 'section slugFr');
  duplicates(sections.map((s) => s.slugAr), 'section slugAr');
  duplicates(authors.map((a) => a.slug), 'author slug');
  duplicates(tags.map((t) => t.key), 'tag key');
  duplicates(tags.map((t) => t.fr.slug), 'French tag slug');
  duplicates(tags.map((t) => t.ar.slug), 'Arabic tag slug');

  const sectionKeys = new Set(sections.map((s) => s.slugFr));
  const authorKeys = new Set(authors.map((a) => a.slug));
  const tagKeys = new Set(tags.map((t) => t.key));
  for (const author of authors) if (!sectionKeys.has(author.section)) issues.push(`author ${author.slug}: unknown section ${author.section}`);

  const articles: ArticleSeed[] = input.articles.map((article) => {
    const slug = article.slug ?? (article.locale === 'fr' ? slugifyFr(article.title) : '');
    const name = article.cover.name ?? article.pair ?? slug;
    return {
      ...article,
      slug,
      status: article.status ?? 'published',
      translationGroup: deterministicUuid(article.pair ?? `${article.locale}:${slug}`),
      cover: { ...article.cover, name, credit: article.cover.credit ?? DEFAULT_CREDIT[article.locale] },
    };
  });

  const label = (a: ArticleSeed) => `${a.locale}/${a.slug}`;
  duplicates(articles.map(label), 'article (locale, slug)');
  const slugsByLocale = { fr: new Set<string>(), ar: new Set<string>() };
  for (const a of articles) slugsByLocale[a.locale].add(a.slug);
  const sectionSlugs = { fr: new Set(sections.map((s) => s.slugFr)), ar: new Set(sections.map((s) => s.slugAr)) };
  const tagSlugs = { fr: new Set(tags.map((t) => t.fr.slug)), ar: new Set(tags.map((t) => t.ar.slug)) };
  const localPaths = {
    fr: { article: 'article', section: 'rubrique', tag: 'sujet', author: 'auteur' },
    ar: { article: 'article', section: 'qism', tag: 'mawdu', author: 'katib' },
  } as const;

  for (const a of articles) {
    if (a.locale === 'fr' && !ASCII_SLUG.test(a.slug)) issues.push(`${label(a)}: French slugs must be lowercase ASCII`);
    if (!UNICODE_SLUG.test(a.slug) || a.slug.length > MAX_SLUG_LENGTH || a.slug !== a.slug.normalize('NFC'))
      issues.push(`${label(a)}: invalid slug`);
    if (!ASCII_SLUG.test(a.cover.name)) issues.push(`${label(a)}: cover name must be ASCII (${a.cover.name})`);
    if (!sectionKeys.has(a.section)) issues.push(`${label(a)}: unknown section ${a.section}`);
    for (const author of a.authors) if (!authorKeys.has(author)) issues.push(`${label(a)}: unknown author ${author}`);
    duplicates(a.authors, `${label(a)} author`);
    for (const tag of a.tags) if (!tagKeys.has(tag)) issues.push(`${label(a)}: unknown tag ${tag}`);
    duplicates(a.tags, `${label(a)} tag`);
    for (const href of linkHrefs(a.body)) {
      const problem = checkHref(href, a.locale, { articles: slugsByLocale, sections: sectionSlugs, tags: tagSlugs, authors: authorKeys }, localPaths);
      if (problem) issues.push(`${label(a)}: link ${href}: ${problem}`);
    }
  }

  // Translation pairs: exactly one French and one Arabic version, sharing an illustration.
  const pairs = new Map<string, ArticleSeed[]>();
  for (const a of articles) if (a.pair) pairs.set(a.pair, [...(pairs.get(a.pair) ?? []), a]);
  for (const [pair, members] of pairs) {
    const fr = members.filter((m) => m.locale === 'fr');
    const ar = members.filter((m) => m.locale === 'ar');
    if (fr.length !== 1 || ar.length !== 1) issues.push(`pair ${pair}: needs exactly one fr and one ar article (has ${fr.length} fr, ${ar.length} ar)`);
    if (fr[0] && ar[0]) {
      if (fr[0].section !== ar[0].section) issues.push(`pair ${pair}: versions are in different sections`);
      if (fr[0].cover.motif !== ar[0].cover.motif) issues.push(`pair ${pair}: versions use different cover motifs`);
    }
  }
  // One illustration per story: two unrelated articles must not share a cover file.
  const coverOwners = new Map<string, string>();
  for (const a of articles) {
    const owner = a.pair ?? label(a);
    const previous = coverOwners.get(a.cover.name);
    if (previous && previous !== owner) issues.push(`cover name ${a.cover.name} used by both ${previous} and ${owner}`);
    coverOwners.set(a.cover.name, owner);
  }

  if (issues.length) throw new Error(`Invalid seed data:\n  - ${issues.join('\n  - ')}`);
  return { sections, authors, tags, articles };
}

function checkHref(
  href: string,
  locale: 'fr' | 'ar',
  known: { articles: Record<'fr' | 'ar', Set<string>>; sections: Record<'fr' | 'ar', Set<string>>; tags: Record<'fr' | 'ar', Set<string>>; authors: Set<string> },
  paths: Record<'fr' | 'ar', { article: string; section: string; tag: string; author: string }>,
): string | null {
  if (href.startsWith('https://example.org/')) return null;
  if (!href.startsWith('/')) return 'external links must point to https://example.org/ (demo content)';
  const [, linkLocale, kind, slug, ...rest] = href.split('/');
  if (linkLocale !== locale) return `links should stay in the article's locale (/${locale}/…)`;
  if (!kind || !slug || rest.length) return 'expected /<locale>/<kind>/<slug>';
  const p = paths[locale];
  if (kind === p.article) return known.articles[locale].has(slug) ? null : 'unknown article';
  if (kind === p.section) return known.sections[locale].has(slug) ? null : 'unknown section';
  if (kind === p.tag) return known.tags[locale].has(slug) ? null : 'unknown tag';
  if (kind === p.author) return known.authors.has(slug) ? null : 'unknown author';
  return `unknown path kind "${kind}"`;
}

function describePath(input: { articles: ArticleInput[] }, path: PropertyKey[]): string {
  if (path[0] === 'articles' && typeof path[1] === 'number') {
    const article = input.articles[path[1]];
    const name = article ? `${article.locale}/${article.slug ?? article.title}` : `#${path[1]}`;
    return `articles[${name}]${path.length > 2 ? '.' + path.slice(2).join('.') : ''}`;
  }
  return path.join('.');
}

/** All demo content, validated when this module loads. */
export const SEED_DATA: SeedData = validateSeedData({
  sections: SECTIONS,
  authors: AUTHORS,
  tags: TAGS,
  articles: [...ARTICLES_FR, ...ARTICLES_FR_2, LONGREAD_FR, ...ARTICLES_AR, ...ARTICLES_AR_2, LONGREAD_AR],
});
