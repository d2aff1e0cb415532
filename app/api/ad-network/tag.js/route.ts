import { connection } from 'next/server';
import { standInAdNetworkEnabled, standInNotFound } from '@/lib/data/ad-network-stand-in';

/*
 * GET /api/ad-network/tag.js: the script of a stand-in advertising network, served by the app so
 * tests can watch it load (and drop its tracking cookie) only after the reader agreed to
 * advertising. It behaves like a real network's tag: it sets an identifier cookie, then fills every
 * `[data-ad-network-slot]` element (components/ads/network-ad.tsx) with a sponsored link around a
 * creative, and fills slots added later when the page dispatches `jarida:ads-refresh`.
 *
 * Plain ES2017 in an IIFE, no dependencies; running it twice fills nothing twice. Like the rest of
 * the stand-in, it answers only on a site running the demo content (lib/data/ad-network-stand-in.ts).
 */

const SCRIPT = String.raw`/* Jarida demo ad network: a stand-in for a third-party ad tag. */
(function () {
  'use strict';
  var w = window;
  var d = document;
  if (w.__jaridaAdNetwork) {
    w.__jaridaAdNetwork.fill();
    return;
  }

  var BASE = '/api/ad-network/';
  var SIZES = { leaderboard: [728, 90], rectangle: [300, 250], 'in-article': [300, 250] };
  // Large mobile banner: what the leaderboard slot reserves below 768px.
  var MOBILE_LEADERBOARD = [320, 100];
  var LABELS = { fr: 'Annonce partenaire (démo)', ar: 'إعلان شريك (تجريبي)' };

  // The network's own identifier, as a real ad tag would set: it may exist only after consent.
  function randomId() {
    var bytes = new Uint8Array(16);
    w.crypto.getRandomValues(bytes);
    var out = '';
    for (var i = 0; i < bytes.length; i++) out += (bytes[i] + 256).toString(16).slice(1);
    return out;
  }
  if (!/(?:^|;\s*)adnet_uid=/.test(d.cookie)) {
    d.cookie = 'adnet_uid=' + randomId() + '; Path=/; Max-Age=34128000; SameSite=Lax'; // 13 months, the CNIL ceiling
  }

  function pageLocale() {
    var lang = (d.documentElement.getAttribute('lang') || '').toLowerCase();
    return lang === 'ar' || lang.indexOf('ar-') === 0 ? 'ar' : 'fr';
  }

  function fill() {
    var locale = pageLocale();
    var slots = d.querySelectorAll('[data-ad-network-slot]');
    for (var i = 0; i < slots.length; i++) {
      var slot = slots[i];
      if (slot.getAttribute('data-ad-network-filled') === 'true') continue;
      var kind = slot.getAttribute('data-ad-network-slot');
      if (!Object.prototype.hasOwnProperty.call(SIZES, kind)) continue;
      var mobile = kind === 'leaderboard' && !!w.matchMedia && w.matchMedia('(max-width: 767px)').matches;
      var size = mobile ? MOBILE_LEADERBOARD : SIZES[kind];

      var link = d.createElement('a');
      link.href = BASE + 'click?slot=' + encodeURIComponent(kind);
      link.rel = 'sponsored noopener';
      link.target = '_blank';
      var img = d.createElement('img');
      img.src = BASE + 'creative?kind=' + encodeURIComponent(kind) + '&locale=' + locale + (mobile ? '&format=mobile' : '');
      img.alt = LABELS[locale];
      img.width = size[0];
      img.height = size[1];
      img.style.maxWidth = '100%';
      img.style.height = 'auto';
      link.appendChild(img);

      slot.setAttribute('data-ad-network-filled', 'true');
      slot.appendChild(link);
    }
  }

  w.__jaridaAdNetwork = { fill: fill };
  w.addEventListener('jarida:ads-refresh', fill);
  if (d.readyState === 'loading') d.addEventListener('DOMContentLoaded', fill);
  else fill();
})();
`;

export async function GET() {
  // Rendered per request so these headers are the ones sent, not a prerender's.
  await connection();
  if (!(await standInAdNetworkEnabled())) return standInNotFound();
  return new Response(SCRIPT, {
    headers: {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': 'public, max-age=300',
    },
  });
}
