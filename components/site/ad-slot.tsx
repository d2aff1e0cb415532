import { fallbackSrc, ResponsiveImage } from '@/components/site/responsive-image';
import { srcSet } from '@/lib/media/variants';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { AdConsentSwitch } from '@/components/ads/ad-consent-switch';
import { getAdNetworkTag, getHouseAd, MOBILE_LEADERBOARD_SIZE, PHONE_MAX_WIDTH, type AdSlotKind, type HouseAdDto } from '@/lib/data/ads';
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
          <Link href={houseAd.href} className="ad-slot__house" prefetch={false}>
            <HouseAdPicture ad={houseAd} sizes={AD_IMAGE_SIZES[kind]} />
          </Link>
        ) : null}
      </AdConsentSwitch>
    </aside>
  );
}

/**
 * The creative from its renditions; with a phone creative, its sources come first under a media
 * query only phones match, so a phone downloads that one alone, and their width and height give
 * the box the phone creative's own aspect ratio.
 */
function HouseAdPicture({ ad, sizes }: { ad: HouseAdDto; sizes: string }) {
  if (!ad.mobileImage) return <ResponsiveImage image={ad.image} alt={ad.alt} sizes={sizes} eager={ad.kind === 'leaderboard'} />;
  const phone = ad.mobileImage;
  const media = `(max-width: ${PHONE_MAX_WIDTH}px)`;
  const phoneSizes = `${MOBILE_LEADERBOARD_SIZE.width}px`;
  const height = Math.round((MOBILE_LEADERBOARD_SIZE.width * phone.height) / phone.width);
  const phoneSources = (['avif', 'webp'] as const).map((format) => ({ format, srcSet: srcSet(phone.sources, format) })).filter((source) => source.srcSet);
  const desktopSources = (['avif', 'webp'] as const).map((format) => ({ format, srcSet: srcSet(ad.image.sources, format) })).filter((source) => source.srcSet);
  return (
    <picture className="responsive-picture">
      {phoneSources.length ? (
        phoneSources.map((source) => (
          <source key={`phone-${source.format}`} media={media} type={`image/${source.format}`} srcSet={source.srcSet} sizes={phoneSizes} width={MOBILE_LEADERBOARD_SIZE.width} height={height} />
        ))
      ) : (
        <source media={media} srcSet={phone.url} width={MOBILE_LEADERBOARD_SIZE.width} height={height} />
      )}
      {desktopSources.map((source) => (
        <source key={source.format} type={`image/${source.format}`} srcSet={source.srcSet} sizes={sizes} />
      ))}
      {/* The leaderboard is above the fold on every page, and on a phone often its largest paint: not lazy. */}
      <img src={fallbackSrc(ad.image)} alt={ad.alt} width={ad.image.width} height={ad.image.height} loading={ad.kind === 'leaderboard' ? 'eager' : 'lazy'} decoding="async" />
    </picture>
  );
}
