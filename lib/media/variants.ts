import { cropBox, isWhole, roundFocal, type CropBox, type Focal } from './crop';

/*
 * Which renditions a picture has, what they are called and which ones a reader image uses. Pure
 * (no sharp, no storage): the reader components and the admin use it as well as lib/media/renditions.ts.
 *
 * Families:
 * - full: the picture's own shape, for body images and house ads (made at upload);
 * - 16x9: cards and article covers (their boxes are 16:9, object-fit: cover);
 * - 1x1: author photos and admin thumbnails;
 * - share: the 1200×630 base of the share card, one JPEG.
 * Crops are cut around the focal point, whose value is part of their names: a new focal point makes
 * new files, so every name always means the same bytes and can be cached for a year.
 */

/*
 * Widths of the full picture and of the 16:9 crops. Chromium takes the narrowest candidate at least
 * `sizes` × DPR wide, and on a phone covers, lead/standard cards and body pictures are `100vw`:
 * 360-440 CSS px at DPR 3 need 1080-1320 px. 1320 serves all of them (1280 would leave 428-440-px
 * phones on 1600) at about 0.7 of 1600's bytes (demo AVIFs), and a 760-px cover at DPR 1.5 too.
 * 1024 serves phones at DPR 2 (720-880) and desktops at 1x; 1600 the 672-760-px desktop columns at
 * 2x; 320 and 640 compact cards, ads and narrow columns.
 */
export const FULL_WIDTHS = [320, 640, 1024, 1320, 1600] as const;
export const WEB_FORMATS = ['avif', 'webp'] as const;

export type Crop = '16x9' | '1x1' | 'share';
export type VariantFormat = 'avif' | 'webp' | 'jpeg';

export const CROPS: Record<Crop, { aspect: { width: number; height: number }; widths: readonly number[]; formats: readonly VariantFormat[] }> = {
  // Cards and covers: the same widths as the full picture (see FULL_WIDTHS).
  '16x9': { aspect: { width: 16, height: 9 }, widths: FULL_WIDTHS, formats: WEB_FORMATS },
  // Author photos are 96 CSS px; admin thumbnails 64-120.
  '1x1': { aspect: { width: 1, height: 1 }, widths: [96, 192, 288], formats: WEB_FORMATS },
  // Social networks take JPEG everywhere; the card route draws the title band over it.
  share: { aspect: { width: 1200, height: 630 }, widths: [1200], formats: ['jpeg'] },
};

export interface MediaVariant {
  width: number;
  height: number;
  format: VariantFormat;
  key: string;
  bytes: number;
  /** Absent: the full picture. */
  crop?: Crop;
}

export interface PlannedVariant {
  key: string;
  width: number;
  height: number;
  format: VariantFormat;
  crop?: Crop;
  /** Region of the original to cut before resizing; absent: the whole picture. */
  box?: CropBox;
}

export const EXTENSIONS: Record<VariantFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg' };

/** `uploads/2026-05/ab12/original.jpg` → `uploads/2026-05/ab12/original`. */
function stemOf(storageKey: string): string {
  return storageKey.replace(/\.[a-z0-9]+$/, '');
}

const focalTag = (focal: Focal) => `f${Math.round(roundFocal(focal.x) * 1000)}-${Math.round(roundFocal(focal.y) * 1000)}`;

function widthsFor(widths: readonly number[], max: number): number[] {
  return [...new Set(widths.map((width) => Math.min(width, max)))].filter((width) => width > 0);
}

/** The full renditions' widths for an original this wide: the standard ones, capped at it. */
export function fullWidths(originalWidth: number): number[] {
  return widthsFor(FULL_WIDTHS, originalWidth);
}

/**
 * Every rendition a picture should have for this focal point. Full renditions keep whatever names
 * they were given at upload: `missingVariants` matches them by width and format, crops by name.
 */
export function plannedVariants(source: { storageKey: string; width: number; height: number }, focal: Focal): PlannedVariant[] {
  const stem = stemOf(source.storageKey);
  const planned: PlannedVariant[] = [];
  for (const width of fullWidths(source.width)) {
    const height = Math.max(1, Math.round((source.height * width) / source.width));
    for (const format of WEB_FORMATS) planned.push({ key: `${stem}-w${width}.${EXTENSIONS[format]}`, width, height, format });
  }
  for (const crop of Object.keys(CROPS) as Crop[]) {
    const { aspect, widths, formats } = CROPS[crop];
    const box = cropBox(source.width, source.height, aspect, focal);
    // Already that shape: the full renditions serve (share cards are always made, at their size).
    if (crop !== 'share' && isWhole(source.width, source.height, box)) continue;
    const sizes = crop === 'share' ? widths : widthsFor(widths, box.width);
    for (const width of sizes) {
      const height = crop === 'share' ? aspect.height : Math.max(1, Math.round((width * aspect.height) / aspect.width));
      for (const format of formats) {
        planned.push({ key: `${stem}-c${crop}-${focalTag(focal)}-w${width}.${EXTENSIONS[format]}`, width, height, format, crop, box });
      }
    }
  }
  return planned;
}

const sameSlot = (a: { crop?: Crop; width: number; format: VariantFormat }, b: { crop?: Crop; width: number; format: VariantFormat }) =>
  (a.crop ?? null) === (b.crop ?? null) && a.width === b.width && a.format === b.format;

/** The planned renditions a picture lacks: full ones by width and format, crops by name (focal point). */
export function missingVariants(existing: MediaVariant[], planned: PlannedVariant[]): PlannedVariant[] {
  return planned.filter((plan) => (plan.crop ? !existing.some((variant) => variant.key === plan.key) : !existing.some((variant) => sameSlot(variant, plan))));
}

/** Crops planned for another focal point: replaced, then their files deleted. */
export function staleVariants(existing: MediaVariant[], planned: PlannedVariant[]): MediaVariant[] {
  return existing.filter((variant) => variant.crop && !planned.some((plan) => plan.key === variant.key));
}

export function variantsOf(value: unknown): MediaVariant[] {
  return Array.isArray(value) ? (value as MediaVariant[]) : [];
}

export type Family = 'full' | '16x9' | '1x1';

export interface ImageSource {
  url: string;
  width: number;
  format: 'avif' | 'webp';
}

export interface PickedSources {
  width: number;
  height: number;
  sources: ImageSource[];
}

/**
 * The renditions a reader image of this family uses, with the size of the largest (its aspect
 * ratio for the width/height attributes). A crop falls back to the full renditions when the picture
 * already has that shape (or its crops are not made yet); null when there are none at all.
 */
export function pickSources(variants: MediaVariant[], family: Family, url: (key: string) => string): PickedSources | null {
  const of = (crop: Crop | undefined) => variants.filter((variant) => (variant.crop ?? undefined) === crop && (variant.format === 'avif' || variant.format === 'webp'));
  let chosen = family === 'full' ? of(undefined) : of(family);
  if (!chosen.length && family !== 'full') chosen = of(undefined);
  if (!chosen.length) return null;
  const largest = chosen.reduce((a, b) => (b.width > a.width ? b : a));
  const sources = chosen
    .map((variant) => ({ url: url(variant.key), width: variant.width, format: variant.format as ImageSource['format'] }))
    .sort((a, b) => a.width - b.width || a.format.localeCompare(b.format));
  return { width: largest.width, height: largest.height, sources };
}

/** `srcset` of one format: `url 320w, url 640w, …`, narrowest first. */
export function srcSet(sources: ImageSource[], format: ImageSource['format']): string {
  return sources
    .filter((source) => source.format === format)
    .map((source) => `${source.url} ${source.width}w`)
    .join(', ');
}

/** The smallest rendition at least `minWidth` wide (else the largest): thumbnails, share bases. */
export function smallestVariant(variants: MediaVariant[], options: { crop?: Crop; format?: VariantFormat; minWidth?: number } = {}): MediaVariant | null {
  const matching = variants
    .filter((variant) => (variant.crop ?? undefined) === options.crop && (!options.format || variant.format === options.format))
    .sort((a, b) => a.width - b.width);
  return matching.find((variant) => variant.width >= (options.minWidth ?? 0)) ?? matching.at(-1) ?? null;
}
