import sharp from 'sharp';
import { CONTENT_TYPE, encode } from './image';
import { MAX_INPUT_PIXELS } from './limits';
import type { MediaVariant, PlannedVariant } from './variants';

/*
 * Renders planned renditions (lib/media/variants.ts) from a stored original. Crops are cut with
 * sharp's extract around the focal point, then resized; one at a time, since each AVIF encode
 * already uses both cores.
 */

export interface RenderedVariant extends MediaVariant {
  data: Buffer;
  contentType: string;
}

export async function renderVariants(original: Uint8Array, planned: PlannedVariant[]): Promise<RenderedVariant[]> {
  const out: RenderedVariant[] = [];
  // Decode once per crop box and width, then encode each format from the raw pixels.
  const groups = new Map<string, PlannedVariant[]>();
  for (const plan of planned) {
    const id = `${plan.crop ?? 'full'}:${plan.width}x${plan.height}`;
    groups.set(id, [...(groups.get(id) ?? []), plan]);
  }
  for (const plans of groups.values()) {
    const first = plans[0]!;
    let image = sharp(original, { limitInputPixels: MAX_INPUT_PIXELS }).rotate();
    if (first.box) image = image.extract(first.box);
    const raw = await image.resize({ width: first.width, height: first.height, fit: 'fill' }).raw().toBuffer({ resolveWithObject: true });
    for (const plan of plans) {
      const pixels = sharp(raw.data, { raw: { width: raw.info.width, height: raw.info.height, channels: raw.info.channels } });
      const data = await encode(pixels, plan.format).toBuffer();
      out.push({
        key: plan.key,
        width: plan.width,
        height: plan.height,
        format: plan.format,
        bytes: data.byteLength,
        ...(plan.crop ? { crop: plan.crop } : {}),
        data,
        contentType: CONTENT_TYPE[plan.format],
      });
    }
  }
  return out;
}
