'use client';

import { useEffect } from 'react';

/*
 * An ad network slot. Rendered only once the reader agreed to advertising: it passes the
 * reader's choices on as Google Consent Mode v2 signals (for Google's network), then loads the
 * network's script once per page; the script fills every `[data-ad-network-slot]` element.
 */

export type NetworkAdKind = 'leaderboard' | 'rectangle' | 'in-article';

export interface NetworkAdProps {
  kind: NetworkAdKind;
  /** The network's script URL (setting `ad_network_tag`). */
  src: string;
  /** Google's network: send Consent Mode v2 signals before its tag loads. */
  google: boolean;
  /** The reader agreed to personalised advertising (ad_personalization). */
  personalized?: boolean;
  /** The reader agreed to audience measurement (analytics_storage). */
  analytics?: boolean;
}

/** Dispatched on window so that an already loaded network fills slots added later. */
export const ADS_REFRESH_EVENT = 'jarida:ads-refresh';

type AdWindow = Window & { dataLayer?: unknown[]; gtag?: (...args: unknown[]) => void };

function sendConsentSignals(personalized: boolean, analytics: boolean): void {
  const w = window as AdWindow;
  const dataLayer = (w.dataLayer ??= []);
  const gtag =
    w.gtag ??
    (w.gtag = function gtag() {
      // gtag.js expects the `arguments` object itself on the data layer, not an array.
      // eslint-disable-next-line prefer-rest-params
      dataLayer.push(arguments);
    });
  const consentCommands = dataLayer.filter((entry): entry is ArrayLike<unknown> => {
    const args = entry as ArrayLike<unknown> | null;
    return args != null && typeof args === 'object' && args[0] === 'consent';
  });
  // Google wants the defaults first, once per page, before its tag runs.
  if (!consentCommands.some((args) => args[1] === 'default')) {
    gtag('consent', 'default', {
      ad_storage: 'denied',
      ad_user_data: 'denied',
      ad_personalization: 'denied',
      analytics_storage: 'denied',
    });
  }
  const update = {
    ad_storage: 'granted',
    ad_user_data: 'granted',
    ad_personalization: personalized ? 'granted' : 'denied',
    analytics_storage: analytics ? 'granted' : 'denied',
  };
  // Every slot on the page sends the same signals: only a change is worth a command.
  const last = consentCommands.at(-1);
  if (last?.[1] === 'update' && JSON.stringify(last[2]) === JSON.stringify(update)) return;
  gtag('consent', 'update', update);
}

function loadNetwork(src: string): void {
  if (document.querySelector('script[data-ad-network]')) {
    // Already on the page (another slot, or an earlier client-side navigation): ask it to fill
    // this slot. A script still loading scans the page when it runs, so the event is harmless then.
    window.dispatchEvent(new Event(ADS_REFRESH_EVENT));
    return;
  }
  const script = document.createElement('script');
  script.src = src;
  script.async = true;
  script.setAttribute('data-ad-network', '');
  document.head.appendChild(script);
}

export function NetworkAd({ kind, src, google, personalized = false, analytics = false }: NetworkAdProps) {
  useEffect(() => {
    if (google) sendConsentSignals(personalized, analytics);
    loadNetwork(src);
  }, [src, google, personalized, analytics]);

  return <div data-ad-network-slot={kind} className="ad-network-slot" />;
}
