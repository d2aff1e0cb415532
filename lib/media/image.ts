import sharp, { type Metadata, type Sharp } from 'sharp';
import { MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES } from './limits';
import { fullWidths, WEB_FORMATS } from './variants';

/*
 * Upload checks and renditions. The type is decided from the bytes (magic numbers, then sharp must
 * agree and decode the header), never from the file name or the browser's MIME type, so an HTML
 * or SVG file named photo.jpg is refused and a PNG named photo.jpg is kept as a PNG.
 */

export { MAX_INPUT_PIXELS, MAX_UPLOAD_BYTES } from './limits';

export type SourceFormat = 'jpeg' | 'png' | 'webp' | 'avif' | 'gif';
export type StoredFormat = 'jpeg' | 'png' | 'webp' | 'avif';

export type MediaRejection = 'too_large' | 'too_many_pixels' | 'unsupported_type' | 'unreadable';

/** HTTP status for each refusal: too big is 413, not an image we take is 415. */
export const REJECTION_STATUS: Record<MediaRejection, number> = {
  too_large: 413,
  too_many_pixels: 413,
  unsupported_type: 415,
  unreadable: 415,
};

export class MediaRejectedError extends Error {
  constructor(readonly reason: MediaRejection) {
    super(`Image refused: ${reason}`);
    this.name = 'MediaRejectedError';
  }
}

const ascii = (bytes: Uint8Array, start: number, end: number) => String.fromCharCode(...bytes.subarray(start, end));

/** The image format the bytes start with, or null. Looks at the content only. */
export function sniffImageType(bytes: Uint8Array): SourceFormat | null {
  if (bytes.length < 12) return null;
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'jpeg';
  if ([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => bytes[i] === byte)) return 'png';
  const head6 = ascii(bytes, 0, 6);
  if (head6 === 'GIF87a' || head6 === 'GIF89a') return 'gif';
  if (ascii(bytes, 0, 4) === 'RIFF' && ascii(bytes, 8, 12) === 'WEBP') return 'webp';
  // ISO BMFF: a leading `ftyp` box whose major or compatible brands name AVIF.
  if (ascii(bytes, 4, 8) === 'ftyp') {
    const size = Math.min(new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength).getUint32(0), bytes.length, 256);
    for (let offset = 8; offset + 4 <= size; offset += 4) {
      if (offset === 12) continue; // minor version, not a brand
      const brand = ascii(bytes, offset, offset + 4);
      if (brand === 'avif' || brand === 'avis') return 'avif';
    }
  }
  return null;
}

export interface Rendition {
  width: number;
  height: number;
  format: StoredFormat;
  bytes: Buffer;
}

export interface ProcessedImage {
  source: SourceFormat;
  /** Auto-rotated, metadata stripped; a GIF keeps its first frame as a PNG. */
  original: Rendition;
  variants: Rendition[];
  blurDataUrl: string;
}

export const CONTENT_TYPE: Record<StoredFormat, string> = {
  jpeg: 'image/jpeg',
  png: 'image/png',
  webp: 'image/webp',
  avif: 'image/avif',
};

export const EXTENSION: Record<StoredFormat, string> = { jpeg: 'jpg', png: 'png', webp: 'webp', avif: 'avif' };

const SHARP_FORMAT: Record<SourceFormat, string> = { jpeg: 'jpeg', png: 'png', webp: 'webp', avif: 'heif', gif: 'gif' };

/** Checks an upload and returns its type and size; throws MediaRejectedError with the reason. */
export async function inspectImage(bytes: Uint8Array): Promise<{ format: SourceFormat; width: number; height: number }> {
  if (bytes.byteLength > MAX_UPLOAD_BYTES) throw new MediaRejectedError('too_large');
  const format = sniffImageType(bytes);
  if (!format) throw new MediaRejectedError('unsupported_type');
  let meta: Metadata;
  try {
    meta = await sharp(bytes, { limitInputPixels: false }).metadata();
  } catch {
    throw new MediaRejectedError('unreadable');
  }
  // The magic number and the decoder must agree (e.g. HEIC also starts with ftyp but is not AVIF).
  if (meta.format !== SHARP_FORMAT[format] || (format === 'avif' && meta.compression !== 'av1')) {
    throw new MediaRejectedError('unsupported_type');
  }
  if (!meta.width || !meta.height) throw new MediaRejectedError('unreadable');
  // Header dimensions, before any pixel is decoded.
  const pageHeight = meta.pageHeight ?? meta.height;
  if (meta.width * pageHeight > MAX_INPUT_PIXELS) throw new MediaRejectedError('too_many_pixels');
  return { format, width: meta.width, height: pageHeight };
}

export function encode(image: Sharp, format: StoredFormat): Sharp {
  switch (format) {
    case 'jpeg':
      return image.jpeg({ quality: 85, mozjpeg: true });
    case 'png':
      return image.png({ compressionLevel: 9 });
    case 'webp':
      return image.webp({ quality: 78 });
    case 'avif':
      // effort 2: a 1600-px AVIF in well under a second on two cores; higher efforts cost 10x for a few %.
      return image.avif({ quality: 55, effort: 2 });
  }
}

/**
 * The stored original (auto-rotated from EXIF, then every metadata block dropped — location,
 * camera serials — which sharp does unless asked to keep it) and the responsive renditions.
 */
export async function processImage(bytes: Uint8Array): Promise<ProcessedImage> {
  const { format } = await inspectImage(bytes);
  const stored: StoredFormat = format === 'gif' ? 'png' : format;
  const input = () => sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, animated: false, failOn: 'error' });
  let originalBytes: Buffer;
  try {
    originalBytes = await encode(input().rotate(), stored).toBuffer();
  } catch {
    throw new MediaRejectedError('unreadable');
  }
  const meta = await sharp(originalBytes).metadata();
  const width = meta.width!;
  const height = meta.height!;
  const original: Rendition = { width, height, format: stored, bytes: originalBytes };

  const variants: Rendition[] = [];
  // One at a time: each AVIF encode already uses both cores.
  for (const target of fullWidths(width)) {
    const resized = await sharp(originalBytes).resize({ width: target, withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
    const raw = () => sharp(resized.data, { raw: { width: resized.info.width, height: resized.info.height, channels: resized.info.channels } });
    for (const variantFormat of WEB_FORMATS) {
      const out = await encode(raw(), variantFormat).toBuffer();
      variants.push({ width: resized.info.width, height: resized.info.height, format: variantFormat, bytes: out });
    }
  }

  const blur = await sharp(originalBytes).resize(16, 16, { fit: 'inside' }).webp({ quality: 40 }).toBuffer();
  return { source: format, original, variants, blurDataUrl: `data:image/webp;base64,${blur.toString('base64')}` };
}
