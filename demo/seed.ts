import { pathToFileURL } from 'node:url';
import { and, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { createDb, type Database, type Tx as Transaction } from '@/db/client';
import { articleAuthors, articles, articleTags, authors, houseAds, media, pages, sections, settings, tags, tickerItems, type NewMedia } from '@/db/schema';
import { liveEnv } from '@/lib/env';
import { fromMoroccoLocal, toMoroccoParts } from '@/lib/time/legal-time';
import { generateAvatar, generateCover, type GeneratedImage } from './covers';
import { generateHouseAdCreative } from './house-ad-creatives';
import { SEED_DATA, type ArticleSeed, type PublishOffset } from './seed-data';
import { HOUSE_ADS } from './seed-data/house-ads';
import { PAGES } from './seed-data/pages';
import { TICKER } from './seed-data/ticker';
import { ensureAllRenditions } from '@/lib/media/ensure-renditions';
import { logger } from '@/lib/observability/log.mjs';

/*
 * Idempotent demo seed: running it twice leaves the same rows (same ids, same content). Rows are
 * upserted by natural key: sections by slug_fr, authors by slug, tags by (locale, slug), media by
 * storage_key, articles by (locale, slug), house ads by name. Rows that editors created are never
 * touched; seeded articles are overwritten (status included), and their author/tag links are replaced.
 *
 * Publication times are relative to `now`, so every run refreshes `published_at` and the demo
 * always has stories from the last hour, from yesterday and from the past four weeks. That is
 * intended: re-seed an old database to make it look fresh again.
 *
 * Cover images are rendered once into the media root (`demo/…`); delete that folder to re-render.
 * House-ad creatives (`demo/ads/…`) are redrawn on every run, so an edited message shows up.
 */

const MINUTE = 60_000;

/**
 * Turns a seed offset into an instant. `{ minutesAgo }` entries are squeezed into the part of today
 * that has already elapsed when the seed runs shortly after midnight, so "today" always has stories;
 * `maxMinutesAgo` is the largest `minutesAgo` in the data set (keeps their order when squeezing).
 * `{ daysAgo, at }` wall-clock times are Moroccan legal time (lib/time).
 */
export function publishedAtFor(offset: PublishOffset, now: Date, maxMinutesAgo = 0): Date {
  const base = Math.floor(now.getTime() / MINUTE) * MINUTE;
  const local = toMoroccoParts(new Date(base));
  if ('minutesAgo' in offset) {
    const elapsedToday = local.hour * 60 + local.minute;
    let minutes = offset.minutesAgo;
    if (minutes > 0 && maxMinutesAgo >= elapsedToday && elapsedToday > 1) {
      minutes = Math.max(1, Math.floor((minutes * (elapsedToday - 1)) / maxMinutesAgo));
    }
    return new Date(base - minutes * MINUTE);
  }
  const [hours, minutes] = offset.at.split(':').map(Number) as [number, number];
  return fromMoroccoLocal(local.year, local.month, local.day - offset.daysAgo, hours, minutes);
}

export interface SeedOptions {
  now?: Date;
  log?: (message: string) => void;
  /**
   * Make the pictures' renditions (what `npm run media:renditions` does) for whatever serves pages:
   * `npm run db:seed`, the first `dev`/`build`/`start`, the e2e server and the bench. The first run
   * renders them into the media root (a few minutes of CPU); later ones, on any database, reuse the
   * files. Off by default: tests of the data layer do without (reader reads fall back to originals).
   */
  renditions?: boolean;
}

export interface SeedResult {
  articles: number;
  sections: number;
  authors: number;
  tags: number;
  houseAds: number;
}


/** `excluded.<column>` for ON CONFLICT … DO UPDATE. */
const excluded = (column: PgColumn): SQL => sql.raw(`excluded."${column.name}"`);

export async function seed(db: Database, options: SeedOptions = {}): Promise<SeedResult> {
  const now = options.now ?? new Date();
  const log = options.log ?? (() => undefined);
  const data = SEED_DATA;
  const started = performance.now();

  // Images first, outside the transaction: rendering takes a few seconds the first time.
  const avatarImages = await mapLimit(data.authors, 4, (author) =>
    generateAvatar({ name: author.slug, initials: author.initials, section: author.section }),
  );
  const covers = collectCovers(data.articles);
  const coverImages = await mapLimit(covers, 4, (cover) => generateCover({ name: cover.name, section: cover.section, motif: cover.motif }));
  const adSpec = (ad: (typeof HOUSE_ADS)[number]) => ({
    name: ad.name,
    kind: ad.kind,
    locale: ad.locale ?? 'fr',
    headline: ad.headline,
    subline: ad.subline,
    cta: ad.cta,
    motif: ad.motif,
  });
  const adImages = await mapLimit(HOUSE_ADS, 4, (ad) => generateHouseAdCreative(adSpec(ad)));
  // Every leaderboard has its phone creative (the 320×100 mobile leaderboard).
  const phoneAds = HOUSE_ADS.filter((ad) => ad.kind === 'leaderboard');
  const phoneAdImages = await mapLimit(phoneAds, 4, (ad) => generateHouseAdCreative(adSpec(ad), { phone: true }));
  log(`[seed] ${avatarImages.length} avatars, ${coverImages.length} covers and ${adImages.length} ads (+ ${phoneAdImages.length} phone creatives) ready in ${ms(started)}`);

  const maxMinutesAgo = Math.max(0, ...data.articles.map((a) => (a.when && 'minutesAgo' in a.when ? a.when.minutesAgo : 0)));

  await db.transaction(async (tx) => {
    // Sections
    const sectionRows = await tx
      .insert(sections)
      .values(data.sections)
      .onConflictDoUpdate({
        target: sections.slugFr,
        set: {
          slugAr: excluded(sections.slugAr),
          nameFr: excluded(sections.nameFr),
          nameAr: excluded(sections.nameAr),
          descriptionFr: excluded(sections.descriptionFr),
          descriptionAr: excluded(sections.descriptionAr),
          position: excluded(sections.position),
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: sections.id, slugFr: sections.slugFr });
    const sectionId = new Map(sectionRows.map((row) => [row.slugFr, row.id]));

    // Media: avatars and covers
    const mediaValues = [
      ...data.authors.map((author, i) => ({
        ...imageColumns(avatarImages[i]!),
        altFr: author.nameFr,
        altAr: author.nameAr,
        credit: 'Illustration Jarida',
      })),
      ...covers.map((cover, i) => ({
        ...imageColumns(coverImages[i]!),
        altFr: cover.altFr,
        altAr: cover.altAr,
        credit: 'Illustration Jarida',
      })),
    ];
    const mediaRows = await upsertMedia(tx, mediaValues);
    const mediaId = new Map(mediaRows.map((row) => [row.storageKey, row.id]));

    // Authors
    const authorRows = await tx
      .insert(authors)
      .values(
        data.authors.map((author, i) => ({
          slug: author.slug,
          nameFr: author.nameFr,
          nameAr: author.nameAr,
          roleFr: author.roleFr,
          roleAr: author.roleAr,
          bioFr: author.bioFr,
          bioAr: author.bioAr,
          avatarId: mediaId.get(avatarImages[i]!.storageKey)!,
        })),
      )
      .onConflictDoUpdate({
        target: authors.slug,
        set: {
          nameFr: excluded(authors.nameFr),
          nameAr: excluded(authors.nameAr),
          roleFr: excluded(authors.roleFr),
          roleAr: excluded(authors.roleAr),
          bioFr: excluded(authors.bioFr),
          bioAr: excluded(authors.bioAr),
          avatarId: excluded(authors.avatarId),
          updatedAt: sql`now()`,
        },
      })
      .returning({ id: authors.id, slug: authors.slug });
    const authorId = new Map(authorRows.map((row) => [row.slug, row.id]));

    // Tags, one row per locale
    const tagRows = await tx
      .insert(tags)
      .values(data.tags.flatMap((tag) => [{ locale: 'fr' as const, ...tag.fr }, { locale: 'ar' as const, ...tag.ar }]))
      .onConflictDoUpdate({
        target: [tags.locale, tags.slug],
        set: { name: excluded(tags.name), updatedAt: sql`now()` },
      })
      .returning({ id: tags.id, locale: tags.locale, slug: tags.slug });
    const tagId = new Map(tagRows.map((row) => [`${row.locale}:${row.slug}`, row.id]));
    const tagSlug = new Map(data.tags.map((tag) => [tag.key, tag]));

    await renameRetitledArticles(tx, data.articles);

    // Articles
    const articleRows = await tx
      .insert(articles)
      .values(
        data.articles.map((article) => ({
          locale: article.locale,
          slug: article.slug,
          translationGroup: article.translationGroup,
          title: article.title,
          summary: article.summary,
          body: article.body,
          sectionId: sectionId.get(article.section)!,
          coverId: mediaId.get(coverKey(article.cover.name))!,
          coverAlt: article.cover.alt,
          coverCaption: article.cover.caption,
          coverCredit: article.cover.credit,
          seoTitle: null,
          seoDescription: null,
          status: article.status,
          publishedAt: article.when ? publishedAtFor(article.when, now, maxMinutesAgo) : null,
          // Demo stories were last edited when published; "now" would label every one "updated".
          updatedAt: article.when ? publishedAtFor(article.when, now, maxMinutesAgo) : now,
        })),
      )
      .onConflictDoUpdate({
        target: [articles.locale, articles.slug],
        set: {
          translationGroup: excluded(articles.translationGroup),
          title: excluded(articles.title),
          summary: excluded(articles.summary),
          body: excluded(articles.body),
          sectionId: excluded(articles.sectionId),
          coverId: excluded(articles.coverId),
          coverAlt: excluded(articles.coverAlt),
          coverCaption: excluded(articles.coverCaption),
          coverCredit: excluded(articles.coverCredit),
          seoTitle: excluded(articles.seoTitle),
          seoDescription: excluded(articles.seoDescription),
          status: excluded(articles.status),
          publishedAt: excluded(articles.publishedAt),
          // Every write bumps the version, so an editor holding an older copy gets a conflict.
          version: sql`${articles.version} + 1`,
          updatedAt: excluded(articles.updatedAt),
        },
      })
      .returning({ id: articles.id, locale: articles.locale, slug: articles.slug });
    const articleId = new Map(articleRows.map((row) => [`${row.locale}:${row.slug}`, row.id]));
    const ids = [...articleId.values()];

    // Bylines and tags of seeded articles are replaced wholesale.
    await tx.delete(articleAuthors).where(inArray(articleAuthors.articleId, ids));
    await tx.delete(articleTags).where(inArray(articleTags.articleId, ids));
    await tx.insert(articleAuthors).values(
      data.articles.flatMap((article) =>
        article.authors.map((slug, position) => ({
          articleId: articleId.get(`${article.locale}:${article.slug}`)!,
          authorId: authorId.get(slug)!,
          position,
        })),
      ),
    );
    await tx.insert(articleTags).values(
      data.articles.flatMap((article) =>
        article.tags.map((key) => ({
          articleId: articleId.get(`${article.locale}:${article.slug}`)!,
          tagId: tagId.get(`${article.locale}:${tagSlug.get(key)![article.locale].slug}`)!,
        })),
      ),
    );

    // House ads: their creatives, then the ads themselves.
    const adMediaRows = await upsertMedia(
      tx,
      [...HOUSE_ADS.map((ad, i) => [ad, adImages[i]!] as const), ...phoneAds.map((ad, i) => [ad, phoneAdImages[i]!] as const)].map(([ad, image]) => ({
        ...imageColumns(image),
        altFr: ad.locale === 'ar' ? '' : ad.alt,
        altAr: ad.locale === 'fr' ? '' : ad.alt,
        credit: 'Jarida',
      })),
    );
    const adMediaId = new Map(adMediaRows.map((row) => [row.storageKey, row.id]));
    const phoneImageKey = new Map(phoneAds.map((ad, i) => [ad.name, phoneAdImages[i]!.storageKey]));
    await upsertHouseAds(
      tx,
      HOUSE_ADS.map((ad, i) => ({
        name: ad.name,
        kind: ad.kind,
        locale: ad.locale,
        imageId: adMediaId.get(adImages[i]!.storageKey)!,
        mobileImageId: phoneImageKey.has(ad.name) ? adMediaId.get(phoneImageKey.get(ad.name)!)! : null,
        alt: ad.alt,
        href: ad.href,
        startsAt: ad.startsAt ? new Date(ad.startsAt) : null,
        endsAt: ad.endsAt ? new Date(ad.endsAt) : null,
      })),
    );

    // An editor's value wins over the default.
    await tx.insert(settings).values({ key: 'hijri_offset', value: 0 }).onConflictDoNothing({ target: settings.key });
    // The stand-in ad network served by the app itself (app/api/ad-network); loaded only after consent.
    await tx
      .insert(settings)
      .values({ key: 'ad_network_tag', value: { src: '/api/ad-network/tag.js', google: false } })
      .onConflictDoNothing({ target: settings.key });

    await upsertTicker(tx, now);
    await upsertPages(tx, now);
  });
  // "Did you mean" reads title words from a materialized view; bring it up to date with the content.
  await db.execute(sql`refresh materialized view concurrently search_lexicon`);
  if (options.renditions) {
    const renditionsStarted = performance.now();
    const made = await ensureAllRenditions(db, { reuseStored: true });
    log(`[seed] renditions: ${made.made} made for ${made.pictures} pictures in ${ms(renditionsStarted)}${made.missing.length ? `; ${made.missing.length} originals missing: ${made.missing.join(", ")}` : ""}`);
  }

  const result: SeedResult = {
    articles: data.articles.length,
    sections: data.sections.length,
    authors: data.authors.length,
    tags: data.tags.length * 2,
    houseAds: HOUSE_ADS.length,
  };
  log(
    `[seed] ${result.articles} articles, ${result.sections} sections, ${result.authors} authors, ${result.tags} tags, ` +
      `${result.houseAds} house ads, ${avatarImages.length + coverImages.length + adImages.length + phoneAdImages.length} media in ${ms(started)}`,
  );
  return result;
}

/**
 * If a story's slug changed in the data (a French title edit changes its derived slug), rename the
 * existing row instead of inserting a second version of the same story, which the
 * (translation_group, locale) unique index would reject.
 */
async function renameRetitledArticles(tx: Transaction, seeds: ArticleSeed[]): Promise<void> {
  const groups = seeds.map((a) => a.translationGroup);
  const locales = seeds.map((a) => a.locale);
  const slugs = seeds.map((a) => a.slug);
  await tx.execute(sql`
    update ${articles} as a
    set slug = v.slug, updated_at = now()
    from unnest(${sql.param(groups)}::uuid[], ${sql.param(locales)}::locale[], ${sql.param(slugs)}::text[]) as v(translation_group, locale, slug)
    where a.translation_group = v.translation_group
      and a.locale = v.locale
      and a.slug <> v.slug
      and not exists (select 1 from ${articles} as b where b.locale = v.locale and b.slug = v.slug)
  `);
}

/** Media rows upserted by storage key. */
async function upsertMedia(tx: Transaction, values: NewMedia[]) {
  return tx
    .insert(media)
    .values(values)
    .onConflictDoUpdate({
      target: media.storageKey,
      set: {
        originalName: excluded(media.originalName),
        mimeType: excluded(media.mimeType),
        width: excluded(media.width),
        height: excluded(media.height),
        bytes: excluded(media.bytes),
        altFr: excluded(media.altFr),
        altAr: excluded(media.altAr),
        credit: excluded(media.credit),
        blurDataUrl: excluded(media.blurDataUrl),
        updatedAt: sql`now()`,
      },
    })
    .returning({ id: media.id, storageKey: media.storageKey });
}

/**
 * House ads keyed by name. `name` has no unique index (editors may reuse one), so this is not an
 * ON CONFLICT upsert: the oldest row of each seeded name is updated in place (its id stays stable),
 * any duplicates of a seeded name are deleted, and missing ones are inserted in data order.
 */
async function upsertHouseAds(tx: Transaction, values: (typeof houseAds.$inferInsert)[]): Promise<void> {
  const existing = await tx
    .select({ id: houseAds.id, name: houseAds.name })
    .from(houseAds)
    .where(inArray(houseAds.name, values.map((ad) => ad.name)))
    .orderBy(houseAds.id);
  const keep = new Map<string, number>();
  const duplicates: number[] = [];
  for (const row of existing) {
    if (keep.has(row.name)) duplicates.push(row.id);
    else keep.set(row.name, row.id);
  }
  if (duplicates.length > 0) await tx.delete(houseAds).where(inArray(houseAds.id, duplicates));
  const missing: (typeof houseAds.$inferInsert)[] = [];
  for (const ad of values) {
    const id = keep.get(ad.name);
    if (id === undefined) missing.push(ad);
    else await tx.update(houseAds).set({ ...ad, updatedAt: sql`now()` }).where(eq(houseAds.id, id));
  }
  if (missing.length > 0) await tx.insert(houseAds).values(missing);
}

/**
 * Demo ticker lines, keyed by (locale, text) as they have no natural key: existing ones get fresh
 * times, missing ones are inserted, and lines editors wrote are left alone.
 */
async function upsertTicker(tx: Transaction, now: Date): Promise<void> {
  for (const line of TICKER) {
    const values = {
      href: line.href,
      publishedAt: new Date(now.getTime() - line.minutesAgo * MINUTE),
      expiresAt: line.expiresInHours === null ? null : new Date(now.getTime() + line.expiresInHours * 60 * MINUTE),
      updatedAt: now,
    };
    const updated = await tx
      .update(tickerItems)
      .set(values)
      .where(and(eq(tickerItems.locale, line.locale), eq(tickerItems.text, line.text)))
      .returning({ id: tickerItems.id });
    if (updated.length === 0) await tx.insert(tickerItems).values({ locale: line.locale, text: line.text, ...values });
  }
}

/** The publisher's pages, keyed by (kind, locale): re-seeding puts the demo text back. */
async function upsertPages(tx: Transaction, now: Date): Promise<void> {
  await tx
    .insert(pages)
    .values(PAGES.map((page) => ({ ...page, createdAt: now, updatedAt: now })))
    .onConflictDoUpdate({
      target: [pages.kind, pages.locale],
      set: {
        slug: excluded(pages.slug),
        title: excluded(pages.title),
        description: excluded(pages.description),
        body: excluded(pages.body),
        position: excluded(pages.position),
        updatedAt: now,
      },
    });
}

interface CoverJob {
  name: string;
  section: string;
  motif: ArticleSeed['cover']['motif'];
  altFr: string;
  altAr: string;
}

/** One illustration per story: the French and Arabic versions of a pair share a file. */
function collectCovers(seeds: ArticleSeed[]): CoverJob[] {
  const byName = new Map<string, CoverJob>();
  for (const article of seeds) {
    const job = byName.get(article.cover.name) ?? {
      name: article.cover.name,
      section: article.section,
      motif: article.cover.motif,
      altFr: '',
      altAr: '',
    };
    if (article.locale === 'fr') job.altFr = article.cover.alt;
    else job.altAr = article.cover.alt;
    byName.set(article.cover.name, job);
  }
  return [...byName.values()];
}

const coverKey = (name: string) => `demo/${name}.webp`;

function imageColumns(image: GeneratedImage) {
  return {
    storageKey: image.storageKey,
    // What the media library shows under each picture, as for an upload.
    originalName: image.storageKey.split('/').pop()!,
    mimeType: image.mimeType,
    width: image.width,
    height: image.height,
    bytes: image.bytes,
    blurDataUrl: image.blurDataUrl,
  };
}

async function mapLimit<T, R>(items: readonly T[], limit: number, run: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await run(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

const ms = (since: number) => `${Math.round(performance.now() - since)} ms`;

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const url = liveEnv().DATABASE_URL;
  if (!url) {
    logger('seed').error('DATABASE_URL is not set. Run `npm run db:seed`, which provides the embedded database, or set DATABASE_URL.');
    process.exit(1);
  }
  const { db, close } = createDb(url, { max: 2 });
  seed(db, { log: (message) => logger('seed').info(message), renditions: true })
    .then((result) => logger('seed').info(result, 'done'))
    .catch((error: unknown) => {
      logger('seed').error({ err: error }, 'failed');
      process.exitCode = 1;
    })
    .finally(() => close());
}
