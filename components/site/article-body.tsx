import type { ReactNode } from 'react';
import { EmbedGate } from '@/components/embeds/embed-gate';
import { ResponsiveImage } from '@/components/site/responsive-image';
import type { BodyImageDto } from '@/lib/data/types';
import { parseRichDocument, type BlockNode, type InlineNode } from '@/lib/rich-text';

// Plain text is rendered as text, not wrapped in an element: a body's every run would otherwise
// add an element to the page, its HTML and its RSC payload (on both passes of a cold render).
function renderInline(nodes: InlineNode[] | undefined): ReactNode[] {
  return (nodes ?? []).map((node, index) => {
    if (node.type === 'hardBreak') return <br key={index} />;
    let element: ReactNode = node.text;
    // Each mark wraps the previous one; the key only matters on the outermost, the list's item.
    for (const mark of node.marks ?? []) {
      if (mark.type === 'bold') element = <strong key={index}>{element}</strong>;
      else if (mark.type === 'italic') element = <em key={index}>{element}</em>;
      else if (mark.type === 'strike') element = <s key={index}>{element}</s>;
      else if (mark.type === 'code') element = <code key={index}>{element}</code>;
      else if (mark.type === 'link') {
        const external = !mark.attrs.href.startsWith('/');
        // Other sites open in a new tab; a site link does when the editor asked for it.
        const newTab = external || mark.attrs.target === '_blank';
        element = (
          <a key={index} href={mark.attrs.href} {...(newTab ? { target: '_blank' } : {})} {...(external ? { rel: 'noopener noreferrer nofollow' } : {})}>
            {element}
          </a>
        );
      }
    }
    return element;
  });
}

export interface EmbedLabels {
  placeholder: (provider: string) => string;
  load: string;
  open: (provider: string) => string;
}

const PROVIDER_NAMES = { youtube: 'YouTube', x: 'X' } as const;

interface RenderContext {
  embedLabels?: EmbedLabels;
  images?: Record<string, BodyImageDto>;
}

// The article column's width (globals.css .article-body, 42rem at most): a phone's full width.
const BODY_IMAGE_SIZES = '(min-width: 720px) 672px, 100vw';

function renderBlock(node: BlockNode, key: number, context: RenderContext): ReactNode {
  const { embedLabels } = context;
  switch (node.type) {
    case 'paragraph':
      return (
        <p key={key} dir={node.attrs?.dir ?? undefined}>
          {renderInline(node.content)}
        </p>
      );
    case 'heading': {
      const Tag = `h${node.attrs.level}` as 'h2' | 'h3' | 'h4';
      return (
        <Tag key={key} dir={node.attrs.dir ?? undefined}>
          {renderInline(node.content)}
        </Tag>
      );
    }
    case 'blockquote':
      return <blockquote key={key}>{node.content.map((child, index) => renderBlock(child, index, context))}</blockquote>;
    case 'bulletList':
    case 'orderedList': {
      const List = node.type === 'bulletList' ? 'ul' : 'ol';
      return (
        <List key={key}>
          {node.content.map((item, index) => (
            <li key={index}>{item.content.map((child, i) => renderBlock(child, i, context))}</li>
          ))}
        </List>
      );
    }
    case 'horizontalRule':
      return <hr key={key} />;
    case 'embed': {
      if (!embedLabels) return null;
      const providerName = PROVIDER_NAMES[node.attrs.provider];
      return (
        <EmbedGate
          key={key}
          embed={node.attrs}
          labels={{
            placeholder: embedLabels.placeholder(providerName),
            load: embedLabels.load,
            open: embedLabels.open(providerName),
            providerName,
          }}
        />
      );
    }
    case 'image':
      return (
        <figure key={key} className="body-figure">
          {/* Body images are media-library files only (lib/rich-text.ts refuses any other source). */}
          <ResponsiveImage
            image={{ url: node.attrs.src, width: node.attrs.width, height: node.attrs.height, sources: [], ...context.images?.[node.attrs.src] }}
            alt={node.attrs.alt}
            sizes={BODY_IMAGE_SIZES}
          />
          {node.attrs.caption ? <figcaption>{node.attrs.caption}</figcaption> : null}
        </figure>
      );
  }
}

/**
 * Renders stored article JSON as React elements: no HTML string ever reaches the page.
 * `insert` (the in-article ad) goes after the `insertAfter`-th block when the body is long enough.
 */
export function ArticleBody({
  body,
  embedLabels,
  insert,
  insertAfter = 3,
  images,
}: {
  body: unknown;
  embedLabels?: EmbedLabels;
  /** Renditions of the body's pictures, by `src` (ArticleDetailDto.bodyImages). */
  images?: Record<string, BodyImageDto>;
  insert?: ReactNode;
  insertAfter?: number;
}) {
  const doc = parseRichDocument(body);
  const blocks = doc.content.map((node, index) => renderBlock(node, index, { embedLabels, images }));
  const at = Math.min(insertAfter, blocks.length);
  return (
    <div className="article-body">
      {blocks.slice(0, at)}
      {insert}
      {blocks.slice(at)}
    </div>
  );
}
