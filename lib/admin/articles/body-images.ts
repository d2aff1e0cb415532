import 'server-only';
import { inArray, sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { media } from '@/db/schema';
import { bodyImageSources, mediaKeyOfSrc, type BlockNode, type RichDocument } from '@/lib/rich-text';
import { ExpectedError } from '../errors';

/** How a refused image address is quoted back to the editor: short, and printable. */
function quoteSrc(src: unknown): string {
  const text = typeof src === 'string' ? src.replace(/[\u0000-\u001f\u007f]/g, '?').trim() : '';
  if (!text) return '—';
  return text.length > 80 ? `${text.slice(0, 77)}…` : text;
}

/**
 * Body images must be media library files (`/media/<key>`). Anything else (another host, data:,
 * `//host`, encoded tricks) is refused with the address named, not dropped behind the editor's back.
 */
export function bodyImageKeys(body: unknown): string[] {
  const keys: string[] = [];
  for (const src of bodyImageSources(body)) {
    const key = mediaKeyOfSrc(src);
    if (!key) throw new ExpectedError('bad_request', 'errors.imageSource', { field: 'body', values: { src: quoteSrc(src) } });
    keys.push(key);
  }
  return [...new Set(keys)];
}

/** The document without the images of the given keys (e.g. files deleted from the library). */
export function withoutImages(doc: RichDocument, keys: Set<string>): RichDocument {
  const keep = (nodes: BlockNode[]): BlockNode[] =>
    nodes.flatMap((node): BlockNode[] => {
      if (node.type === 'image') return keys.has(mediaKeyOfSrc(node.attrs.src) ?? '') ? [] : [node];
      if (node.type === 'blockquote') return [{ ...node, content: keep(node.content) }];
      if (node.type === 'bulletList' || node.type === 'orderedList') return [{ ...node, content: node.content.map((item) => ({ ...item, content: keep(item.content) })) }];
      return [node];
    });
  return { type: 'doc', content: keep(doc.content) };
}

/** Each body image must still be in the library: as an original or one of its renditions. */
export async function assertBodyImagesExist(tx: Pick<Database, 'select'>, keys: string[]) {
  if (!keys.length) return;
  const originals = await tx.select({ key: media.storageKey }).from(media).where(inArray(media.storageKey, keys));
  const known = new Set(originals.map((row) => row.key));
  for (const key of keys) {
    if (known.has(key)) continue;
    const [variant] = await tx
      .select({ id: media.id })
      .from(media)
      .where(sql`${media.variants} @> ${JSON.stringify([{ key }])}::jsonb`)
      .limit(1);
    if (!variant) throw new ExpectedError('bad_request', 'errors.imageMissing', { field: 'body', values: { src: quoteSrc(`/media/${key}`) } });
  }
}
