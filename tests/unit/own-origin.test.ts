import { describe, expect, it } from 'vitest';
import { ownOrigin } from '@/lib/http/own-origin';

// Where the server's requests to itself go: never SITE_URL, which is the public address.
describe('ownOrigin', () => {
  it('uses the port `next start` records once listening, on localhost', () => {
    expect(ownOrigin({ PORT: '4123' })).toBe('http://localhost:4123');
  });

  it('prefers JARIDA_OWN_ORIGIN, for servers bound elsewhere or not started by Next', () => {
    expect(ownOrigin({ JARIDA_OWN_ORIGIN: 'http://10.0.0.5:8080/', PORT: '3000' })).toBe('http://10.0.0.5:8080');
    expect(ownOrigin({ JARIDA_OWN_ORIGIN: 'http://[::1]:3000' })).toBe('http://[::1]:3000');
  });

  it('falls back to localhost on PORT (3000), and ignores values that are not http origins', () => {
    expect(ownOrigin({ PORT: '8081' })).toBe('http://localhost:8081');
    expect(ownOrigin({})).toBe('http://localhost:3000');
    expect(ownOrigin({ JARIDA_OWN_ORIGIN: 'not a url', PORT: 'x' })).toBe('http://localhost:3000');
    expect(ownOrigin({ JARIDA_OWN_ORIGIN: 'file:///etc/passwd' })).toBe('http://localhost:3000');
  });

  it('reads the environment through lib/env when given nothing', () => {
    const saved = { ...process.env };
    try {
      process.env.PORT = '4567';
      delete process.env.JARIDA_OWN_ORIGIN;
      expect(ownOrigin()).toBe('http://localhost:4567');
      process.env.JARIDA_OWN_ORIGIN = 'http://127.0.0.1:4568';
      expect(ownOrigin()).toBe('http://127.0.0.1:4568');
    } finally {
      process.env = saved;
    }
  });
});
