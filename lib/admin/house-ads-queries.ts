import 'server-only';
import { asc, desc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Database, Tx } from '@/db/client';
import { adSlotKindEnum, houseAds, media } from '@/db/schema';
import { audit } from '@/lib/audit';
import { getMediaStorage } from '@/lib/storage/storage';
import { assertCan, type Actor } from './actor';
import { ExpectedError, parseInput } from './errors';
import { fields, isSafeHref } from './validation';
import { mediaExists } from './media-queries';
import { deleteRow, insertRow, lockRow, updateRow } from './rows';

export const houseAdSchema = z.object({
  name: z.string().trim().min(1).max(120),
  kind: z.enum(adSlotKindEnum.enumValues),
  // Null: shown on pages in both languages.
  locale: z.enum(['fr', 'ar']).nullable().default(null),
  imageId: z.number().int().positive(),
  // The phone creative (320×100 mobile leaderboard); null: phones get `imageId` too.
  mobileImageId: z.number().int().positive().nullable().default(null),
  alt: z.string().trim().min(1).max(300),
  href: z.string().trim().refine(isSafeHref, 'url'),
  startsAt: z.date().nullable().default(null),
  endsAt: z.date().nullable().default(null),
});
export type HouseAdInput = z.input<typeof houseAdSchema>;

/** The house-ad form: dates typed in Moroccan legal time. */
export const houseAdFormSchema = z.object({
  name: fields.requiredText(120),
  kind: z.enum(adSlotKindEnum.enumValues),
  locale: fields.optionalLocale(),
  imageId: fields.requiredId(),
  mobileImageId: fields.optionalId(),
  alt: fields.requiredText(300),
  href: fields.safeHref(),
  startsAt: fields.optionalMoroccanTime(),
  endsAt: fields.optionalMoroccanTime(),
});

/** A house ad as the newsroom shows and edits it. */
export interface HouseAdDto {
  id: number;
  name: string;
  kind: (typeof adSlotKindEnum.enumValues)[number];
  locale: 'fr' | 'ar' | null;
  imageId: number;
  mobileImageId: number | null;
  alt: string;
  href: string;
  startsAt: Date | null;
  endsAt: Date | null;
}

const houseAdColumns = {
  id: houseAds.id,
  name: houseAds.name,
  kind: houseAds.kind,
  locale: houseAds.locale,
  imageId: houseAds.imageId,
  mobileImageId: houseAds.mobileImageId,
  alt: houseAds.alt,
  href: houseAds.href,
  startsAt: houseAds.startsAt,
  endsAt: houseAds.endsAt,
};

export interface HouseAdListItem extends HouseAdDto {
  image: { url: string; width: number; height: number } | null;
}

export async function listHouseAds(db: Database): Promise<HouseAdListItem[]> {
  const rows = await db
    .select({ ad: houseAdColumns, key: media.storageKey, width: media.width, height: media.height })
    .from(houseAds)
    .leftJoin(media, eq(media.id, houseAds.imageId))
    .orderBy(asc(houseAds.kind), desc(houseAds.id));
  const storage = getMediaStorage();
  return rows.map((row) => ({ ...row.ad, image: row.key ? { url: storage.url(row.key), width: row.width!, height: row.height! } : null }));
}

export async function getHouseAdById(db: Database, id: number): Promise<HouseAdDto | null> {
  const [row] = await db.select(houseAdColumns).from(houseAds).where(eq(houseAds.id, id));
  return row ?? null;
}

async function validated(tx: Tx, input: HouseAdInput) {
  const data = parseInput(houseAdSchema, input);
  if (data.startsAt && data.endsAt && data.endsAt <= data.startsAt) throw new ExpectedError('bad_request', 'ads.endBeforeStart', { field: 'endsAt' });
  if (!(await mediaExists(tx, data.imageId))) throw new ExpectedError('bad_request', 'ads.imageMissing', { field: 'imageId' });
  if (data.mobileImageId !== null && !(await mediaExists(tx, data.mobileImageId))) throw new ExpectedError('bad_request', 'ads.imageMissing', { field: 'mobileImageId' });
  return data;
}

export async function createHouseAd(db: Database, actor: Actor, input: HouseAdInput): Promise<{ id: number }> {
  assertCan(actor, 'ads.manage');
  return db.transaction(async (tx) => {
    const data = await validated(tx, input);
    const id = await insertRow(tx, houseAds, data);
    await audit(tx, { userId: actor.id, action: 'house_ad.create', entityType: 'house_ad', entityId: id, details: { name: data.name, kind: data.kind, href: data.href } });
    return { id };
  });
}

export async function updateHouseAd(db: Database, actor: Actor, id: number, input: HouseAdInput): Promise<void> {
  assertCan(actor, 'ads.manage');
  await db.transaction(async (tx) => {
    const before = await lockRow(tx, houseAds, id, 'house ad');
    const data = await validated(tx, input);
    await updateRow(tx, houseAds, id, data);
    await audit(tx, { userId: actor.id, action: 'house_ad.update', entityType: 'house_ad', entityId: id, details: { before: { name: before.name, href: before.href, imageId: before.imageId, mobileImageId: before.mobileImageId }, after: { name: data.name, href: data.href, imageId: data.imageId, mobileImageId: data.mobileImageId } } });
  });
}

export async function deleteHouseAd(db: Database, actor: Actor, id: number): Promise<void> {
  assertCan(actor, 'ads.manage');
  await db.transaction(async (tx) => {
    const before = await deleteRow(tx, houseAds, id, 'house ad');
    await audit(tx, { userId: actor.id, action: 'house_ad.delete', entityType: 'house_ad', entityId: id, details: { name: before.name, kind: before.kind } });
  });
}
