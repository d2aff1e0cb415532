import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH, parseSearchParams } from '@/lib/search/params';

const api = (query: string) => parseSearchParams(new URLSearchParams(query), { requireQuery: true });

describe('search parameters', () => {
  it('accepts a full query and defaults locale and page', () => {
    expect(api('q=%C3%A9conomie&section=maroc&from=2026-11-01&to=2026-11-23&page=2&locale=ar')).toEqual({
      ok: true,
      value: { q: 'économie', locale: 'ar', section: 'maroc', from: '2026-11-01', to: '2026-11-23', page: 2 },
    });
    expect(api('q=x')).toEqual({ ok: true, value: { q: 'x', locale: 'fr', page: 1 } });
  });

  it('treats empty form fields as absent', () => {
    expect(api('q=x&section=&from=&to=&page=')).toEqual({ ok: true, value: { q: 'x', locale: 'fr', page: 1 } });
  });

  it('explains what is wrong', () => {
    const reasons = (query: string) => {
      const result = api(query);
      return result.ok ? [] : result.errors.map((error) => `${error.field}: ${error.message}`);
    };
    expect(reasons('')).toEqual(['q: q is required']);
    expect(reasons('q=%20%20')).toEqual(['q: q is required']);
    expect(reasons(`q=${'a'.repeat(MAX_QUERY_LENGTH + 1)}`)).toEqual([`q: q is longer than ${MAX_QUERY_LENGTH} characters`]);
    expect(reasons(`q=${'a'.repeat(10_000)}`)).toHaveLength(1);
    expect(reasons('q=x&locale=en')).toEqual(['locale: locale must be one of fr, ar']);
    expect(reasons('q=x&from=23/11/2026')).toEqual(['from: from must be YYYY-MM-DD']);
    expect(reasons('q=x&to=2026-02-30')).toEqual(['to: to is not a calendar date']);
    expect(reasons('q=x&from=2026-11-23&to=2026-11-01')).toEqual(['from: from is after to']);
    for (const page of ['0', '-1', '1.5', 'abc', '501', '99999']) expect(reasons(`q=x&page=${page}`), page).toHaveLength(1);
  });

  it('lets the page show an empty form, and keeps valid fields when others are wrong', () => {
    expect(parseSearchParams({}, { requireQuery: false, locale: 'ar' })).toEqual({ ok: true, value: { q: '', locale: 'ar', page: 1 } });
    const result = parseSearchParams({ q: ['un', 'deux'], section: 'sport', from: 'hier' }, { requireQuery: false, locale: 'fr' });
    expect(result.ok).toBe(false);
    expect(result.value).toEqual({ q: 'un', section: 'sport' });
  });
});
