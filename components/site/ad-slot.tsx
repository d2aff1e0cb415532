import Image from 'next/image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { Suspense, type ReactNode } from 'react';
import { NetworkAd } from '@/components/ads/network-ad';
import { readConsent } from '@/lib/consent/server';
import { getAdNetworkTag, getHouseAd, type AdNetworkTag, type AdSlotKind } from '@/lib/data/ads';
import type { AppLocale } from '@/lib/i18n/routing';

export type { AdSlotKind };

/**
 * A typed advertising slot with a reserved size, so nothing shifts whatever fills it. The
 * prerendered page carries the publisher's house ad; a small dynamic hole swaps in the ad
 * network's tag only when the proxy reports advertising consent.
 */
export async function AdSlot({ kind, locale }: { kind: AdSlotKind; locale: AppLocale }) {
  const [t, houseAd, networkTag] = await Promise.all([
    getTranslations({ locale, namespace: 'Ads' }),
    getHouseAd(locale, kind).catch(() => null),
    getAdNetworkTag().catch(() => null),
  ]);
  const house = houseAd ? (
    <Link href={houseAd.href} className="ad-slot__house">
      <Image src={houseAd.image.url} alt={houseAd.alt} width={houseAd.image.width} height={houseAd.image.height} />
    </Link>
  ) : null;
  return (
    <aside className={`ad-slot ad-slot--${kind}`} aria-label={t('label')} data-ad-slot={kind}>
      <span className="ad-slot__label">{t('label')}</span>
      <Suspense fallback={house}>
        <AdDecision kind={kind} house={house} networkTag={networkTag} />
      </Suspense>
    </aside>
  );
}

async function AdDecision({ kind, house, networkTag }: { kind: AdSlotKind; house: ReactNode; networkTag: AdNetworkTag | null }) {
  const { choices } = await readConsent();
  if (!choices.ads || !networkTag) return house;
  return (
    <NetworkAd
      kind={kind}
      src={networkTag.src}
      google={networkTag.google}
      personalized={choices.personalizedAds}
      analytics={choices.analytics}
    />
  );
}
