import { describe, expect, it, vi } from 'vitest';

vi.mock('next/navigation', () => ({
  notFound: () => {
    throw new Error('NEXT_NOT_FOUND');
  },
}));
vi.mock('next-intl/server', () => ({ setRequestLocale: () => undefined }));

const { decodeSlug } = await import('@/lib/i18n/params');

describe('decodeSlug', () => {
  it('decodes percent-encoded Arabic and normalizes it', () => {
    expect(decodeSlug(encodeURIComponent('الرباط'))).toBe('الرباط');
    expect(decodeSlug('maroc')).toBe('maroc');
    expect(decodeSlug('e\u0301te')).toBe('\u00e9te');
  });

  it.each(['%E0%A4%A', '%D8', '%FF'])('is a 404 for a broken escape (%s)', (slug) => {
    expect(() => decodeSlug(slug)).toThrow('NEXT_NOT_FOUND');
  });

  // PostgreSQL refuses NUL in a text parameter: the query would fail and the route answer 500.
  it.each(['\u0000', 'maroc\u0000', '%00', 'a%0Ab', '\u001b[31m', '\u007f'])('is a 404 for a control character (%j)', (slug) => {
    expect(() => decodeSlug(slug)).toThrow('NEXT_NOT_FOUND');
  });
});
