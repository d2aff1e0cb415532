import { describe, expect, it } from 'vitest';
import { isSafeHref } from '@/lib/admin/validation';
import { sniffImageType } from '@/lib/media/image';
import { assertValidKey } from '@/lib/storage/storage';

const bytes = (...parts: (number[] | string)[]) =>
  new Uint8Array(parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)).concat(new Array(16).fill(0)));

describe('sniffImageType', () => {
  it('recognises the formats we take by their first bytes', () => {
    expect(sniffImageType(bytes([0xff, 0xd8, 0xff, 0xe0]))).toBe('jpeg');
    expect(sniffImageType(bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))).toBe('png');
    expect(sniffImageType(bytes('GIF89a'))).toBe('gif');
    expect(sniffImageType(bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 '))).toBe('webp');
    expect(sniffImageType(bytes([0, 0, 0, 0x1c], 'ftypavif', [0, 0, 0, 0], 'mif1'))).toBe('avif');
    expect(sniffImageType(bytes([0, 0, 0, 0x1c], 'ftypmif1', [0, 0, 0, 0], 'avif'))).toBe('avif');
  });

  it('refuses everything else, whatever the file is called', () => {
    expect(sniffImageType(bytes('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeNull();
    expect(sniffImageType(bytes('<!doctype html><html>'))).toBeNull();
    expect(sniffImageType(bytes('plain text file'))).toBeNull();
    // HEIC shares the ISO container but is not AVIF.
    expect(sniffImageType(bytes([0, 0, 0, 0x18], 'ftypheic', [0, 0, 0, 0], 'mif1heic'))).toBeNull();
    expect(sniffImageType(new Uint8Array([0xff, 0xd8]))).toBeNull();
  });
});

describe('isSafeHref', () => {
  it('takes https links and paths on this site', () => {
    for (const href of ['https://example.ma/a?b=1', '/fr/article/un-titre', '/ar', '/']) expect(isSafeHref(href), href).toBe(true);
  });
  it('refuses scripts, plain http, other-host tricks and junk', () => {
    for (const href of ['javascript:alert(1)', 'http://example.ma', '//evil.example', '/\\evil.example', 'https://user:pw@example.ma', 'data:text/html,x', ' /fr', 'https://exa mple.ma', '']) {
      expect(isSafeHref(href), href).toBe(false);
    }
  });
});

describe('storage keys', () => {
  it('accepts upload and demo keys', () => {
    expect(() => assertValidKey('uploads/2026-05/abc123/w640.avif')).not.toThrow();
    expect(() => assertValidKey('demo/authors/nadia-el-fassi.webp')).not.toThrow();
  });
  it('refuses keys that could leave the media root or are not portable', () => {
    for (const key of ['../secret.png', 'uploads/../../etc/passwd', '/etc/passwd', 'uploads\\..\\x.png', 'uploads//x.png', 'uploads/./x.png', '', 'Uploads/X.PNG', 'a/..', '.hidden/x.png']) {
      expect(() => assertValidKey(key), key).toThrow();
    }
  });
});
