import { preload } from 'react-dom';
import { srcSet, type ImageSource } from '@/lib/media/variants';

/*
 * Every reader picture: a <picture> offering the renditions made at upload (lib/media/variants.ts)
 * as AVIF, then WebP, with `sizes` true to the CSS box so a phone takes the narrow files. Plain
 * server markup: no optimizer on the serving process, no client JavaScript.
 */

export interface ResponsiveImageData {
  /** The original: only used when no rendition exists yet. */
  url: string;
  /** Unknown only for body images of old documents that have no renditions. */
  width?: number;
  height?: number;
  sources: ImageSource[];
  blurDataUrl?: string | null;
}

/** The `<img>` fallback: the WebP nearest 640 px (every browser the site supports takes WebP). */
export function fallbackSrc(image: ResponsiveImageData): string {
  const webp = image.sources.filter((source) => source.format === 'webp');
  if (!webp.length) return image.url;
  return webp.reduce((best, source) => (Math.abs(source.width - 640) < Math.abs(best.width - 640) ? source : best)).url;
}

export function ResponsiveImage({
  image,
  alt,
  sizes,
  priority = false,
  blur = false,
  eager = false,
  className,
}: {
  image: ResponsiveImageData;
  alt: string;
  /** The image's CSS width at each breakpoint, as in the stylesheet. */
  sizes: string;
  /** The page's main image: fetched first, never lazily, and preloaded from the head. */
  priority?: boolean;
  /** Above the fold but not the main image (the leaderboard): loaded at once, without priority. */
  eager?: boolean;
  /** Show the tiny blurred preview behind it while it loads (only where the eye lands first). */
  blur?: boolean;
  className?: string;
}) {
  const src = fallbackSrc(image);
  const avif = srcSet(image.sources, 'avif');
  const webp = srcSet(image.sources, 'webp');
  if (priority) {
    // Browsers that take AVIF preload the AVIF candidate; the type keeps others from fetching it.
    if (avif) preload(src, { as: 'image', imageSrcSet: avif, imageSizes: sizes, type: 'image/avif', fetchPriority: 'high' });
    else preload(src, { as: 'image', imageSrcSet: webp || undefined, imageSizes: webp ? sizes : undefined, fetchPriority: 'high' });
  }
  const placeholder = blur && image.blurDataUrl ? { backgroundImage: `url("${image.blurDataUrl}")`, backgroundSize: 'cover', backgroundPosition: 'center' } : undefined;
  return (
    <picture className="responsive-picture">
      {avif ? <source type="image/avif" srcSet={avif} sizes={sizes} /> : null}
      {webp ? <source type="image/webp" srcSet={webp} sizes={sizes} /> : null}
      <img
        src={src}
        alt={alt}
        width={image.width}
        height={image.height}
        className={className}
        loading={priority || eager ? 'eager' : 'lazy'}
        decoding="async"
        fetchPriority={priority ? 'high' : undefined}
        style={placeholder}
      />
    </picture>
  );
}
