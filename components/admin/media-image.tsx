import Image from 'next/image';
import type { AppLocale } from '@/lib/i18n/routing';

/** A library picture with its alt text in the interface language and its blurred placeholder. */
export function MediaImage({
  item,
  locale,
  sizes,
  className,
}: {
  item: { url: string; width: number; height: number; altFr: string; altAr: string; blurDataUrl: string | null };
  locale: AppLocale;
  sizes: string;
  className?: string;
}) {
  return (
    <Image
      src={item.url}
      alt={locale === 'ar' ? item.altAr : item.altFr}
      width={item.width}
      height={item.height}
      sizes={sizes}
      className={className}
      placeholder={item.blurDataUrl ? 'blur' : 'empty'}
      blurDataURL={item.blurDataUrl ?? undefined}
    />
  );
}
