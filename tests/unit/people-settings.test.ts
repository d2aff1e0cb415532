import { describe, expect, it } from 'vitest';
import { echoableValues } from '@/lib/forms/form-state';
import { isAdScriptSource, settingsFormSchema, siteSettingsSchema } from '@/lib/admin/settings-schema';

const form = {
  siteNameFr: ' Jarida ',
  siteNameAr: 'جريدة',
  hijriOffset: '-1',
  adNetworkSrc: 'https://ads.example.com/tag.js',
  adNetworkGoogle: 'on',
};

describe('settings form', () => {
  it('turns form strings into stored settings', () => {
    expect(settingsFormSchema.parse(form)).toEqual({
      siteName: { fr: 'Jarida', ar: 'جريدة' },
      hijriOffset: -1,
      adNetworkTag: { src: 'https://ads.example.com/tag.js', google: true },
      require2fa: false,
    });
    expect(settingsFormSchema.parse({ ...form, adNetworkSrc: '  ', require2fa: 'on' })).toMatchObject({ adNetworkTag: null, require2fa: true });
    expect(settingsFormSchema.parse({ ...form, adNetworkSrc: '/api/ad-network/tag.js', adNetworkGoogle: undefined }).adNetworkTag).toEqual({
      src: '/api/ad-network/tag.js',
      google: false,
    });
  });

  it('keeps the Hijri offset to a whole number of days in -2…2', () => {
    for (const value of ['-2', '0', '2']) expect(settingsFormSchema.safeParse({ ...form, hijriOffset: value }).success, value).toBe(true);
    for (const value of ['-3', '3', '1.5', 'un', '']) {
      const result = settingsFormSchema.safeParse({ ...form, hijriOffset: value });
      expect(result.success, value).toBe(false);
      expect(result.error!.issues[0]!.path, value).toEqual(['hijriOffset']);
    }
  });

  it('reports errors on the field that caused them', () => {
    const result = settingsFormSchema.safeParse({ ...form, siteNameAr: '', adNetworkSrc: 'http://ads.example.com/tag.js' });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['adNetworkSrc', 'siteNameAr']);
    expect(result.error!.issues.find((issue) => issue.path[0] === 'adNetworkSrc')!.message).toBe('url');
  });

  it('the stored shape refuses what the form would refuse', () => {
    const ok = settingsFormSchema.parse(form);
    expect(siteSettingsSchema.safeParse(ok).success).toBe(true);
    expect(siteSettingsSchema.safeParse({ ...ok, hijriOffset: 3 }).success).toBe(false);
    expect(siteSettingsSchema.safeParse({ ...ok, siteName: { fr: 'x'.repeat(81), ar: 'y' } }).success).toBe(false);
  });
});

describe('ad network script address', () => {
  it('accepts https URLs and paths on this site only', () => {
    for (const ok of ['https://ads.example.com/tag.js', 'HTTPS://ads.example.com/t.js?id=1', '/api/ad-network/tag.js', '/x']) {
      expect(isAdScriptSource(ok), ok).toBe(true);
    }
    for (const bad of [
      'http://ads.example.com/tag.js',
      '//ads.example.com/tag.js',
      '/\\ads.example.com/tag.js',
      'javascript:alert(1)',
      'data:text/javascript,alert(1)',
      'ads.example.com/tag.js',
      'https://',
      'https:///path',
      '/path with space.js',
      'https://ads.example.com/"onload="x',
      '',
    ]) {
      expect(isAdScriptSource(bad), bad).toBe(false);
    }
  });
});

describe('form echo', () => {
  it('never sends passwords or one-time codes back to the browser', () => {
    expect(
      echoableValues({ email: 'a@b.c', password: 'secret', currentPassword: 's', newPassword: 'n', confirmPassword: 'n', code: '123456', name: 'N' }),
    ).toEqual({ email: 'a@b.c', name: 'N' });
  });
});
