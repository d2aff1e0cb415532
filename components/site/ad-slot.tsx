import { ResponsiveImage } from '@/components/site/responsive-image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdConsentSwitch } from '@/components/ads/ad-consent-switch';
import { getAdNetworkTag, getHouseAd, type AdSlotKind } from '@/lib/data/ads';
import type { AppLocale } from '@/lib/i18n/routing';

export type { AdSlotKind };

/** The slots' CSS widths (globals.css .ad-slot--*): the creative is contained in them. */
const AD_IMAGE_SIZES: Record<AdSlotKind, string> = {
  leaderboard: '(max-width: 767px) 320px, 728px',
  rectangle: '300px',
  'in-article': '300px',
};

/**
 * A typed advertising slot with a reserved size, so nothing shifts whatever fills it. The
 * static page carries the publisher's house ad; a small island swaps in the ad network's tag
 * in the browser, only when the reader's stored consent allows advertising.
 */
export async function AdSlot({ kind, locale }: { kind: AdSlotKind; locale: AppLocale }) {
  const [t, houseAd, networkTag] = await Promise.all([
    getTranslations({ locale, namespace: 'Ads' }),
    getHouseAd(locale, kind).catch(() => null),
    getAdNetworkTag(locale).catch(() => null),
  ]);
  return (
    <aside className={`ad-slot ad-slot--${kind}`} aria-label={t('label')} data-ad-slot={kind}>
      <span className="ad-slot__label">{t('label')}</span>
      <AdConsentSwitch kind={kind} network={networkTag ? { src: networkTag.src, google: networkTag.google } : null}>
        {houseAd ? (
          <Link href={houseAd.href} className="ad-slot__house">
            <ResponsiveImage image={houseAd.image} alt={houseAd.alt} sizes={AD_IMAGE_SIZES[kind]} />
          </Link>
        ) : null}
      </AdConsentSwitch>
    </aside>
  );
}
