import type { AppLocale } from '@/lib/i18n/routing';

/**
 * A library picture with its alt text in the interface language: the small square rendition in
 * grids (`thumb`), the 1024-px full rendition on the picture's own page (else the original).
 */
export function MediaImage({
  item,
  locale,
  size,
  className,
}: {
  item: { url: string; thumbUrl: string; width: number; height: number; altFr: string; altAr: string; variants: { url: string; width: number; format: string; crop?: string }[] };
  locale: AppLocale;
  size: 'thumb' | 'preview';
  className?: string;
}) {
  const preview = item.variants.find((variant) => !variant.crop && variant.format === 'webp' && variant.width >= 1024) ?? item.variants.filter((variant) => !variant.crop && variant.format === 'webp').at(-1);
  const src = size === 'thumb' ? item.thumbUrl : (preview?.url ?? item.url);
  // eslint-disable-next-line @next/next/no-img-element -- renditions, not originals: nothing to optimize
  return <img src={src} alt={locale === 'ar' ? item.altAr : item.altFr} width={item.width} height={item.height} className={className} loading="lazy" decoding="async" />;
}
