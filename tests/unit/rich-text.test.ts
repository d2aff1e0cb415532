import { describe, expect, it } from 'vitest';
import { bodyImageSources, documentText, mediaKeyOfSrc, parseRichDocument, safeHref } from '@/lib/rich-text';

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
  it("keeps a link's request for a new tab, and no other target", () => {
    const link = (target: unknown) => ({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'lien', marks: [{ type: 'link', attrs: { href: '/fr/article/x', target } }] }] }],
    });
    const marks = (target: unknown) => (parseRichDocument(link(target)).content[0] as { content: { marks: unknown[] }[] }).content[0]!.marks;
    expect(marks('_blank')).toEqual([{ type: 'link', attrs: { href: '/fr/article/x', target: '_blank' } }]);
    expect(marks('_top')).toEqual([{ type: 'link', attrs: { href: '/fr/article/x' } }]);
    expect(marks(null)).toEqual([{ type: 'link', attrs: { href: '/fr/article/x' } }]);
  });

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

// Body images come from the media library only: any other address would make every reader's
// browser call a third party (a tracking pixel), so the sanitiser drops it even from old bodies.
describe('body images', () => {
  const LIBRARY = '/media/uploads/2026-05/3fa9c0de/w640.avif';
  const imagesOf = (src: unknown) =>
    parseRichDocument({ type: 'doc', content: [{ type: 'image', attrs: { src, alt: 'Port' } }] }).content.filter((node) => node.type === 'image');

  it('keeps a media library address, with its key', () => {
    expect(imagesOf(LIBRARY)).toEqual([{ type: 'image', attrs: { src: LIBRARY, alt: 'Port', caption: null } }]);
    expect(imagesOf('/media/demo/cover-maroc.webp')).toHaveLength(1);
    expect(mediaKeyOfSrc(LIBRARY)).toBe('uploads/2026-05/3fa9c0de/w640.avif');
  });

  it.each([
    'https://tracker.example/pixel.gif',
    'http://tracker.example/pixel.gif',
    'HTTPS://TRACKER.EXAMPLE/PIXEL.GIF',
    '//tracker.example/pixel.gif',
    '/\\tracker.example/pixel.gif',
    '/\t/tracker.example/pixel.gif',
    '/media//tracker.example/pixel.gif',
    '/media/\\tracker.example/pixel.gif',
    'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
    'javascript:alert(1)',
    '/media/%2e%2e/%2e%2e/etc/passwd',
    '/media/..%2f..%2fetc/passwd',
    '/media/../../etc/passwd',
    '/media/uploads/../../x.webp',
    '/media/uploads/x.webp?u=1',
    '/media/uploads/x.webp#x',
    '/media/Uploads/X.WEBP',
    '/media/uploads/x.webp ',
    ' /media/uploads/x.webp',
    '/media/',
    '/media',
    '/fr/article/x',
    'media/uploads/x.webp',
    'https://jarida.ma/media/uploads/x.webp',
    '',
    null,
    42,
  ])('drops %j', (src) => {
    expect(imagesOf(src)).toEqual([]);
    expect(mediaKeyOfSrc(src)).toBeNull();
  });

  it('finds every image of a posted body, at any depth, valid or not', () => {
    const body = {
      type: 'doc',
      content: [
        { type: 'image', attrs: { src: LIBRARY } },
        { type: 'blockquote', content: [{ type: 'image', attrs: { src: 'https://a.example/1.gif' } }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'image', attrs: { src: '//b.example/2.gif' } }] }] },
        { type: 'image' },
        null,
      ],
    };
    expect(bodyImageSources(body)).toEqual([LIBRARY, 'https://a.example/1.gif', '//b.example/2.gif', undefined]);
    expect(bodyImageSources('<img src=x>')).toEqual([]);
  });
});
