import { Extension, mergeAttributes, Node, type Extensions } from '@tiptap/core';
import StarterKit from '@tiptap/starter-kit';
import { mediaKeyOfSrc, parseEmbedUrl } from '@/lib/rich-text';

/**
 * The editor's document model, kept to exactly what the reader renders (lib/rich-text.ts and
 * components/site/article-body.tsx). Pasted HTML is parsed against this schema, so anything
 * else (scripts, styles, tables, event handlers) is dropped before it reaches the server, which
 * sanitises again on save.
 */

/** A figure with a caption; images come from the media library only, with their dimensions. */
export const FigureImage = Node.create({
  name: 'image',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return {
      src: { default: null },
      alt: { default: '' },
      caption: { default: '' },
      width: { default: null },
      height: { default: null },
    };
  },
  parseHTML() {
    return [
      {
        tag: 'figure',
        getAttrs: (element) => {
          const img = element.querySelector('img');
          // A pasted picture from another site would be refused at save: keep only library ones.
          if (!img || !mediaKeyOfSrc(img.getAttribute('src'))) return false;
          return { src: img.getAttribute('src'), alt: img.getAttribute('alt') ?? '', caption: element.querySelector('figcaption')?.textContent ?? '' };
        },
      },
      {
        tag: 'img[src]',
        getAttrs: (element) => (mediaKeyOfSrc(element.getAttribute('src')) ? { src: element.getAttribute('src'), alt: element.getAttribute('alt') ?? '' } : false),
      },
    ];
  },
  renderHTML({ node }) {
    const attrs = node.attrs as { src: string; alt: string; caption: string; width: number | null; height: number | null };
    return [
      'figure',
      { class: 'editor-figure' },
      ['img', { src: attrs.src, alt: attrs.alt, width: attrs.width ?? undefined, height: attrs.height ?? undefined }],
      ['figcaption', {}, attrs.caption || ''],
    ];
  },
});

/** A YouTube video or an X post, stored by its public URL; readers see it only after consenting. */
export const Embed = Node.create({
  name: 'embed',
  group: 'block',
  atom: true,
  draggable: true,
  addAttributes() {
    return { provider: { default: null }, url: { default: null }, frameSrc: { default: null } };
  },
  parseHTML() {
    return [
      {
        tag: 'div[data-embed-url]',
        getAttrs: (element) => {
          const embed = parseEmbedUrl(element.getAttribute('data-embed-url'));
          return embed ? { ...embed } : false;
        },
      },
    ];
  },
  renderHTML({ node, HTMLAttributes }) {
    return ['div', mergeAttributes(HTMLAttributes, { 'data-embed-url': node.attrs.url, class: 'editor-embed' }), `${node.attrs.provider}: ${node.attrs.url}`];
  },
});

/**
 * Writing direction per paragraph and heading: null renders as dir="auto" (the browser follows
 * the first strong letter), or the editor forces ltr/rtl for mixed-script paragraphs.
 */
export const BlockDirection = Extension.create({
  name: 'blockDirection',
  addGlobalAttributes() {
    return [
      {
        types: ['paragraph', 'heading'],
        attributes: {
          dir: {
            default: null,
            parseHTML: (element) => {
              const dir = element.getAttribute('dir');
              return dir === 'ltr' || dir === 'rtl' ? dir : null;
            },
            renderHTML: (attributes) => ({ dir: attributes.dir ?? 'auto' }),
          },
        },
      },
    ];
  },
});

/**
 * The document the editor opens. A new article's body is stored as a doc with no blocks, which
 * ProseMirror accepts but cannot place a cursor in: the first click selected the whole document,
 * so "Intertitre" made a heading the next keystroke replaced with a plain paragraph. One empty
 * paragraph gives the cursor somewhere to be.
 */
export function editableDocument(body: unknown): object {
  const content = (body as { content?: unknown } | null)?.content;
  if (Array.isArray(content) && content.length > 0) return body as object;
  return { type: 'doc', content: [{ type: 'paragraph' }] };
}

export function editorExtensions(): Extensions {
  return [
    StarterKit.configure({
      heading: { levels: [2, 3, 4] },
      codeBlock: false,
      underline: false,
      link: { openOnClick: false, autolink: true, protocols: ['http', 'https', 'mailto'], HTMLAttributes: { rel: 'noopener noreferrer nofollow', target: null } },
    }),
    FigureImage,
    Embed,
    BlockDirection,
  ];
}
