/** Upload limits, shared by the server checks and the upload form (which must not import sharp). */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
/** 50 megapixels: more than any press camera; refuses decompression bombs before decoding. */
export const MAX_INPUT_PIXELS = 50_000_000;
/** What the file picker offers; the server decides by content, whatever the picker let through. */
export const ACCEPTED_IMAGE_TYPES = 'image/jpeg,image/png,image/webp,image/avif,image/gif';
