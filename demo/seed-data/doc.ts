/*
 * Tiny builders for ProseMirror/Tiptap documents so seed articles can be written as plain strings.
 * Inline syntax: **bold**, *italic* and [label](href). Nothing else is interpreted.
 */

export type Mark = { type: 'bold' } | { type: 'italic' } | { type: 'link'; attrs: { href: string } };

export interface TextNode {
  type: 'text';
  text: string;
  marks?: Mark[];
}

export interface ParagraphNode {
  type: 'paragraph';
  content: TextNode[];
}

export interface HeadingNode {
  type: 'heading';
  attrs: { level: 2 | 3 };
  content: TextNode[];
}

export interface BlockquoteNode {
  type: 'blockquote';
  content: ParagraphNode[];
}

export interface ListItemNode {
  type: 'listItem';
  content: ParagraphNode[];
}

export interface BulletListNode {
  type: 'bulletList';
  content: ListItemNode[];
}

export interface EmbedNode {
  type: 'embed';
  attrs: { url: string };
}

export interface ImageNode {
  type: 'image';
  attrs: { src: string; alt: string; caption: string; width: number; height: number };
}

export type BlockNode = ParagraphNode | HeadingNode | BlockquoteNode | BulletListNode | EmbedNode | ImageNode;

export interface DocNode {
  type: 'doc';
  content: BlockNode[];
}

const INLINE = /\*\*(.+?)\*\*|\*(.+?)\*|\[([^\]]+)\]\(([^)\s]+)\)/g;

/** Parses the inline syntax into text nodes with marks. */
export function inline(source: string): TextNode[] {
  const nodes: TextNode[] = [];
  let last = 0;
  for (const match of source.matchAll(INLINE)) {
    const index = match.index ?? 0;
    if (index > last) nodes.push({ type: 'text', text: source.slice(last, index) });
    const [, bold, italic, label, href] = match;
    if (bold !== undefined) nodes.push({ type: 'text', text: bold, marks: [{ type: 'bold' }] });
    else if (italic !== undefined) nodes.push({ type: 'text', text: italic, marks: [{ type: 'italic' }] });
    else if (label !== undefined && href !== undefined) nodes.push({ type: 'text', text: label, marks: [{ type: 'link', attrs: { href } }] });
    last = index + match[0].length;
  }
  if (last < source.length) nodes.push({ type: 'text', text: source.slice(last) });
  return nodes;
}

export const p = (text: string): ParagraphNode => ({ type: 'paragraph', content: inline(text) });

export const h2 = (text: string): HeadingNode => ({ type: 'heading', attrs: { level: 2 }, content: inline(text) });

export const quote = (...paragraphs: string[]): BlockquoteNode => ({ type: 'blockquote', content: paragraphs.map(p) });

export const list = (items: string[]): BulletListNode => ({
  type: 'bulletList',
  content: items.map((item) => ({ type: 'listItem', content: [p(item)] })),
});

/** A document; plain strings become paragraphs. */
/** A YouTube video or X post; readers see a click-to-load placeholder until they accept embeds. */
export const embed = (url: string): EmbedNode => ({ type: 'embed', attrs: { url } });

/**
 * A picture in the body: another demo story's cover (`demo/<its pair>.webp`, 1600×900), as an
 * editor would insert it from the media library.
 */
export const figure = (coverName: string, alt: string, caption: string): ImageNode => ({
  type: 'image',
  attrs: { src: `/media/demo/${coverName}.webp`, alt, caption, width: 1600, height: 900 },
});

export const doc = (...blocks: (string | BlockNode)[]): DocNode => ({
  type: 'doc',
  content: blocks.map((block) => (typeof block === 'string' ? p(block) : block)),
});

/** Plain text of a node tree (for word counts and checks). */
export function plainText(node: DocNode | BlockNode | TextNode | ListItemNode): string {
  if (node.type === 'text') return node.text;
  if (node.type === 'embed' || node.type === 'image') return '';
  return (node.content as (BlockNode | TextNode | ListItemNode)[]).map(plainText).join(node.type === 'paragraph' || node.type === 'heading' ? '' : '\n');
}

/** Every href used by link marks in a document. */
export function linkHrefs(node: DocNode | BlockNode | ListItemNode): string[] {
  const hrefs: string[] = [];
  if (node.type === 'embed' || node.type === 'image') return hrefs;
  for (const child of node.content) {
    if (child.type === 'embed' || child.type === 'image') continue;
    if (child.type === 'text') {
      for (const mark of child.marks ?? []) if (mark.type === 'link') hrefs.push(mark.attrs.href);
    } else {
      hrefs.push(...linkHrefs(child));
    }
  }
  return hrefs;
}
