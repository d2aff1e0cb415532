import { describe, expect, it } from 'vitest';
import { el, escapeXml, renderFragment, renderXml } from '@/lib/seo/xml';

describe('escapeXml', () => {
  it('escapes the five XML specials', () => {
    expect(escapeXml(`Tom & Jerry <b>"bold"</b> l'été`)).toBe('Tom &amp; Jerry &lt;b&gt;&quot;bold&quot;&lt;/b&gt; l&apos;été');
  });

  it('does not double-escape and keeps Arabic and emoji intact', () => {
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
    expect(escapeXml('المغرب 🇲🇦')).toBe('المغرب 🇲🇦');
  });

  it('drops characters XML 1.0 forbids, keeping tab and newlines', () => {
    expect(escapeXml('a\u0000b\u0008c\u000Bd\u001Fe\tf\ng\rh\uFFFEi\uFFFF')).toBe('abcde\tf\ng\rhi');
    expect(escapeXml('lone \uD800 high, lone \uDC00 low, pair \uD83D\uDE00')).toBe('lone  high, lone  low, pair 😀');
  });
});

describe('renderXml', () => {
  it('escapes text and attributes, indents element-only content and skips empty children', () => {
    const xml = renderXml(
      el(
        'feed',
        { xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'ar' },
        el('title', {}, 'A < B & "C"'),
        null,
        false,
        [el('link', { href: 'https://x.test/?a=1&b=2', rel: 'self', type: undefined })],
        el('empty', {}),
      ),
    );
    expect(xml).toBe(
      [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ar">',
        '  <title>A &lt; B &amp; &quot;C&quot;</title>',
        '  <link href="https://x.test/?a=1&amp;b=2" rel="self"/>',
        '  <empty/>',
        '</feed>',
        '',
      ].join('\n'),
    );
  });

  it('keeps mixed content on one line so no whitespace is added to the text', () => {
    expect(renderFragment(el('span', { weight: 'bold' }, 'Le ', el('i', {}, 'Maroc'), ' <2026>'))).toBe(
      '<span weight="bold">Le <i>Maroc</i> &lt;2026&gt;</span>',
    );
  });

  it('cannot be broken out of by a title that looks like markup', () => {
    const xml = renderXml(el('rss', {}, el('title', {}, ']]></title><script>alert(1)</script>')));
    expect(xml).not.toContain('<script>');
    expect(xml).toContain('<title>]]&gt;&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>');
  });
});
