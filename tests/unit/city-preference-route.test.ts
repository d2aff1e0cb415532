import { describe, expect, it, vi } from 'vitest';

// The route only needs the cookie's name from the prayer data module, not its cached reads.
vi.mock('@/lib/data/prayer', () => ({ CITY_COOKIE: 'jarida_city' }));

const { POST } = await import('@/app/api/preferences/city/route');

function submit(form: Record<string, string>, headers: Record<string, string> = {}) {
  return POST(
    new Request('http://jarida.test/api/preferences/city', {
      method: 'POST',
      body: new URLSearchParams(form),
      headers: { host: 'jarida.test', origin: 'http://jarida.test', 'content-type': 'application/x-www-form-urlencoded', ...headers },
    }),
  );
}

describe('POST /api/preferences/city', () => {
  it('goes back to the referring page with the city stored', async () => {
    const response = await submit({ city: 'rabat', locale: 'fr' }, { referer: 'http://jarida.test/fr/rubrique/maroc?page=2' });
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/fr/rubrique/maroc?page=2');
    expect(response.headers.get('set-cookie')).toMatch(/^jarida_city=rabat; Path=\/;/);
  });

  it.each([
    'http://jarida.test/fr/%E0%A4%A',
    'http://jarida.test/%',
    'http://jarida.test/ar/%D8',
    'http://jarida.test/fr?q=%FF%FE',
    'http://jarida.test/fr/\u00e9t\u00e9%',
  ])('answers a malformed Referer (%s) with a redirect, not an error', async (referer) => {
    const response = await submit({ city: 'fes', locale: 'fr' }, { referer });
    expect(response.status).toBe(303);
    const location = response.headers.get('location')!;
    expect(location.startsWith('/') && !location.startsWith('//')).toBe(true);
    expect(location).toMatch(/^[\x21-\x7e]+$/);
  });

  it('sends a city page form to the new city page, percent-encoded in Arabic', async () => {
    const response = await submit({ city: 'rabat', locale: 'ar', then: 'city-page' });
    expect(response.status).toBe(303);
    expect(decodeURIComponent(response.headers.get('location')!)).toBe('/ar/mawaqit-assalat/الرباط');
  });

  it('never sends the reader to another site', async () => {
    for (const referer of ['https://evil.example/fr', 'http://jarida.test//evil.example/x', 'http://jarida.test/\\evil.example']) {
      const location = (await submit({ city: 'rabat', locale: 'ar' }, { referer })).headers.get('location')!;
      expect(location.startsWith('//'), referer).toBe(false);
      expect(location.startsWith('/'), referer).toBe(true);
    }
  });
});
