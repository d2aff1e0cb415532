import type { AppLocale } from '@/lib/i18n/routing';

/**
 * A library picture with its alt text in the interface language: the smallest whole-picture
 * rendition in grids (`thumb`), the 1024-px full rendition on the picture's own page (else the original).
 */
type Item = { url: string; variants: { url: string; width: number; format: string; crop?: string }[] };

/** The full picture's WebP rendition about 1024 px wide (else the original): large previews. */
export function previewUrl(item: Item): string {
  const full = item.variants.filter((variant) => !variant.crop && variant.format === 'webp');
  return (full.find((variant) => variant.width >= 1024) ?? full.at(-1))?.url ?? item.url;
}

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
  const src = size === 'thumb' ? item.thumbUrl : previewUrl(item);
  // eslint-disable-next-line @next/next/no-img-element -- renditions, not originals: nothing to optimize
  return <img src={src} alt={locale === 'ar' ? item.altAr : item.altFr} width={item.width} height={item.height} className={className} loading="lazy" decoding="async" />;
}
