import { describe, expect, it } from 'vitest';
import {
  alignHeadline,
  cleanSearchText,
  foldForHeadline,
  FRAGMENT_DELIMITER as D,
  HIGHLIGHT_START as S,
  HIGHLIGHT_STOP as E,
  normalizeForSearch,
} from '@/lib/search/normalize';

describe('Arabic folding', () => {
  it('folds hamza and alef forms, ta marbuta and alef maqsura', () => {
    expect(normalizeForSearch('أحمد إبراهيم آمال ٱلله')).toBe('احمد ابراهيم امال الله');
    expect(normalizeForSearch('مؤتمر رئيس')).toBe('موتمر رييس');
    expect(normalizeForSearch('مدرسة')).toBe('مدرسه');
    expect(normalizeForSearch('مستشفى إلى')).toBe('مستشفي الي');
  });

  it('drops tatweel and harakat, keeps everything else', () => {
    expect(normalizeForSearch('المَغْرِبُ')).toBe('المغرب');
    expect(normalizeForSearch('المـــغرب')).toBe('المغرب');
    expect(normalizeForSearch('هٰذا')).toBe('هذا');
    expect(normalizeForSearch('Économie 2026 – «x»')).toBe('Économie 2026 – «x»');
  });

  it('drops the conjunction و before ال only when three letters follow', () => {
    expect(normalizeForSearch('والمغرب والسياحة')).toBe('المغرب السياحه');
    expect(normalizeForSearch('والي والدة والد')).toBe('والي والده والد');
    expect(normalizeForSearch('ووالمغرب')).toBe('ووالمغرب');
  });

  it('keeps a map from folded to original positions', () => {
    const folded = foldForHeadline('المَغْرِبُ <b> والسياحة\uE000');
    expect(folded.folded).toBe('المغرب  b> السياحه ');
    expect([...folded.folded].every((char, i) => folded.original[folded.origin[i]!] === char || char === ' ' || char === 'ه' || i > 8)).toBe(true);
    expect(folded.origin.length).toBe(folded.folded.length);
  });
});

describe('headline alignment', () => {
  it('marks the original words, harakat included', () => {
    const source = foldForHeadline('قال إنّ المَغْرِبُ بلد جميل.');
    const headline = `قال ان ${S}المغرب${E} بلد جميل.`;
    const [fragment] = alignHeadline(headline, source);
    expect(fragment!.parts).toEqual([
      { text: 'قال إنّ ', match: false },
      { text: 'المَغْرِبُ', match: true },
      { text: ' بلد جميل.', match: false },
    ]);
    expect(fragment!.clippedStart).toBe(false);
    expect(fragment!.clippedEnd).toBe(false);
  });

  it('splits fragments and tells where text was cut', () => {
    const text = 'Un début. Puis l’économie reprend. Beaucoup de texte entre les deux. Encore l’économie, et une fin.';
    const headline = `Puis l’${S}économie${E} reprend.${D}Encore l’${S}économie${E}, et`;
    const fragments = alignHeadline(headline, foldForHeadline(text));
    expect(fragments).toHaveLength(2);
    expect(fragments.map((f) => f.parts.map((p) => p.text).join(''))).toEqual(['Puis l’économie reprend.', 'Encore l’économie, et']);
    expect(fragments.map((f) => [f.clippedStart, f.clippedEnd])).toEqual([
      [true, true],
      [true, true],
    ]);
  });

  it('keeps the text around a leading و outside the mark', () => {
    const [fragment] = alignHeadline(`${S}السياحه${E}`, foldForHeadline('والسياحة'));
    expect(fragment!.parts).toEqual([
      { text: 'و', match: false },
      { text: 'السياحة', match: true },
    ]);
  });

  it('falls back to the generator output when a fragment cannot be found', () => {
    const [fragment] = alignHeadline(`autre ${S}chose${E}`, foldForHeadline('texte sans rapport'));
    expect(fragment!.parts).toEqual([
      { text: 'autre ', match: false },
      { text: 'chose', match: true },
    ]);
  });

  it('treats markup in the source as text', () => {
    const source = foldForHeadline('a <script>alert(1)</script> mot');
    const [fragment] = alignHeadline(` script>alert(1) /script> ${S}mot${E}`, source);
    expect(fragment!.parts.map((part) => part.text)).toEqual(['<script>alert(1)</script> ', 'mot']);
  });
});

describe('cleanSearchText', () => {
  it('removes control characters, delimiters and lone surrogates, and collapses spaces', () => {
    expect(cleanSearchText('  a\u0000b\tc\n\uE000d\uD800e  ')).toBe('a b c d e');
    expect(cleanSearchText('😀 ok')).toBe('😀 ok');
  });

  it('composes accents (NFC)', () => {
    expect(cleanSearchText('e\u0301conomie')).toBe('économie');
  });
});
