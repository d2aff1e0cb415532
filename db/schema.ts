import { sql } from 'drizzle-orm';
import {
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';

export const localeEnum = pgEnum('locale', ['fr', 'ar']);
export const articleStatusEnum = pgEnum('article_status', [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'unpublished',
]);

const timestamps = {
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
};

// Locales are a product decision (fr + ar), so per-locale columns keep reads to one row.
export const sections = pgTable(
  'sections',
  {
    id: serial('id').primaryKey(),
    slugFr: text('slug_fr').notNull(),
    slugAr: text('slug_ar').notNull(),
    nameFr: text('name_fr').notNull(),
    nameAr: text('name_ar').notNull(),
    descriptionFr: text('description_fr').notNull().default(''),
    descriptionAr: text('description_ar').notNull().default(''),
    position: integer('position').notNull().default(0),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('sections_slug_fr_key').on(t.slugFr),
    uniqueIndex('sections_slug_ar_key').on(t.slugAr),
  ],
);

export const media = pgTable('media', {
  id: serial('id').primaryKey(),
  // Storage key relative to the media root (public/ for demo files, .data/ for uploads).
  storageKey: text('storage_key').notNull().unique(),
  mimeType: text('mime_type').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  bytes: integer('bytes').notNull(),
  altFr: text('alt_fr').notNull().default(''),
  altAr: text('alt_ar').notNull().default(''),
  credit: text('credit').notNull().default(''),
  // Tiny base64 preview shown while the real image loads.
  blurDataUrl: text('blur_data_url'),
  ...timestamps,
});

export const authors = pgTable('authors', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameFr: text('name_fr').notNull(),
  nameAr: text('name_ar').notNull(),
  roleFr: text('role_fr').notNull().default(''),
  roleAr: text('role_ar').notNull().default(''),
  bioFr: text('bio_fr').notNull().default(''),
  bioAr: text('bio_ar').notNull().default(''),
  avatarId: integer('avatar_id').references(() => media.id, { onDelete: 'set null' }),
  ...timestamps,
});

export const tags = pgTable(
  'tags',
  {
    id: serial('id').primaryKey(),
    locale: localeEnum('locale').notNull(),
    slug: text('slug').notNull(),
    name: text('name').notNull(),
    ...timestamps,
  },
  (t) => [uniqueIndex('tags_locale_slug_key').on(t.locale, t.slug)],
);

export const articles = pgTable(
  'articles',
  {
    id: serial('id').primaryKey(),
    locale: localeEnum('locale').notNull(),
    slug: text('slug').notNull(),
    // Shared by the French and Arabic versions of one story.
    translationGroup: uuid('translation_group').notNull().defaultRandom(),
    title: text('title').notNull(),
    summary: text('summary').notNull().default(''),
    // ProseMirror/Tiptap document JSON; rendered by components/article-body.tsx.
    body: jsonb('body').notNull(),
    sectionId: integer('section_id')
      .notNull()
      .references(() => sections.id, { onDelete: 'restrict' }),
    coverId: integer('cover_id').references(() => media.id, { onDelete: 'set null' }),
    coverAlt: text('cover_alt').notNull().default(''),
    coverCaption: text('cover_caption').notNull().default(''),
    coverCredit: text('cover_credit').notNull().default(''),
    seoTitle: text('seo_title'),
    seoDescription: text('seo_description'),
    status: articleStatusEnum('status').notNull().default('draft'),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    // Bumped on every save; a write must name the version it read (optimistic locking).
    version: integer('version').notNull().default(1),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('articles_locale_slug_key').on(t.locale, t.slug),
    uniqueIndex('articles_translation_locale_key').on(t.translationGroup, t.locale),
    // DESC NULLS FIRST matches a plain ORDER BY published_at DESC, so the index yields rows in order.
    index('articles_published_by_locale_idx')
      .on(t.locale, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    index('articles_published_by_section_idx')
      .on(t.sectionId, t.locale, t.publishedAt.desc().nullsFirst(), t.id.desc().nullsFirst())
      .where(sql`${t.status} = 'published'`),
    check('articles_published_has_date', sql`${t.status} <> 'published' OR ${t.publishedAt} IS NOT NULL`),
  ],
);

export const articleAuthors = pgTable(
  'article_authors',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    authorId: integer('author_id')
      .notNull()
      .references(() => authors.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.authorId] }), index('article_authors_author_idx').on(t.authorId)],
);

export const articleTags = pgTable(
  'article_tags',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    tagId: integer('tag_id')
      .notNull()
      .references(() => tags.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.tagId] }), index('article_tags_tag_idx').on(t.tagId)],
);

// Small key/value store for site-wide settings an editor may change (e.g. the Hijri offset).
export const settings = pgTable('settings', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export type Section = typeof sections.$inferSelect;
export type NewSection = typeof sections.$inferInsert;
export type Author = typeof authors.$inferSelect;
export type NewAuthor = typeof authors.$inferInsert;
export type Tag = typeof tags.$inferSelect;
export type Media = typeof media.$inferSelect;
export type NewMedia = typeof media.$inferInsert;
export type Article = typeof articles.$inferSelect;
export type NewArticle = typeof articles.$inferInsert;
export type Locale = (typeof localeEnum.enumValues)[number];
export type ArticleStatus = (typeof articleStatusEnum.enumValues)[number];

export const adSlotKindEnum = pgEnum('ad_slot_kind', ['leaderboard', 'rectangle', 'in-article']);

// The publisher's own advertisements, shown in a slot whenever the reader has not agreed to advertising.
export const houseAds = pgTable(
  'house_ads',
  {
    id: serial('id').primaryKey(),
    name: text('name').notNull(),
    kind: adSlotKindEnum('kind').notNull(),
    // Null means both languages.
    locale: localeEnum('locale'),
    imageId: integer('image_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
    alt: text('alt').notNull(),
    href: text('href').notNull(),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    endsAt: timestamp('ends_at', { withTimezone: true }),
    ...timestamps,
  },
  (t) => [index('house_ads_kind_idx').on(t.kind, t.locale)],
);

// Proof of consent (CNIL): what was chosen, under which policy revision, when; no IP address.
export const consentRecords = pgTable(
  'consent_records',
  {
    id: uuid('id').primaryKey(),
    // The id carried in the reader's cookie: one reader's successive choices share it.
    consentId: uuid('consent_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revision: integer('revision').notNull(),
    choices: jsonb('choices').notNull(),
    locale: localeEnum('locale').notNull(),
  },
  (t) => [index('consent_records_consent_idx').on(t.consentId, t.createdAt)],
);

export type HouseAd = typeof houseAds.$inferSelect;
export type ConsentRecord = typeof consentRecords.$inferSelect;
