import 'server-only';
import { randomBytes } from 'node:crypto';
import { count, desc, eq, ilike, inArray, or, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '@/db/client';
import { articles, authors, houseAds, media, type Media } from '@/db/schema';
import { audit } from '@/lib/audit';
import { can } from '@/lib/auth/permissions';
import { AppError } from '@/lib/errors';
import { roundFocal } from '@/lib/media/crop';
import { CONTENT_TYPE, EXTENSION, processImage } from '@/lib/media/image';
import { mediaPath } from '@/lib/storage/media-root';
import { renderVariants } from '@/lib/media/renditions';
import { ensureRenditions } from '@/lib/media/ensure-renditions';
import { missingVariants, plannedVariants, smallestVariant, variantsOf, type MediaVariant } from '@/lib/media/variants';
import { getMediaStorage, type MediaStorage } from '@/lib/storage/storage';
import { assertCan, type Actor } from './actor';
import { ExpectedError, parseInput } from './errors';
import { ARTICLE_TAG_LIMIT } from '@/lib/data/cache-tags';
import { logger } from '@/lib/observability/log.mjs';
import { pageOf } from './paging';

export type { MediaVariant } from '@/lib/media/variants';

/** What the library and the JSON API give for one picture. */
export interface MediaItemDto {
  id: number;
  /** Where browsers fetch it: the public bucket with S3_PUBLIC_URL, else `/media/<key>`. */
  url: string;
  /** The site's own `/media/<key>`: what an article body stores, whatever the hosting. */
  path: string;
  width: number;
  height: number;
  altFr: string;
  altAr: string;
  credit: string;
  focalX: number;
  focalY: number;
  /** The smallest whole-picture rendition at least 192 px wide (else the square crop), for grids of thumbnails. */
  thumbUrl: string;
  variants: (MediaVariant & { url: string })[];
}

export interface MediaRowDto extends MediaItemDto {
  originalName: string;
  mimeType: string;
  bytes: number;
  blurDataUrl: string | null;
  uploadedBy: number | null;
  createdAt: Date;
}

export const MEDIA_PAGE_SIZE = 24;

/** Alt text in both languages and a credit: a picture without them cannot be published. */
export const mediaTextSchema = z.object({
  altFr: z.string().trim().min(1).max(300),
  altAr: z.string().trim().min(1).max(300),
  credit: z.string().trim().min(1).max(200),
});
export type MediaTextInput = z.input<typeof mediaTextSchema>;

/**
 * A thumbnail at least 192 px wide (a 96-px tile at 2x) of the whole picture, as the library grids
 * show it (contained in a square tile): the 1:1 crop showed editors a fragment of a banner or a
 * panorama they could not recognise. The square crop only for a picture without full renditions.
 */
function thumbnailOf(variants: MediaVariant[]): MediaVariant | null {
  return (
    smallestVariant(variants, { format: 'webp', minWidth: 192 }) ??
    smallestVariant(variants, { format: 'avif', minWidth: 192 }) ??
    smallestVariant(variants, { crop: '1x1', format: 'webp', minWidth: 192 })
  );
}

export function toMediaItem(row: Media, storage: MediaStorage = getMediaStorage()): MediaItemDto {
  return {
    id: row.id,
    url: storage.url(row.storageKey),
    path: mediaPath(row.storageKey),
    width: row.width,
    height: row.height,
    altFr: row.altFr,
    altAr: row.altAr,
    credit: row.credit,
    focalX: row.focalX,
    focalY: row.focalY,
    thumbUrl: storage.url(thumbnailOf(variantsOf(row.variants))?.key ?? row.storageKey),
    variants: variantsOf(row.variants).map((variant) => ({ ...variant, url: storage.url(variant.key) })),
  };
}

function toMediaRow(row: Media, storage?: MediaStorage): MediaRowDto {
  return {
    ...toMediaItem(row, storage),
    originalName: row.originalName,
    mimeType: row.mimeType,
    bytes: row.bytes,
    blurDataUrl: row.blurDataUrl,
    uploadedBy: row.uploadedBy,
    createdAt: row.createdAt,
  };
}

/** File names are only for the library search: keep them short and printable. */
export function cleanOriginalName(name: string): string {
  return (
    name
      .normalize('NFC')
      .replace(/[\p{C}]/gu, '')
      .replace(/^.*[/\\]/, '')
      .trim()
      .slice(0, 200) || 'image'
  );
}

/** `uploads/2026-05/<random>`: one folder per picture, never reused, so files can be cached forever. */
function uploadFolder(now: Date): string {
  return `uploads/${now.toISOString().slice(0, 7)}/${randomBytes(12).toString('hex')}`;
}

export async function uploadMedia(
  db: Database,
  actor: Actor,
  input: MediaTextInput & { bytes: Uint8Array; originalName: string },
  options: { storage?: MediaStorage; now?: Date } = {},
): Promise<MediaItemDto> {
  assertCan(actor, 'media.upload');
  const text = parseInput(mediaTextSchema, input);
  const storage = options.storage ?? getMediaStorage();
  const image = await processImage(input.bytes);

  const folder = uploadFolder(options.now ?? new Date());
  const originalKey = `${folder}/original.${EXTENSION[image.original.format]}`;
  const files = [
    { key: originalKey, bytes: image.original.bytes, type: CONTENT_TYPE[image.original.format] },
    ...image.variants.map((variant) => ({
      key: `${folder}/w${variant.width}.${EXTENSION[variant.format]}`,
      bytes: variant.bytes,
      type: CONTENT_TYPE[variant.format],
    })),
  ];
  const fullVariants: MediaVariant[] = image.variants.map((variant, i) => ({
    width: variant.width,
    height: variant.height,
    format: variant.format as MediaVariant['format'],
    key: files[i + 1]!.key,
    bytes: variant.bytes.byteLength,
  }));
  // The crops (cards, thumbnails, share card) around the centre, until an editor sets a focal point.
  const source = { storageKey: originalKey, width: image.original.width, height: image.original.height };
  const crops = await renderVariants(image.original.bytes, missingVariants(fullVariants, plannedVariants(source, { x: 0.5, y: 0.5 })));
  files.push(...crops.map((crop) => ({ key: crop.key, bytes: crop.data, type: crop.contentType })));
  const variants: MediaVariant[] = [...fullVariants, ...crops.map(({ data: _data, contentType: _type, ...variant }) => variant)];
  const written: string[] = [];
  try {
    for (const file of files) {
      await storage.put(file.key, file.bytes, file.type);
      written.push(file.key);
    }
    return await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(media)
        .values({
          storageKey: originalKey,
          mimeType: CONTENT_TYPE[image.original.format],
          width: image.original.width,
          height: image.original.height,
          bytes: image.original.bytes.byteLength,
          altFr: text.altFr,
          altAr: text.altAr,
          credit: text.credit,
          blurDataUrl: image.blurDataUrl,
          originalName: cleanOriginalName(input.originalName),
          variants,
          uploadedBy: actor.id,
        })
        .returning();
      await audit(tx, {
        userId: actor.id,
        action: 'media.upload',
        entityType: 'media',
        entityId: row!.id,
        details: { key: originalKey, source: image.source, width: row!.width, height: row!.height, variants: variants.length },
      });
      return toMediaItem(row!, storage);
    });
  } catch (error) {
    // No row, no files: an interrupted upload leaves nothing behind.
    await Promise.all(written.map((key) => storage.delete(key).catch(() => undefined)));
    throw error;
  }
}

function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** The library: newest first, searched by file name, alt texts and credit. */
export async function listMedia(
  db: Database,
  input: { q?: string; page?: number; pageSize?: number },
): Promise<{ items: MediaRowDto[]; page: number; pages: number; total: number }> {
  const pageSize = Math.min(Math.max(input.pageSize ?? MEDIA_PAGE_SIZE, 1), 100);
  const q = (input.q ?? '').trim().slice(0, 100);
  let where: SQL | undefined;
  if (q) {
    const pattern = `%${escapeLike(q)}%`;
    where = or(ilike(media.originalName, pattern), ilike(media.altFr, pattern), ilike(media.altAr, pattern), ilike(media.credit, pattern));
  }
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(media).where(where);
  const { page, pages, offset } = pageOf(total, input.page, pageSize);
  const rows = await db
    .select()
    .from(media)
    .where(where)
    .orderBy(desc(media.id))
    .limit(pageSize)
    .offset(offset);
  const storage = getMediaStorage();
  return { items: rows.map((row) => toMediaRow(row, storage)), page, pages, total };
}

export async function getMedia(db: Database, id: number): Promise<MediaRowDto | null> {
  const [row] = await db.select().from(media).where(eq(media.id, id));
  return row ? toMediaRow(row) : null;
}

export interface MediaUsage {
  articles: { id: number; locale: 'fr' | 'ar'; title: string }[];
  authors: { id: number; nameFr: string }[];
  ads: { id: number; name: string }[];
  counts: { articles: number; authors: number; ads: number };
}

/** How many article covers, author avatars and house ads use a picture. Sequential: also runs inside transactions. */
export async function mediaUsageCounts(db: Pick<Database, 'select'>, id: number): Promise<MediaUsage['counts']> {
  const [articleCount] = await db.select({ n: count() }).from(articles).where(eq(articles.coverId, id));
  const [authorCount] = await db.select({ n: count() }).from(authors).where(eq(authors.avatarId, id));
  const [adCount] = await db.select({ n: count() }).from(houseAds).where(eq(houseAds.imageId, id));
  return { articles: articleCount?.n ?? 0, authors: authorCount?.n ?? 0, ads: adCount?.n ?? 0 };
}

/** Where a picture is used: article covers, author avatars, house ads (first few of each, and counts). */
export async function mediaUsage(db: Database, id: number): Promise<MediaUsage> {
  const [articleRows, authorRows, adRows, counts] = await Promise.all([
    db.select({ id: articles.id, locale: articles.locale, title: articles.title }).from(articles).where(eq(articles.coverId, id)).orderBy(desc(articles.id)).limit(10),
    db.select({ id: authors.id, nameFr: authors.nameFr }).from(authors).where(eq(authors.avatarId, id)).limit(10),
    db.select({ id: houseAds.id, name: houseAds.name }).from(houseAds).where(eq(houseAds.imageId, id)).limit(10),
    mediaUsageCounts(db, id),
  ]);
  return { articles: articleRows, authors: authorRows, ads: adRows, counts };
}

/**
 * Alt text and credit. Editors may fix any picture; a contributor only the ones they uploaded.
 * Returns the articles using it as cover (their pages show the credit), at most the tag limit + 1.
 */
export async function updateMediaText(db: Database, actor: Actor, id: number, input: MediaTextInput): Promise<{ coverArticleIds: number[] }> {
  assertCan(actor, 'media.upload');
  const text = parseInput(mediaTextSchema, input);
  return db.transaction(async (tx) => {
    const [row] = await tx.select({ uploadedBy: media.uploadedBy, altFr: media.altFr, altAr: media.altAr, credit: media.credit }).from(media).where(eq(media.id, id)).for('update');
    if (!row) throw new AppError('not_found', `No media ${id}`);
    if (!can(actor.role, 'media.manage') && row.uploadedBy !== actor.id) throw new AppError('forbidden', 'Only the uploader or an editor may edit this picture');
    await tx.update(media).set({ ...text, updatedAt: new Date() }).where(eq(media.id, id));
    await audit(tx, { userId: actor.id, action: 'media.update', entityType: 'media', entityId: id, details: { before: row, after: text } });
    const covers = await tx.select({ id: articles.id }).from(articles).where(eq(articles.coverId, id)).limit(ARTICLE_TAG_LIMIT + 1);
    return { coverArticleIds: covers.map((cover) => cover.id) };
  });
}

/**
 * Deletes a picture nobody uses. The row lock makes a concurrent "use as cover" (whose foreign key
 * check takes a share lock on this row) wait, so nothing can start using it mid-delete.
 */
export async function deleteMedia(db: Database, actor: Actor, id: number, options: { storage?: MediaStorage } = {}): Promise<void> {
  assertCan(actor, 'media.manage');
  const storage = options.storage ?? getMediaStorage();
  const keys = await db.transaction(async (tx) => {
    const [row] = await tx.select().from(media).where(eq(media.id, id)).for('update');
    if (!row) throw new AppError('not_found', `No media ${id}`);
    const usage = await mediaUsageCounts(tx, id);
    if (usage.articles + usage.authors + usage.ads > 0) throw new ExpectedError('conflict', 'media.inUse', { values: usage });
    await tx.delete(media).where(eq(media.id, id));
    await audit(tx, { userId: actor.id, action: 'media.delete', entityType: 'media', entityId: id, details: { key: row.storageKey, originalName: row.originalName } });
    return [row.storageKey, ...variantsOf(row.variants).map((variant) => variant.key)];
  });
  // After the commit: a leftover file is harmless, a row pointing at a deleted file is not.
  await Promise.all(keys.map((key) => storage.delete(key).catch((error: unknown) => logger('media').error({ err: error, key }, 'could not delete a file'))));
}

/** Choices for "pick a picture" selects: the most recent ones, plus the current one if older. */
export async function mediaOptions(db: Database, options: { include?: (number | null | undefined)[]; limit?: number } = {}) {
  const limit = options.limit ?? 200;
  const include = (options.include ?? []).filter((id): id is number => typeof id === 'number');
  const recent = await db
    .select({ id: media.id, originalName: media.originalName, altFr: media.altFr, storageKey: media.storageKey, width: media.width, height: media.height })
    .from(media)
    .orderBy(desc(media.id))
    .limit(limit);
  const missing = include.filter((id) => !recent.some((row) => row.id === id));
  const extra = missing.length
    ? await db
        .select({ id: media.id, originalName: media.originalName, altFr: media.altFr, storageKey: media.storageKey, width: media.width, height: media.height })
        .from(media)
        .where(inArray(media.id, missing))
    : [];
  const storage = getMediaStorage();
  return [...extra, ...recent].map((row) => ({
    id: row.id,
    label: `#${row.id} · ${row.altFr || row.originalName || row.storageKey}`.slice(0, 120),
    url: storage.url(row.storageKey),
    path: mediaPath(row.storageKey),
    width: row.width,
    height: row.height,
  }));
}

/** Whether a picture exists, for forms that reference one by id. */
export async function mediaExists(db: Pick<Database, 'select'>, id: number): Promise<boolean> {
  const [row] = await db.select({ id: media.id }).from(media).where(eq(media.id, id));
  return Boolean(row);
}

export const focalSchema = z.object({
  focalX: z.coerce.number().min(0).max(1).transform(roundFocal),
  focalY: z.coerce.number().min(0).max(1).transform(roundFocal),
});
export type FocalInput = z.input<typeof focalSchema>;

export interface MediaCropUse {
  coverArticleIds: number[];
  authorIds: number[];
  ads: number;
}

/**
 * Sets a picture's focal point and remakes its crops around it (same permission as the alt text).
 * Returns where the picture is used, for the caller to expire those reader pages.
 */
export async function updateMediaFocal(db: Database, actor: Actor, id: number, input: FocalInput, options: { storage?: MediaStorage } = {}): Promise<MediaCropUse> {
  assertCan(actor, 'media.upload');
  const focal = parseInput(focalSchema, input);
  await db.transaction(async (tx) => {
    const [row] = await tx.select({ uploadedBy: media.uploadedBy, focalX: media.focalX, focalY: media.focalY }).from(media).where(eq(media.id, id)).for('update');
    if (!row) throw new AppError('not_found', `No media ${id}`);
    if (!can(actor.role, 'media.manage') && row.uploadedBy !== actor.id) throw new AppError('forbidden', 'Only the uploader or an editor may edit this picture');
    await tx.update(media).set({ ...focal, updatedAt: new Date() }).where(eq(media.id, id));
    await audit(tx, { userId: actor.id, action: 'media.focal', entityType: 'media', entityId: id, details: { before: { x: row.focalX, y: row.focalY }, after: { x: focal.focalX, y: focal.focalY } } });
  });
  await ensureRenditions(db, id, options);
  const [covers, avatarOf, counts] = await Promise.all([
    db.select({ id: articles.id }).from(articles).where(eq(articles.coverId, id)).limit(ARTICLE_TAG_LIMIT + 1),
    db.select({ id: authors.id }).from(authors).where(eq(authors.avatarId, id)),
    mediaUsageCounts(db, id),
  ]);
  return { coverArticleIds: covers.map((row) => row.id), authorIds: avatarOf.map((row) => row.id), ads: counts.ads };
}
