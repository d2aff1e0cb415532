import { StaticImage } from '@/components/site/static-image';
import { getImageProps } from 'next/image';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdConsentSwitch } from '@/components/ads/ad-consent-switch';
import { getAdNetworkTag, getHouseAd, MOBILE_LEADERBOARD_SIZE, PHONE_MAX_WIDTH, type AdSlotKind, type HouseAdDto } from '@/lib/data/ads';
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
            <HouseAdPicture ad={houseAd} />
          </Link>
        ) : null}
      </AdConsentSwitch>
    </aside>
  );
}

/**
 * The creative; with a phone creative, a <picture> whose source only phones match, so a phone
 * downloads that one alone, and whose width and height give the box its own aspect ratio.
 */
function HouseAdPicture({ ad }: { ad: HouseAdDto }) {
  // The leaderboard is above the fold on every page, and on a phone often its largest paint: a lazy
  // image there waits for layout before it even starts. No preload: it would fetch the desktop
  // creative on phones too.
  const loading = ad.kind === 'leaderboard' ? 'eager' : undefined;
  const image = <StaticImage src={ad.image.url} alt={ad.alt} width={ad.image.width} height={ad.image.height} loading={loading} />;
  if (!ad.mobileImage) return image;
  // Drawn at 2x: shown at the slot's phone width, the optimizer's 1x/2x candidates cover every screen.
  const width = MOBILE_LEADERBOARD_SIZE.width;
  const height = Math.round((width * ad.mobileImage.height) / ad.mobileImage.width);
  const { props: phone } = getImageProps({ src: ad.mobileImage.url, alt: '', width, height });
  return (
    <picture>
      <source media={`(max-width: ${PHONE_MAX_WIDTH}px)`} srcSet={phone.srcSet} width={phone.width} height={phone.height} />
      {image}
    </picture>
  );
}
