import { describe, expect, it } from 'vitest';
import { isSameOrigin, type WithoutOrigin } from '@/lib/http/same-origin';

const request = (values: Record<string, string>) => new Headers({ host: 'jarida.ma', ...values });
const RULES: WithoutOrigin[] = ['unless-cross-site', 'same-origin-fetch-only', 'refuse'];

// One check, three rules for requests without Origin: route handlers, view beacons, server actions.
describe('isSameOrigin', () => {
  it('with an Origin, every rule compares it with the host the browser addressed', () => {
    for (const rule of RULES) {
      expect(isSameOrigin(request({ origin: 'https://jarida.ma' }), rule)).toBe(true);
      expect(isSameOrigin(request({ host: 'localhost:3000', 'x-forwarded-host': 'jarida.ma', origin: 'https://jarida.ma' }), rule)).toBe(true);
      for (const origin of ['https://evil.example', 'null', 'not a url']) expect(isSameOrigin(request({ origin }), rule), `${rule} ${origin}`).toBe(false);
      expect(isSameOrigin(new Headers({ origin: 'https://jarida.ma' }), rule)).toBe(false);
    }
  });

  it('without an Origin, each rule reads Sec-Fetch-Site its own way', () => {
    const verdicts = (site: string | null) => RULES.map((rule) => isSameOrigin(request(site ? { 'sec-fetch-site': site } : {}), rule));
    expect(verdicts(null)).toEqual([true, false, false]);
    expect(verdicts('same-origin')).toEqual([true, true, false]);
    expect(verdicts('none')).toEqual([true, false, false]);
    expect(verdicts('same-site')).toEqual([false, false, false]);
    expect(verdicts('cross-site')).toEqual([false, false, false]);
  });
});
