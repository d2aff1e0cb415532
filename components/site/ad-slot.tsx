import { StaticImage } from '@/components/site/static-image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdConsentSwitch } from '@/components/ads/ad-consent-switch';
import { getAdNetworkTag, getHouseAd, type AdSlotKind } from '@/lib/data/ads';
import type { AppLocale } from '@/lib/i18n/routing';

export type { AdSlotKind };

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
            <StaticImage src={houseAd.image.url} alt={houseAd.alt} width={houseAd.image.width} height={houseAd.image.height} />
          </Link>
        ) : null}
      </AdConsentSwitch>
    </aside>
  );
}
