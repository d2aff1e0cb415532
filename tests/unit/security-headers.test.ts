import { buildCustomRoute } from 'next/dist/lib/build-custom-route';
import { getScriptNonceFromHeader } from 'next/dist/server/app-render/get-script-nonce-from-header';
import { describe, expect, it } from 'vitest';
import {
  adminCsp,
  adminCspDirectives,
  apiCsp,
  createNonce,
  EMBED_FRAME_ORIGINS,
  HSTS_VALUE,
  parseAdOrigins,
  publicMediaOrigins,
  readerCsp,
  readerCspDirectives,
  securityHeaderRules,
  serializeCsp,
} from '@/lib/http/security-headers';
import { parseEmbedUrl } from '@/lib/rich-text';

/** The headers Next sends for a path: every matching rule in order, the last one winning per key (as in routes-manifest). */
function headersFor(pathname: string, options: Parameters<typeof securityHeaderRules>[0]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of securityHeaderRules(options)) {
    const { regex } = buildCustomRoute('header', { ...rule });
    if (!new RegExp(regex).test(pathname)) continue;
    for (const header of rule.headers) out[header.key] = header.value;
  }
  return out;
}

function directive(policy: string, name: string): string[] {
  const found = policy.split('; ').find((part) => part.split(' ')[0] === name);
  return found ? found.split(' ').slice(1) : [];
}

const production = { production: true, dev: false };

describe('security headers', () => {
  it('serializes directives in order with duplicate sources dropped', () => {
    expect(serializeCsp({ 'default-src': ["'self'", "'self'"], 'object-src': ["'none'"] })).toBe("default-src 'self'; object-src 'none'");
  });

  it('reader pages: locked down except inline scripts, which static pages cannot hash', () => {
    const policy = readerCsp({ dev: false });
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'base-uri')).toEqual(["'self'"]);
    expect(directive(policy, 'form-action')).toEqual(["'self'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'self'"]);
    // A hash or nonce here would silently switch 'unsafe-inline' off and block Next's flight data.
    expect(directive(policy, 'script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(policy).not.toMatch(/'nonce-|'sha256-|'unsafe-eval'|'strict-dynamic'/);
    expect(directive(readerCsp({ dev: true }), 'script-src')).toContain("'unsafe-eval'");
  });

  it('reader pages allow the embed frames the article body builds, and nothing else foreign by default', () => {
    const frames = readerCspDirectives({ dev: false })['frame-src']!;
    for (const url of ['https://www.youtube.com/watch?v=dQw4w9WgXcQ', 'https://youtu.be/dQw4w9WgXcQ', 'https://x.com/jarida/status/1234567890']) {
      const embed = parseEmbedUrl(url)!;
      expect(frames).toContain(new URL(embed.frameSrc).origin);
    }
    const foreign = readerCsp({ dev: false })
      .split(/[; ]+/)
      .filter((source) => source.startsWith('https://'));
    expect(foreign.sort()).toEqual([...EMBED_FRAME_ORIGINS].sort());
  });

  it('an external ad network listed in CSP_AD_ORIGINS may load scripts, images, frames and requests', () => {
    const origins = parseAdOrigins(' https://ads.example.net  https://*.adcdn.example/ ');
    expect(origins).toEqual(['https://ads.example.net', 'https://*.adcdn.example']);
    const directives = readerCspDirectives({ dev: false, adOrigins: origins });
    for (const name of ['script-src', 'img-src', 'frame-src', 'connect-src']) expect(directives[name]).toEqual(expect.arrayContaining(origins));
    expect(parseAdOrigins(undefined)).toEqual([]);
    for (const bad of ['http://ads.example.net', 'https://ads.example.net/tag.js', 'ads.example.net', "'unsafe-eval'", '*']) {
      expect(() => parseAdOrigins(bad), bad).toThrow(/CSP_AD_ORIGINS/);
    }
  });

  it('a public media bucket (S3_PUBLIC_URL) may serve images to readers and the newsroom, and nothing else', () => {
    const origins = publicMediaOrigins('s3', 'https://media.example.com/jarida/');
    expect(origins).toEqual(['https://media.example.com']);
    const reader = readerCspDirectives({ dev: false, mediaOrigins: origins });
    const admin = adminCspDirectives(createNonce(), { dev: false, mediaOrigins: origins });
    for (const directives of [reader, admin]) {
      expect(directives['img-src']).toContain('https://media.example.com');
      for (const name of ['script-src', 'connect-src', 'frame-src', 'default-src']) expect(directives[name] ?? [], name).not.toContain('https://media.example.com');
    }
    // Served through the app (no public URL, or local storage): no other origin.
    expect(publicMediaOrigins('s3', undefined)).toEqual([]);
    expect(publicMediaOrigins('local', 'https://media.example.com')).toEqual([]);
    expect(readerCspDirectives({ dev: false })['img-src']).toEqual(["'self'", 'data:', 'blob:']);
  });

  it('admin: nonce and strict-dynamic, never framed, and Next reads the nonce back', () => {
    const nonce = createNonce();
    const policy = adminCsp(nonce, { dev: false });
    expect(directive(policy, 'script-src')).toEqual(["'self'", `'nonce-${nonce}'`, "'strict-dynamic'"]);
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(getScriptNonceFromHeader(policy)).toBe(nonce);
    expect(adminCspDirectives(nonce, { dev: true })['script-src']).toContain("'unsafe-eval'");
    expect(() => adminCsp("abc'; script-src *", { dev: false })).toThrow();
  });

  it('nonces are 128 random bits, fresh each time', () => {
    const nonces = new Set(Array.from({ length: 200 }, createNonce));
    expect(nonces.size).toBe(200);
    for (const nonce of nonces) expect(Buffer.from(nonce, 'base64')).toHaveLength(16);
  });

  it('next.config rules: HSTS on everything in production only; reader CSP on pages, API CSP on /api, none for the admin', () => {
    for (const path of ['/', '/fr', '/ar/article/x', '/admin/fr/login', '/api/consent', '/media/a.webp']) {
      expect(headersFor(path, production)['Strict-Transport-Security'], path).toBe(HSTS_VALUE);
      expect(headersFor(path, { production: false, dev: true })['Strict-Transport-Security'], path).toBeUndefined();
    }
    for (const path of ['/', '/fr', '/fr/article/un-titre', '/ar/qism/x', '/fr/prayer-strip', '/administration-locale']) {
      expect(headersFor(path, production)['Content-Security-Policy'], path).toBe(readerCsp({ dev: false }));
    }
    for (const path of ['/api/consent', '/api/prayer-times/strip']) expect(headersFor(path, production)['Content-Security-Policy'], path).toBe(apiCsp());
    for (const path of ['/admin', '/admin/fr', '/admin/ar/articles/3']) expect(headersFor(path, production)['Content-Security-Policy'], path).toBeUndefined();
  });
});
