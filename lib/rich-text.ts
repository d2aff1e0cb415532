import { z } from 'zod';

/*
 * Article bodies are ProseMirror/Tiptap JSON. This schema is the boundary: anything that does
 * not parse is dropped node by node, so a malformed or hostile document can never inject markup.
 */

export type Mark =
  | { type: 'bold' | 'italic' | 'strike' | 'code' }
  | { type: 'link'; attrs: { href: string; target?: '_blank' } };

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

export type InlineNode = TextNode | { type: 'hardBreak' };

export type BlockNode =
  | { type: 'paragraph'; attrs?: { dir?: 'ltr' | 'rtl' | null }; content?: InlineNode[] }
  | { type: 'heading'; attrs: { level: 2 | 3 | 4; dir?: 'ltr' | 'rtl' | null }; content?: InlineNode[] }
  | { type: 'blockquote'; content: BlockNode[] }
  | { type: 'bulletList' | 'orderedList'; content: { type: 'listItem'; content: BlockNode[] }[] }
  | { type: 'horizontalRule' }
  | { type: 'image'; attrs: { src: string; alt: string; caption?: string | null; width?: number; height?: number } }
  | { type: 'embed'; attrs: EmbedAttrs };

export interface EmbedAttrs {
  provider: 'youtube' | 'x';
  /** The canonical public URL (for the no-consent link). */
  url: string;
  /** The player/widget URL, loaded only once the reader accepts embeds. */
  frameSrc: string;
}

/** YouTube videos and X posts, recognised from their public URL; anything else is not embeddable. */
export function parseEmbedUrl(value: unknown): EmbedAttrs | null {
  const href = safeHref(value);
  if (!href || href.startsWith('/')) return null;
  const url = new URL(href);
  const host = url.hostname.replace(/^www\./, '');
  let video: string | null = null;
  if (host === 'youtube.com' && url.pathname === '/watch') video = url.searchParams.get('v');
  else if (host === 'youtu.be') video = url.pathname.slice(1);
  if (video && /^[\w-]{6,20}$/.test(video)) {
    return { provider: 'youtube', url: `https://www.youtube.com/watch?v=${video}`, frameSrc: `https://www.youtube-nocookie.com/embed/${video}` };
  }
  const post = /^\/(\w{1,15})\/status\/(\d{5,25})$/.exec(url.pathname);
  if ((host === 'x.com' || host === 'twitter.com') && post) {
    return { provider: 'x', url: `https://x.com/${post[1]}/status/${post[2]}`, frameSrc: `https://platform.twitter.com/embed/Tweet.html?id=${post[2]}` };
  }
  return null;
}

export interface RichDocument {
  type: 'doc';
  content: BlockNode[];
}

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:']);

/** Only absolute http(s)/mailto URLs and site-relative paths survive; `javascript:` and friends do not. */
export function safeHref(href: unknown): string | null {
  if (typeof href !== 'string' || href.length > 2048) return null;
  const trimmed = href.trim();
  // Site paths only: browsers read "/\\host", "//host" and "/<tab>/host" as another site.
  if (trimmed.startsWith('/')) return /^\/(?![/\\])[^\\\s\u0000-\u001f]*$/.test(trimmed) ? trimmed : null;
  try {
    const url = new URL(trimmed);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.toString() : null;
  } catch {
    return null;
  }
}

/*
 * Media keys as the storage layer accepts them (lib/storage/storage.ts assertValidKey): lower-case
 * segments of letters, digits, dots, dashes and underscores, never `..`. Repeated here because
 * this module also runs in the editor, where the storage module (node:fs) cannot be loaded.
 */
const MEDIA_SEGMENT = /^[a-z0-9_-][a-z0-9._-]*$/;

/**
 * The storage key of a body image address, when it is exactly what the media library produces
 * (`/media/<key>`, as mediaUrl() writes it); null for every other host, scheme, `//host`,
 * percent-encoding, query, fragment or backslash, so no spelling can reach another origin.
 */
export function mediaKeyOfSrc(src: unknown): string | null {
  if (typeof src !== 'string' || src.length > 400 || !src.startsWith('/media/')) return null;
  const key = src.slice('/media/'.length);
  const segments = key.split('/');
  const valid = segments.every((segment) => MEDIA_SEGMENT.test(segment) && !segment.includes('..'));
  return valid ? key : null;
}

/**
 * The `src` of every image node anywhere in a posted body, valid or not, so a save can refuse
 * (rather than silently drop) pictures from elsewhere. Deeper than the parser ever reads.
 */
export function bodyImageSources(value: unknown): unknown[] {
  const found: unknown[] = [];
  const visit = (node: unknown, depth: number) => {
    if (typeof node !== 'object' || node === null || depth > 12) return;
    if ((node as { type?: unknown }).type === 'image') found.push(((node as { attrs?: { src?: unknown } }).attrs ?? {}).src);
    const content = (node as { content?: unknown }).content;
    if (Array.isArray(content)) for (const child of content) visit(child, depth + 1);
  };
  visit(value, 0);
  return found;
}

const markSchema = z.union([
  z.object({ type: z.enum(['bold', 'italic', 'strike', 'code']) }),
  z.object({ type: z.literal('link'), attrs: z.object({ href: z.string(), target: z.unknown().optional() }) }),
]);

const textSchema = z.object({ type: z.literal('text'), text: z.string(), marks: z.array(z.unknown()).optional() });

function parseInline(nodes: unknown): InlineNode[] {
  if (!Array.isArray(nodes)) return [];
  const result: InlineNode[] = [];
  for (const node of nodes) {
    if ((node as { type?: unknown })?.type === 'hardBreak') {
      result.push({ type: 'hardBreak' });
      continue;
    }
    const parsed = textSchema.safeParse(node);
    // Empty text nodes are invalid in the editor's schema: one would make the editor drop the document.
    if (!parsed.success || parsed.data.text === '') continue;
    const marks: Mark[] = [];
    for (const raw of parsed.data.marks ?? []) {
      const mark = markSchema.safeParse(raw);
      if (!mark.success) continue;
      if (mark.data.type === 'link') {
        const href = safeHref(mark.data.attrs.href);
        // The editor may ask for a new tab; any other target value is dropped.
        if (href) marks.push({ type: 'link', attrs: mark.data.attrs.target === '_blank' ? { href, target: '_blank' } : { href } });
      } else {
        marks.push({ type: mark.data.type });
      }
    }
    result.push(marks.length ? { type: 'text', text: parsed.data.text, marks } : { type: 'text', text: parsed.data.text });
  }
  return result;
}

function parseDir(attrs: unknown): 'ltr' | 'rtl' | null {
  const dir = (attrs as { dir?: unknown } | undefined)?.dir;
  return dir === 'ltr' || dir === 'rtl' ? dir : null;
}

function parseBlocks(nodes: unknown, depth = 0): BlockNode[] {
  if (!Array.isArray(nodes) || depth > 8) return [];
  const result: BlockNode[] = [];
  for (const node of nodes) {
    if (typeof node !== 'object' || node === null) continue;
    const type = (node as { type?: unknown }).type;
    const attrs = (node as { attrs?: unknown }).attrs as Record<string, unknown> | undefined;
    const content = (node as { content?: unknown }).content;
    switch (type) {
      case 'paragraph':
        result.push({ type, attrs: { dir: parseDir(attrs) }, content: parseInline(content) });
        break;
      case 'heading': {
        const level = Number(attrs?.level);
        result.push({
          type,
          attrs: { level: level === 3 || level === 4 ? level : 2, dir: parseDir(attrs) },
          content: parseInline(content),
        });
        break;
      }
      case 'blockquote': {
        // The editor requires at least one block inside; an empty quote is dropped.
        const inner = parseBlocks(content, depth + 1);
        if (inner.length) result.push({ type, content: inner });
        break;
      }
      case 'bulletList':
      case 'orderedList': {
        const items = (Array.isArray(content) ? content : [])
          .filter((item) => (item as { type?: unknown })?.type === 'listItem')
          .map((item) => parseBlocks((item as { content?: unknown }).content, depth + 1))
          // A list item must start with a paragraph in the editor's schema.
          .map((blocks) => ({ type: 'listItem' as const, content: blocks[0]?.type === 'paragraph' ? blocks : [{ type: 'paragraph' as const, attrs: { dir: null }, content: [] }, ...blocks] }));
        if (items.length) result.push({ type, content: items });
        break;
      }
      case 'horizontalRule':
        result.push({ type });
        break;
      case 'image': {
        // Only pictures from our own media library: any other address would make every reader's
        // browser call a third party (a tracking pixel). Old bodies may still hold such images.
        const src = mediaKeyOfSrc(attrs?.src) ? (attrs!.src as string) : null;
        if (src) {
          result.push({
            type,
            attrs: {
              src,
              alt: typeof attrs?.alt === 'string' ? attrs.alt : '',
              caption: typeof attrs?.caption === 'string' ? attrs.caption : null,
              width: Number(attrs?.width) || undefined,
              height: Number(attrs?.height) || undefined,
            },
          });
        }
        break;
      }
      case 'embed': {
        const embed = parseEmbedUrl(attrs?.url);
        if (embed) result.push({ type, attrs: embed });
        break;
      }
      default:
        // Unknown node types (e.g. embeds before their renderer exists) are skipped, not rendered raw.
        break;
    }
  }
  return result;
}

export function parseRichDocument(value: unknown): RichDocument {
  const content = (value as { type?: unknown; content?: unknown } | null)?.type === 'doc' ? (value as { content: unknown }).content : [];
  return { type: 'doc', content: parseBlocks(content) };
}

export function documentText(doc: RichDocument): string {
  const parts: string[] = [];
  const walk = (nodes: BlockNode[]) => {
    for (const node of nodes) {
      if (node.type === 'paragraph' || node.type === 'heading') {
        parts.push((node.content ?? []).map((inline) => (inline.type === 'text' ? inline.text : ' ')).join(''));
      } else if (node.type === 'blockquote') walk(node.content);
      else if (node.type === 'bulletList' || node.type === 'orderedList') node.content.forEach((item) => walk(item.content));
    }
  };
  walk(doc.content);
  return parts.join('\n');
}
