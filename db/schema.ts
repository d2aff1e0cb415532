import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  real,
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
  // Name of the uploaded file, for the library search.
  originalName: text('original_name').notNull().default(''),
  // Responsive renditions made at upload: [{ width, height, format, key, bytes }].
  variants: jsonb('variants').notNull().default([]),
  // Where the subject is (fractions of width and height): every crop is cut around it.
  focalX: real('focal_x').notNull().default(0.5),
  focalY: real('focal_y').notNull().default(0.5),
  uploadedBy: integer('uploaded_by'),
  ...timestamps,
}, (t) => [check('media_focal_in_picture', sql`${t.focalX} BETWEEN 0 AND 1 AND ${t.focalY} BETWEEN 0 AND 1`)]);

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
    // The "updated" time readers see: set only when an editor flags a substantial change.
    modifiedAt: timestamp('modified_at', { withTimezone: true }),
    // A translation's slug copied from its original, replaced from its own title until set by hand or published.
    slugProvisional: boolean('slug_provisional').notNull().default(false),
    // Bumped on every save; a write must name the version it read (optimistic locking).
    version: integer('version').notNull().default(1),
    createdBy: integer('created_by'),
    updatedBy: integer('updated_by'),
    ...timestamps,
  },
  (t) => [
    // Scheduled articles waiting for their time.
    index('articles_scheduled_idx').on(t.publishedAt).where(sql`${t.status} = 'scheduled'`),
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
    // The phone creative (mobile leaderboard); without one, phones get the desktop image.
    mobileImageId: integer('mobile_image_id').references(() => media.id, { onDelete: 'restrict' }),
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

// ---------------------------------------------------------------------------------------------
// Newsroom: accounts, sessions, workflow history and the audit trail.

export const userRoleEnum = pgEnum('user_role', ['contributor', 'editor', 'admin']);

export const users = pgTable('users', {
  id: serial('id').primaryKey(),
  // Stored lower-cased; sign-in compares the normalised form.
  email: text('email').notNull().unique(),
  name: text('name').notNull(),
  role: userRoleEnum('role').notNull().default('contributor'),
  passwordHash: text('password_hash').notNull(),
  // TOTP secret, sealed with AES-256-GCM under the AUTH_SECRET key ('enc:v1:…'); a plain base32
  // value from before encryption is still read, and sealed at its next use. Two-factor is on
  // once totp_enabled_at is set.
  totpSecret: text('totp_secret'),
  totpEnabledAt: timestamp('totp_enabled_at', { withTimezone: true }),
  // The last 30 s TOTP time step accepted: a code (or an older one) is never accepted twice.
  totpLastStep: bigint('totp_last_step', { mode: 'number' }),
  // The admin interface language.
  locale: localeEnum('locale').notNull().default('fr'),
  // The byline this account writes under, if any.
  authorId: integer('author_id').references(() => authors.id, { onDelete: 'set null' }),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
  passwordChangedAt: timestamp('password_changed_at', { withTimezone: true }).notNull().defaultNow(),
  ...timestamps,
});

export const sessions = pgTable(
  'sessions',
  {
    // SHA-256 of the cookie token: a leaked table cannot be replayed as cookies.
    id: text('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    // False between the password step and the TOTP step of a two-factor sign-in.
    mfaVerified: boolean('mfa_verified').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull().defaultNow(),
    // Absolute expiry; the idle limit is checked against last_seen_at.
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    userAgent: text('user_agent').notNull().default(''),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

// Every sign-in attempt, good or bad: the brute-force limit counts recent failures per account and per address.
export const loginAttempts = pgTable(
  'login_attempts',
  {
    id: serial('id').primaryKey(),
    email: text('email').notNull(),
    ip: text('ip').notNull(),
    succeeded: boolean('succeeded').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('login_attempts_email_idx').on(t.email, t.createdAt),
    index('login_attempts_ip_idx').on(t.ip, t.createdAt),
    // For the scheduler's purge of old attempts.
    index('login_attempts_created_idx').on(t.createdAt),
  ],
);

// One-time codes for signing in without the authenticator app. Only a SHA-256 is kept (the codes
// are 80 random bits, so a hash cannot be reversed by guessing); used_at marks a spent one.
export const recoveryCodes = pgTable(
  'recovery_codes',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    codeHash: text('code_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('recovery_codes_user_hash_idx').on(t.userId, t.codeHash)],
);

// A full snapshot of an article at each saved version: readable diffs and restore need no replay.
export const articleRevisions = pgTable(
  'article_revisions',
  {
    id: serial('id').primaryKey(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    version: integer('version').notNull(),
    snapshot: jsonb('snapshot').notNull(),
    // 'save' | 'autosave' | 'status' | 'restore'
    reason: text('reason').notNull().default('save'),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('article_revisions_article_version_key').on(t.articleId, t.version)],
);

// Who has an article open in the editor (WordPress-style post lock, without the lock): one row
// per user, tab and article, refreshed by the editor's heartbeat and ignored once it goes quiet.
export const articlePresence = pgTable(
  'article_presence',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tabId: text('tab_id').notNull(),
    lastSeen: timestamp('last_seen', { withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.userId, t.tabId] }), index('article_presence_last_seen_idx').on(t.lastSeen)],
);

// Old slugs keep working: a reader following a shared link is redirected to the current one.
export const slugRedirects = pgTable(
  'slug_redirects',
  {
    id: serial('id').primaryKey(),
    locale: localeEnum('locale').notNull(),
    fromSlug: text('from_slug').notNull(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('slug_redirects_locale_slug_key').on(t.locale, t.fromSlug)],
);

// Breaking-news lines under the masthead; they disappear by themselves at expires_at.
export const tickerItems = pgTable(
  'ticker_items',
  {
    id: serial('id').primaryKey(),
    locale: localeEnum('locale').notNull(),
    text: text('text').notNull(),
    href: text('href'),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    createdBy: integer('created_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [index('ticker_items_locale_idx').on(t.locale, t.publishedAt.desc())],
);

/** The publisher's own pages (about, contact, legal notice...): one row per kind and language. */
export const PAGE_KINDS = ['about', 'contact', 'legal', 'privacy', 'charter'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

export const pages = pgTable(
  'pages',
  {
    id: serial('id').primaryKey(),
    // Links a page to its version in the other language (hreflang, the language switch).
    kind: text('kind', { enum: PAGE_KINDS }).notNull(),
    locale: localeEnum('locale').notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    body: jsonb('body').notNull(),
    position: integer('position').notNull().default(0),
    updatedBy: integer('updated_by').references(() => users.id, { onDelete: 'set null' }),
    ...timestamps,
  },
  (t) => [
    uniqueIndex('pages_locale_slug_key').on(t.locale, t.slug),
    uniqueIndex('pages_kind_locale_key').on(t.kind, t.locale),
    check('pages_kind_check', sql`${t.kind} in ('about', 'contact', 'legal', 'privacy', 'charter')`),
  ],
);

export const auditLog = pgTable(
  'audit_log',
  {
    id: serial('id').primaryKey(),
    userId: integer('user_id').references(() => users.id, { onDelete: 'set null' }),
    // e.g. 'article.publish', 'user.create', 'session.login_failed'
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: text('entity_id'),
    details: jsonb('details').notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_log_created_idx').on(t.createdAt.desc()), index('audit_log_entity_idx').on(t.entityType, t.entityId)],
);

// ---------------------------------------------------------------------------------------------
// Readers: page views and search.
//
// Migration 0003 also adds, in raw SQL, what Drizzle does not model: the text search
// configurations and normalising functions, `articles.search_vector` (a stored generated tsvector
// with its GIN index) and the `search_lexicon` materialized view behind "did you mean". The column
// is deliberately absent from the `articles` model above, so full-row selects, revision snapshots
// and copies never carry a tsvector; search queries name it explicitly (lib/data/search-queries.ts).
// Migration 0006 adds `articles.search_terms` the same way: the names of the article's section and
// tags, kept by triggers on articles, article_tags, tags and sections, and weighed in the vector;
// and `articles.search_head`, the title/section/tags/summary part of the vector, for the ranking.

// Views per article per hour, rolled up in memory and flushed in one upsert every few seconds:
// no per-view row, no cookie, nothing about the reader.
export const articleViewsHourly = pgTable(
  'article_views_hourly',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    // Start of the UTC hour.
    bucket: timestamp('bucket', { withTimezone: true }).notNull(),
    views: integer('views').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.articleId, t.bucket] }), index('article_views_hourly_bucket_idx').on(t.bucket)],
);

export type ArticleViewsHourly = typeof articleViewsHourly.$inferSelect;

export type User = typeof users.$inferSelect;
export type UserRole = (typeof userRoleEnum.enumValues)[number];
export type Session = typeof sessions.$inferSelect;
export type ArticleRevision = typeof articleRevisions.$inferSelect;
export type TickerItem = typeof tickerItems.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;

// Periodic jobs every instance runs the tick of (auth purge, views prune, search lexicon): the
// instance whose claim moves last_started_at runs the job, the others skip it (lib/scheduler/jobs.ts).
export const jobRuns = pgTable('job_runs', {
  name: text('name').primaryKey(),
  lastStartedAt: timestamp('last_started_at', { withTimezone: true }).notNull(),
});
