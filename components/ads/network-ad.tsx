'use client';

import { useEffect, useRef, useState, type ReactNode, type RefObject } from 'react';

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
  /** Shown in the slot until the network's creative has rendered (the house ad). */
  placeholder?: ReactNode;
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

/**
 * True once the network has put a creative in `slot` and its pictures or frames have loaded (or
 * failed: a broken creative is the network's to show). A network that never fills the slot
 * leaves it false, and the house ad stays.
 */
function useCreativeRendered(slot: RefObject<HTMLElement | null>): boolean {
  const [rendered, setRendered] = useState(false);
  useEffect(() => {
    const element = slot.current;
    if (!element) return;
    let cancelled = false;
    const settle = () => {
      if (!element.firstElementChild) return false;
      const media = [...element.querySelectorAll<HTMLImageElement | HTMLIFrameElement>('img, iframe')];
      const pending = media.filter((item) => item instanceof HTMLImageElement && !item.complete);
      const frames = media.filter((item) => item instanceof HTMLIFrameElement);
      Promise.all(
        [...pending, ...frames].map(
          (item) => new Promise((resolve) => {
            item.addEventListener('load', resolve, { once: true });
            item.addEventListener('error', resolve, { once: true });
            // A frame may have loaded before we looked: do not wait on it for ever.
            if (item instanceof HTMLIFrameElement) setTimeout(resolve, 1_500);
          }),
        ),
      ).then(() => !cancelled && setRendered(true));
      return true;
    };
    if (settle()) return () => void (cancelled = true);
    const observer = new MutationObserver(() => {
      if (settle()) observer.disconnect();
    });
    observer.observe(element, { childList: true });
    return () => {
      cancelled = true;
      observer.disconnect();
    };
  }, [slot]);
  return rendered;
}

export function NetworkAd({ kind, src, google, personalized = false, analytics = false, placeholder }: NetworkAdProps) {
  const slot = useRef<HTMLDivElement>(null);
  const rendered = useCreativeRendered(slot);
  useEffect(() => {
    if (google) sendConsentSignals(personalized, analytics);
    loadNetwork(src);
  }, [src, google, personalized, analytics]);

  // The house ad covers the slot (same grid cell) until the creative has rendered: readers never
  // see an empty box between accepting advertising and the partner's ad.
  return (
    <>
      <div ref={slot} data-ad-network-slot={kind} className="ad-network-slot" />
      {rendered ? null : <div className="ad-network-placeholder">{placeholder}</div>}
    </>
  );
}
