import type { AppLocale } from '@/lib/i18n/routing';
import { stripLabels } from '@/lib/prayer/strip-data';
import { PrayerStripIsland } from './prayer-strip-island';

/**
 * The strip is the only per-reader part of the masthead (their city, the next prayer now), so the
 * static page only reserves its height and carries its words; the island fills it in. Readers
 * without JavaScript get the same strip in a same-origin frame (app/[locale]/prayer-strip).
 */
export async function PrayerStripSlot({ locale }: { locale: AppLocale }) {
  const { labels, cities } = await stripLabels(locale);
  return (
    <div className="prayer-slot container" data-slot="prayer-times">
      <noscript>
        <iframe className="prayer-strip-frame" src={`/${locale}/prayer-strip`} title={labels.month} />
      </noscript>
      <PrayerStripIsland locale={locale} labels={labels} cities={cities} />
    </div>
  );
}
