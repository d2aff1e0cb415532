import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/lib/i18n/routing';

export type AdSlotKind = 'leaderboard' | 'rectangle' | 'in-article';

/**
 * A reserved advertising frame. The box keeps its size whether or not an ad fills it, so
 * nothing below it shifts; the consent issue decides what goes inside.
 */
export async function AdSlot({ kind, locale }: { kind: AdSlotKind; locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Ads' });
  return (
    <aside className={`ad-slot ad-slot--${kind}`} aria-label={t('label')} data-ad-slot={kind}>
      <span className="ad-slot__label">{t('label')}</span>
    </aside>
  );
}
