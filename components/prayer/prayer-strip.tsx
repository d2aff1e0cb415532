import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { Suspense } from 'react';
import { readCityPreference } from '@/lib/data/prayer';
import type { AppLocale } from '@/lib/i18n/routing';
import { loadStripData } from '@/lib/prayer/strip-data';
import { PrayerStripView } from './prayer-strip-view';

/**
 * The strip is the only per-reader part of a page (their city, the next prayer now), so it
 * streams into a small dynamic hole and the rest of the page stays prerendered and cached.
 * Streamed content needs JavaScript to appear; readers without it get the same strip in a
 * same-origin frame (app/[locale]/prayer-strip), rendered from their cookie.
 */
export async function PrayerStripSlot({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Prayer' });
  return (
    <div className="prayer-slot container" data-slot="prayer-times">
      <Suspense
        fallback={
          <noscript>
            <iframe className="prayer-strip-frame" src={`/${locale}/prayer-strip`} title={t('month')} />
          </noscript>
        }
      >
        <PrayerStrip locale={locale} />
      </Suspense>
    </div>
  );
}

async function PrayerStrip({ locale }: { locale: AppLocale }) {
  const city = await readCityPreference();
  await connection();
  return <PrayerStripView {...await loadStripData(locale, city, new Date())} />;
}
