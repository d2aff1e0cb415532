'use client';

import { lazy, Suspense, type ReactNode } from 'react';
import { useConsentChoices } from '@/lib/consent/client';
import type { NetworkAdKind } from './network-ad';

// Loaded only for readers who agreed to advertising: the others never download the network's glue.
const NetworkAd = lazy(() => import('./network-ad').then((module) => ({ default: module.NetworkAd })));

/**
 * Chooses, in the reader's browser, between the house ad that the static page carries and the
 * ad network's slot: the network only once the reader agreed to advertising. The server render
 * (and readers without JavaScript) always get the house ad, so no third party loads by default.
 */
export function AdConsentSwitch({
  kind,
  network,
  children,
}: {
  kind: NetworkAdKind;
  network: { src: string; google: boolean } | null;
  children: ReactNode;
}) {
  const choices = useConsentChoices();
  if (!choices.ads || !network) return children;
  return (
    <Suspense fallback={children}>
      <NetworkAd
        kind={kind}
        src={network.src}
        google={network.google}
        personalized={choices.personalizedAds}
        analytics={choices.analytics}
        placeholder={children}
      />
    </Suspense>
  );
}
