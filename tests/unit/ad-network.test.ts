import vm from 'node:vm';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AdNetworkTag } from '@/lib/data/ads-queries';
import { GET as click } from '@/app/api/ad-network/click/route';
import { GET as creative } from '@/app/api/ad-network/creative/route';
import { GET as tag } from '@/app/api/ad-network/tag.js/route';

// The handlers call connection() to render per request; there is no request scope here.
vi.mock('next/server', () => ({ connection: async () => undefined }));

// The site's ad network setting, as the cached page chrome gives it: the demo seed's by default.
const DEMO_TAG: AdNetworkTag = { src: '/api/ad-network/tag.js', google: false };
const site = vi.hoisted(() => ({ adNetworkTag: null as AdNetworkTag | null | Error }));
vi.mock('@/lib/data/chrome', () => ({
  getSiteChrome: async () => {
    if (site.adNetworkTag instanceof Error) throw site.adNetworkTag;
    return { adNetworkTag: site.adNetworkTag };
  },
}));
site.adNetworkTag = DEMO_TAG;
afterEach(() => {
  site.adNetworkTag = DEMO_TAG;
});

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

describe('the stand-in ad network outside the demo', () => {
  const routes = {
    'tag.js': () => tag(),
    creative: () => creative(new Request('http://localhost/api/ad-network/creative?kind=rectangle&locale=fr')),
    click: () => click(),
  };

  it.each(Object.keys(routes))('serves %s on the demo site (the seed names the stand-in as the ad network)', async (name) => {
    expect([200, 302]).toContain((await routes[name as keyof typeof routes]()).status);
  });

  it.each([
    ['no ad network', null],
    ['a real ad network', { src: 'https://ads.example/tag.js', google: true }],
    ['another script of this site', { src: '/scripts/ads.js', google: false }],
    ['an unreadable setting', new Error('database unavailable')],
  ])('answers 404 on every path of it with %s', async (_label, value) => {
    site.adNetworkTag = value;
    for (const [name, route] of Object.entries(routes)) {
      const response = await route();
      expect(response.status, name).toBe(404);
      expect(response.headers.get('cache-control'), name).toBe('no-store');
      expect(response.headers.get('set-cookie'), name).toBeNull();
    }
  });
});
