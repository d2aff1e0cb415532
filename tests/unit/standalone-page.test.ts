import { describe, expect, it } from 'vitest';
import { undecodableResponse } from '@/lib/standalone-page';

describe('the 404 the proxy gives an address that does not decode', () => {
  it('is a localized page, right to left in Arabic, never cached', async () => {
    const fr = undecodableResponse('fr');
    expect(fr.status).toBe(404);
    expect(fr.headers.get('cache-control')).toBe('no-store');
    const frHtml = await fr.text();
    expect(frHtml).toContain('<html lang="fr" dir="ltr">');
    expect(frHtml).toContain('Page introuvable');
    expect(frHtml).toContain('href="/fr"');
    const arHtml = await undecodableResponse('ar').text();
    expect(arHtml).toContain('<html lang="ar" dir="rtl">');
    expect(arHtml).toContain('href="/ar"');
  });
});
