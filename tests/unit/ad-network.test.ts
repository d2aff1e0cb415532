import vm from 'node:vm';
import { describe, expect, it, vi } from 'vitest';
import { GET as click } from '@/app/api/ad-network/click/route';
import { GET as creative } from '@/app/api/ad-network/creative/route';
import { GET as tag } from '@/app/api/ad-network/tag.js/route';

// The handlers call connection() to render per request; there is no request scope here.
vi.mock('next/server', () => ({ connection: async () => undefined }));

/*
 * The stand-in ad network's routes, and its tag run against a minimal fake DOM: enough to check
 * the cookie it sets, what it puts in a slot, and that running it twice fills nothing twice.
 */

class FakeElement {
  attributes = new Map<string, string>();
  children: FakeElement[] = [];
  style: Record<string, string> = {};
  [property: string]: unknown;
  constructor(public tagName: string) {}
  getAttribute(name: string) {
    return this.attributes.get(name) ?? null;
  }
  setAttribute(name: string, value: string) {
    this.attributes.set(name, value);
  }
  appendChild(child: FakeElement) {
    this.children.push(child);
    return child;
  }
}

function fakePage(lang: string, kinds: string[], options: { narrow?: boolean } = {}) {
  const slots = kinds.map((kind) => {
    const slot = new FakeElement('div');
    slot.setAttribute('data-ad-network-slot', kind);
    return slot;
  });
  const cookies: string[] = [];
  const listeners = new Map<string, (() => void)[]>();
  const html = new FakeElement('html');
  html.setAttribute('lang', lang);
  const document = {
    readyState: 'complete',
    documentElement: html,
    get cookie() {
      return cookies.map((c) => c.split(';')[0]).join('; ');
    },
    set cookie(value: string) {
      cookies.push(value);
    },
    querySelectorAll: (selector: string) => {
      expect(selector).toBe('[data-ad-network-slot]');
      return slots;
    },
    createElement: (name: string) => new FakeElement(name),
    addEventListener: () => undefined,
  };
  const window = {
    crypto: globalThis.crypto,
    matchMedia: (query: string) => ({ matches: query === '(max-width: 767px)' && !!options.narrow }),
    addEventListener: (type: string, listener: () => void) => listeners.set(type, [...(listeners.get(type) ?? []), listener]),
    dispatch: (type: string) => (listeners.get(type) ?? []).forEach((listener) => listener()),
  };
  const context = vm.createContext({ window, document, Uint8Array, encodeURIComponent, Object });
  return { slots, cookies, window, context };
}

async function script() {
  return (await tag()).text();
}

describe('ad network tag', () => {
  it('is served as cacheable JavaScript', async () => {
    const response = await tag();
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const source = await response.text();
    expect(() => new vm.Script(source)).not.toThrow();
  });

  it('sets its identifier cookie and fills each slot once, in the page language', async () => {
    const page = fakePage('ar', ['leaderboard', 'rectangle', 'in-article', 'bogus']);
    const source = await script();
    vm.runInContext(source, page.context);
    expect(page.cookies).toHaveLength(1);
    expect(page.cookies[0]).toMatch(/^adnet_uid=[0-9a-f]{32}; Path=\/; Max-Age=34128000; SameSite=Lax$/);

    const [leaderboard, rectangle, inArticle, bogus] = page.slots;
    for (const slot of [leaderboard!, rectangle!, inArticle!]) {
      expect(slot.getAttribute('data-ad-network-filled')).toBe('true');
      expect(slot.children).toHaveLength(1);
      const link = slot.children[0]!;
      expect(link.tagName).toBe('a');
      expect(link.href).toBe(`/api/ad-network/click?slot=${slot.getAttribute('data-ad-network-slot')}`);
      expect(link.rel).toBe('sponsored noopener');
      expect(link.target).toBe('_blank');
      const img = link.children[0]!;
      expect(img.alt).toBe('إعلان شريك (تجريبي)');
    }
    expect(leaderboard!.children[0]!.children[0]).toMatchObject({ src: '/api/ad-network/creative?kind=leaderboard&locale=ar', width: 728, height: 90 });
    expect(inArticle!.children[0]!.children[0]).toMatchObject({ src: '/api/ad-network/creative?kind=in-article&locale=ar', width: 300, height: 250 });
    expect(bogus!.children).toHaveLength(0);

    // Running the tag again, or asking for a refresh, fills nothing twice and keeps the cookie.
    vm.runInContext(source, page.context);
    page.window.dispatch('jarida:ads-refresh');
    expect(page.cookies).toHaveLength(1);
    for (const slot of page.slots) expect(slot.children.length).toBeLessThanOrEqual(1);

    // A slot added later is filled on refresh.
    const late = new FakeElement('div');
    late.setAttribute('data-ad-network-slot', 'rectangle');
    page.slots.push(late);
    page.window.dispatch('jarida:ads-refresh');
    expect(late.children).toHaveLength(1);
  });

  it('asks for the mobile banner in a leaderboard slot on narrow screens', async () => {
    const page = fakePage('fr', ['leaderboard'], { narrow: true });
    vm.runInContext(await script(), page.context);
    expect(page.slots[0]!.children[0]!.children[0]).toMatchObject({
      src: '/api/ad-network/creative?kind=leaderboard&locale=fr&format=mobile',
      alt: 'Annonce partenaire (démo)',
      width: 320,
      height: 100,
    });
  });
});

describe('ad network creative', () => {
  const get = (query: string) => creative(new Request(`http://localhost/api/ad-network/creative?${query}`));

  it.each([
    ['kind=leaderboard&locale=fr', 728, 90, 'Annonce partenaire'],
    ['kind=leaderboard&locale=fr&format=mobile', 320, 100, 'Annonce partenaire'],
    ['kind=rectangle&locale=ar', 300, 250, 'إعلان شريك'],
    ['kind=in-article', 300, 250, 'Annonce partenaire'],
  ])('%s is a %i×%i SVG', async (query, width, height, text) => {
    const response = await get(query);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^image\/svg\+xml/);
    expect(response.headers.get('cache-control')).toBe('public, max-age=86400');
    const svg = await response.text();
    expect(svg).toContain(`width="${width}" height="${height}"`);
    expect(svg).toContain(text);
  });

  it.each(['', 'kind=skyscraper', 'kind=rectangle&locale=en', 'kind=rectangle&format=tiny'])('rejects "%s" with a reason', async (query) => {
    const response = await get(query);
    expect(response.status).toBe(400);
    expect((await response.json()).error).toMatch(/kind|locale|format/);
  });
});

describe('ad network click', () => {
  it('redirects to the home page', async () => {
    const response = await click();
    expect(response.status).toBe(302);
    expect(response.headers.get('location')).toBe('/');
  });
});
