import { describe, expect, it } from 'vitest';
import { cropBox, roundFocal } from '@/lib/media/crop';
import { fullWidths, missingVariants, pickSources, plannedVariants, srcSet, staleVariants, type MediaVariant } from '@/lib/media/variants';

const url = (key: string) => `/media/${key}`;

describe('cropBox', () => {
  it('takes the largest box of the aspect, centred by default', () => {
    expect(cropBox(2000, 1000, { width: 16, height: 9 })).toEqual({ left: 111, top: 0, width: 1778, height: 1000 });
    expect(cropBox(1600, 900, { width: 1, height: 1 })).toEqual({ left: 350, top: 0, width: 900, height: 900 });
    expect(cropBox(900, 1600, { width: 16, height: 9 })).toEqual({ left: 0, top: 547, width: 900, height: 506 });
  });

  it('centres the box on the focal point as far as the edges allow', () => {
    // Subject at 30 % of the width: the square's centre moves there.
    expect(cropBox(1600, 900, { width: 1, height: 1 }, { x: 0.3, y: 0.5 })).toEqual({ left: 30, top: 0, width: 900, height: 900 });
    // Near an edge, the box stops at it and still holds the focal point.
    const right = cropBox(1600, 900, { width: 1, height: 1 }, { x: 0.95, y: 0.5 });
    expect(right).toEqual({ left: 700, top: 0, width: 900, height: 900 });
    expect(right.left <= 0.95 * 1600 && 0.95 * 1600 <= right.left + right.width).toBe(true);
    expect(cropBox(1000, 2000, { width: 1200, height: 630 }, { x: 0.5, y: 0 })).toEqual({ left: 0, top: 0, width: 1000, height: 525 });
    expect(cropBox(1000, 2000, { width: 1200, height: 630 }, { x: 0.5, y: 1 })).toEqual({ left: 0, top: 1475, width: 1000, height: 525 });
  });

  it('keeps the whole picture when it already has the aspect, and refuses empty sizes', () => {
    expect(cropBox(1600, 900, { width: 16, height: 9 }, { x: 0.1, y: 0.9 })).toEqual({ left: 0, top: 0, width: 1600, height: 900 });
    expect(() => cropBox(0, 900, { width: 16, height: 9 })).toThrow();
  });

  it('clamps and rounds focal coordinates (they name files)', () => {
    expect([roundFocal(-1), roundFocal(2), roundFocal(0.12345), roundFocal(Number.NaN)]).toEqual([0, 1, 0.123, 0.5]);
  });
});

describe('planned renditions', () => {
  const source = { storageKey: 'uploads/2026-05/ab12/original.jpg', width: 2000, height: 1000 };

  it('caps the standard widths at the original and drops duplicates', () => {
    expect(fullWidths(4000)).toEqual([320, 640, 1024, 1320, 1600]);
    expect(fullWidths(1200)).toEqual([320, 640, 1024, 1200]);
    expect(fullWidths(200)).toEqual([200]);
  });

  it('names crops after the focal point, so a new one makes new files', () => {
    const centre = plannedVariants(source, { x: 0.5, y: 0.5 });
    const left = plannedVariants(source, { x: 0.2, y: 0.5 });
    const crops = (list: typeof centre) => list.filter((plan) => plan.crop).map((plan) => plan.key);
    expect(crops(centre)).toContain('uploads/2026-05/ab12/original-c16x9-f500-500-w640.avif');
    expect(crops(centre)).toContain('uploads/2026-05/ab12/original-cshare-f500-500-w1200.jpg');
    expect(crops(left).some((key) => crops(centre).includes(key))).toBe(false);
    const share = centre.find((plan) => plan.crop === 'share')!;
    expect([share.width, share.height, share.format]).toEqual([1200, 630, 'jpeg']);
    expect(centre.filter((plan) => plan.crop === '1x1').map((plan) => `${plan.format}@${plan.width}x${plan.height}`)).toEqual(['avif@96x96', 'webp@96x96', 'avif@192x192', 'webp@192x192', 'avif@288x288', 'webp@288x288']);
  });

  it('makes no 16:9 crop of a 16:9 picture: its full renditions serve the cards', () => {
    const plans = plannedVariants({ storageKey: 'demo/x.webp', width: 1600, height: 900 }, { x: 0.1, y: 0.1 });
    expect(plans.some((plan) => plan.crop === '16x9')).toBe(false);
    expect(plans.filter((plan) => !plan.crop).map((plan) => plan.key)).toContain('demo/x-w1024.avif');
  });

  it('finds what is missing (full ones by size, crops by name) and what is stale', () => {
    const planned = plannedVariants(source, { x: 0.5, y: 0.5 });
    const uploaded: MediaVariant[] = [{ key: 'uploads/2026-05/ab12/w320.avif', width: 320, height: 160, format: 'avif', bytes: 1 }];
    const missing = missingVariants(uploaded, planned);
    expect(missing.some((plan) => !plan.crop && plan.width === 320 && plan.format === 'avif')).toBe(false);
    expect(missing).toHaveLength(planned.length - 1);
    const oldCrop: MediaVariant = { key: 'uploads/2026-05/ab12/original-c1x1-f100-100-w96.avif', width: 96, height: 96, format: 'avif', bytes: 1, crop: '1x1' };
    expect(staleVariants([...uploaded, oldCrop], planned)).toEqual([oldCrop]);
    const all = planned.map((plan) => ({ ...plan, bytes: 1 }));
    expect(missingVariants(all, planned)).toEqual([]);
  });

  it('gives a picture made before a width was added only that width (npm run media:renditions)', () => {
    const demo = { storageKey: 'demo/x.webp', width: 1600, height: 900 };
    const planned = plannedVariants(demo, { x: 0.5, y: 0.5 });
    const before = planned.filter((plan) => plan.crop || plan.width !== 1320).map((plan) => ({ ...plan, bytes: 1 }));
    expect(missingVariants(before, planned).map((plan) => `${plan.key} ${plan.width}x${plan.height}`)).toEqual(['demo/x-w1320.avif 1320x743', 'demo/x-w1320.webp 1320x743']);
  });
});

describe('sources for reader images', () => {
  const variants: MediaVariant[] = [
    { key: 'a/w640.webp', width: 640, height: 320, format: 'webp', bytes: 1 },
    { key: 'a/w320.avif', width: 320, height: 160, format: 'avif', bytes: 1 },
    { key: 'a/w640.avif', width: 640, height: 320, format: 'avif', bytes: 1 },
    { key: 'a/w320.webp', width: 320, height: 160, format: 'webp', bytes: 1 },
    { key: 'a/c-w640.avif', width: 640, height: 360, format: 'avif', bytes: 1, crop: '16x9' },
    { key: 'a/c-w640.webp', width: 640, height: 360, format: 'webp', bytes: 1, crop: '16x9' },
    { key: 'a/s.jpg', width: 1200, height: 630, format: 'jpeg', bytes: 1, crop: 'share' },
  ];

  it('builds one srcset per format, narrowest first, with the largest rendition as the size', () => {
    const full = pickSources(variants, 'full', url)!;
    expect([full.width, full.height]).toEqual([640, 320]);
    expect(srcSet(full.sources, 'avif')).toBe('/media/a/w320.avif 320w, /media/a/w640.avif 640w');
    expect(srcSet(full.sources, 'webp')).toBe('/media/a/w320.webp 320w, /media/a/w640.webp 640w');
  });

  it('uses the crop when made, else the full renditions, else nothing', () => {
    const card = pickSources(variants, '16x9', url)!;
    expect([card.width, card.height]).toEqual([640, 360]);
    expect(srcSet(card.sources, 'webp')).toBe('/media/a/c-w640.webp 640w');
    expect(srcSet(pickSources(variants, '1x1', url)!.sources, 'avif')).toBe('/media/a/w320.avif 320w, /media/a/w640.avif 640w');
    expect(pickSources([], '16x9', url)).toBeNull();
  });
});
