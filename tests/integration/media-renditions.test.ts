import fs from 'node:fs/promises';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import sharp from 'sharp';
import { describe, expect, inject, it } from 'vitest';
import { media } from '@/db/schema';
import { InvalidInputError } from '@/lib/admin/errors';
import { getMedia, updateMediaFocal, uploadMedia } from '@/lib/admin/media-queries';
import { ensureAllRenditions, ensureRenditions } from '@/lib/media/ensure-renditions';
import { variantsOf, type MediaVariant } from '@/lib/media/variants';
import { contentTestDb, makeArticle, makeSection, uploadText } from './support/content';

const { db, actors, mediaRoot } = contentTestDb();

const onDisk = (key: string) => fs.readFile(path.join(mediaRoot(), key));
const exists = (key: string) => fs.access(path.join(mediaRoot(), key)).then(() => true, () => false);
const rowVariants = async (id: number) => variantsOf((await db.select({ variants: media.variants }).from(media).where(eq(media.id, id)))[0]!.variants);

/** 1600×800: red on the left fifth, blue elsewhere, so a crop shows where it was cut. */
async function twoColours(): Promise<Buffer> {
  const red = await sharp({ create: { width: 320, height: 800, channels: 3, background: '#ff0000' } }).png().toBuffer();
  return sharp({ create: { width: 1600, height: 800, channels: 3, background: '#0000ff' } })
    .composite([{ input: red, left: 0, top: 0 }])
    .jpeg({ quality: 95 })
    .toBuffer();
}

async function meanColour(bytes: Buffer): Promise<{ r: number; b: number }> {
  const { channels } = await sharp(bytes).stats();
  return { r: channels[0]!.mean, b: channels[2]!.mean };
}

describe(`renditions (${inject('databaseKind')})`, () => {
  it('makes the crops at upload, around the centre, with their sizes and formats', async () => {
    const item = await uploadMedia(db, actors.editor, { ...uploadText, bytes: await twoColours(), originalName: 'wide.jpg' });
    const crops = item.variants.filter((variant) => variant.crop);
    expect(crops.filter((variant) => variant.crop === '16x9').map((variant) => `${variant.format}@${variant.width}x${variant.height}`)).toEqual([
      'avif@320x180', 'webp@320x180', 'avif@640x360', 'webp@640x360', 'avif@1024x576', 'webp@1024x576', 'avif@1320x743', 'webp@1320x743', 'avif@1422x800', 'webp@1422x800',
    ]);
    const share = crops.find((variant) => variant.crop === 'share')!;
    const shareMeta = await sharp(await onDisk(share.key)).metadata();
    expect([shareMeta.format, shareMeta.width, shareMeta.height]).toEqual(['jpeg', 1200, 630]);
    for (const variant of crops) expect((await onDisk(variant.key)).byteLength, variant.key).toBe(variant.bytes);
    // The square thumbnail from the centre is all blue.
    const thumb = crops.find((variant) => variant.crop === '1x1' && variant.format === 'webp' && variant.width === 96)!;
    expect((await meanColour(await onDisk(thumb.key))).r).toBeLessThan(20);
    // The library shows the whole picture: the smallest full WebP rendition, not the square crop.
    expect(item.thumbUrl).toBe(`/media/${item.variants.find((variant) => !variant.crop && variant.format === 'webp' && variant.width === 320)!.key}`);
  });

  it('makes only the missing renditions, once: a second run does nothing', async () => {
    const item = await uploadMedia(db, actors.editor, { ...uploadText, bytes: await twoColours(), originalName: 'old.jpg' });
    const all = await rowVariants(item.id);
    // A picture uploaded before crops existed: full renditions only.
    const fullOnly = all.filter((variant) => !variant.crop);
    await db.update(media).set({ variants: fullOnly }).where(eq(media.id, item.id));
    for (const variant of all.filter((v) => v.crop)) await fs.rm(path.join(mediaRoot(), variant.key));

    const first = await ensureRenditions(db, item.id);
    expect(first).toEqual({ made: all.length - fullOnly.length, removed: 0 });
    const after = await rowVariants(item.id);
    expect(after.map((variant) => variant.key).sort()).toEqual(all.map((variant) => variant.key).sort());
    // The full renditions keep their upload names: nothing re-encoded.
    expect(after.filter((variant) => !variant.crop)).toEqual(fullOnly);
    for (const variant of after) expect(await exists(variant.key), variant.key).toBe(true);

    const stat = await fs.stat(path.join(mediaRoot(), after.find((variant) => variant.crop === 'share')!.key));
    expect(await ensureRenditions(db, item.id)).toEqual({ made: 0, removed: 0 });
    const whole = await ensureAllRenditions(db);
    expect(whole.made).toBe(0);
    expect(whole.pictures).toBeGreaterThan(0);
    expect((await fs.stat(path.join(mediaRoot(), after.find((variant) => variant.crop === 'share')!.key))).mtimeMs).toBe(stat.mtimeMs);
  });

  it('recrops around a new focal point, deletes the old crops and names the covers using the picture', async () => {
    const item = await uploadMedia(db, actors.contributor, { ...uploadText, bytes: await twoColours(), originalName: 'focal.jpg' });
    const before = (await rowVariants(item.id)).filter((variant) => variant.crop);
    const fullBefore = (await rowVariants(item.id)).filter((variant) => !variant.crop);
    const articleId = await makeArticle(db, { sectionId: await makeSection(db), coverId: item.id });

    const use = await updateMediaFocal(db, actors.contributor, item.id, { focalX: 0.1, focalY: 0.5 });
    expect(use).toEqual({ coverArticleIds: [articleId], authorIds: [], ads: 0 });
    const row = await getMedia(db, item.id);
    expect([row!.focalX, row!.focalY]).toEqual([0.1, 0.5]);
    const crops = row!.variants.filter((variant) => variant.crop);
    expect(crops).toHaveLength(before.length);
    expect(crops.every((variant) => variant.key.includes('-f100-500-'))).toBe(true);
    for (const old of before) expect(await exists(old.key), old.key).toBe(false);
    // The 800×800 square now starts at the left edge: the red fifth of the picture is 40 % of it.
    const square = crops.find((variant: MediaVariant) => variant.crop === '1x1' && variant.format === 'webp' && variant.width === 288)!;
    const colour = await meanColour(await onDisk(square.key));
    expect(colour.r).toBeGreaterThan(0.35 * 255);
    expect(colour.r).toBeLessThan(0.45 * 255);
    // Full renditions do not depend on the focal point.
    expect(row!.variants.filter((variant) => !variant.crop).map((variant) => variant.key)).toEqual(fullBefore.map((variant) => variant.key));
  });

  it('validates the focal point and who may set it', async () => {
    const item = await uploadMedia(db, actors.admin, { ...uploadText, bytes: await twoColours(), originalName: 'theirs.jpg' });
    await expect(updateMediaFocal(db, actors.editor, item.id, { focalX: 1.5, focalY: 0.5 })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(updateMediaFocal(db, actors.editor, item.id, { focalX: 'left', focalY: 0.5 })).rejects.toBeInstanceOf(InvalidInputError);
    await expect(updateMediaFocal(db, actors.contributor, item.id, { focalX: 0.2, focalY: 0.2 })).rejects.toMatchObject({ code: 'forbidden' });
    await expect(updateMediaFocal(db, actors.editor, 999_999, { focalX: 0.2, focalY: 0.2 })).rejects.toMatchObject({ code: 'not_found' });
    expect((await getMedia(db, item.id))!.focalX).toBe(0.5);
  });
});
