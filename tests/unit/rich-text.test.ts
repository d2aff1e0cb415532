import { describe, expect, it } from 'vitest';
import { documentText, parseRichDocument, safeHref } from '@/lib/rich-text';

describe('safeHref', () => {
  it('keeps http(s), mailto and site-relative links', () => {
    expect(safeHref('https://example.org/a?b=1')).toBe('https://example.org/a?b=1');
    expect(safeHref('mailto:redaction@example.org')).toBe('mailto:redaction@example.org');
    expect(safeHref('/fr/rubrique/maroc')).toBe('/fr/rubrique/maroc');
  });

  it('drops script URLs, protocol-relative URLs and garbage', () => {
    expect(safeHref('javascript:alert(1)')).toBeNull();
    expect(safeHref(' JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('data:text/html,<script>alert(1)</script>')).toBeNull();
    expect(safeHref('//evil.example/x')).toBeNull();
    expect(safeHref(42)).toBeNull();
    expect(safeHref('x'.repeat(3000))).toBeNull();
  });
});

describe('parseRichDocument', () => {
  it('keeps supported nodes and marks', () => {
    const doc = parseRichDocument({
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Titre' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'gras', marks: [{ type: 'bold' }] },
            { type: 'text', text: 'lien', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
          ],
        },
      ],
    });
    expect(doc.content).toHaveLength(2);
    expect(doc.content[1]).toMatchObject({ type: 'paragraph', content: [{ marks: [{ type: 'bold' }] }, { marks: [{ type: 'link' }] }] });
  });

  it('drops hostile links, unknown nodes and raw HTML carriers', () => {
    const doc = parseRichDocument({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] },
        { type: 'html', content: '<script>alert(1)</script>' },
        { type: 'image', attrs: { src: 'javascript:alert(1)', alt: '' } },
      ],
    });
    expect(doc.content).toEqual([{ type: 'paragraph', attrs: { dir: null }, content: [{ type: 'text', text: 'x' }] }]);
  });

  it('treats anything that is not a document as empty', () => {
    expect(parseRichDocument(null).content).toEqual([]);
    expect(parseRichDocument('<p>hi</p>').content).toEqual([]);
    expect(parseRichDocument({ type: 'doc', content: 'nope' }).content).toEqual([]);
  });

  it('extracts plain text', () => {
    const doc = parseRichDocument({
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'Un' }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'deux' }] }] }] },
      ],
    });
    expect(documentText(doc)).toBe('Un\ndeux');
  });
});
