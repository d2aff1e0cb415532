import { describe, expect, it } from 'vitest';
import { ownOrigin } from '@/lib/http/own-origin';

// Where the server's requests to itself go: never SITE_URL, which is the public address.
describe('ownOrigin', () => {
  it("uses the address `next start` records once listening (its -H, the actual port)", () => {
    expect(ownOrigin({ __NEXT_PRIVATE_ORIGIN: 'http://127.0.0.1:4123', PORT: '4123', SITE_URL: 'https://jarida.ma' })).toBe('http://127.0.0.1:4123');
    expect(ownOrigin({ __NEXT_PRIVATE_ORIGIN: 'http://[::1]:3000' })).toBe('http://[::1]:3000');
  });

  it('prefers JARIDA_OWN_ORIGIN, for servers Next does not start', () => {
    expect(ownOrigin({ JARIDA_OWN_ORIGIN: 'http://10.0.0.5:8080/', __NEXT_PRIVATE_ORIGIN: 'http://localhost:3000' })).toBe('http://10.0.0.5:8080');
  });

  it('falls back to localhost on PORT (3000), and ignores values that are not http origins', () => {
    expect(ownOrigin({ PORT: '8081' })).toBe('http://localhost:8081');
    expect(ownOrigin({})).toBe('http://localhost:3000');
    expect(ownOrigin({ JARIDA_OWN_ORIGIN: 'not a url', __NEXT_PRIVATE_ORIGIN: 'file:///etc/passwd', PORT: 'x' })).toBe('http://localhost:3000');
  });
});
