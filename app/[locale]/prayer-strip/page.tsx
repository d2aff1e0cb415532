import type { Metadata } from 'next';
import { connection } from 'next/server';
import { PrayerStripView } from '@/components/prayer/prayer-strip-view';
import { readCityPreference } from '@/lib/data/prayer';
import { resolveLocaleParam } from '@/lib/i18n/params';
import { loadStripData } from '@/lib/prayer/strip-data';

// Rendered per request (the reader's cookie, the time now) and in full, with no streaming:
// this frame is what readers without JavaScript see in place of the streamed strip.
export const instant = false;

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function PrayerStripFrame({ params }: PageProps<'/[locale]/prayer-strip'>) {
  const locale = resolveLocaleParam((await params).locale);
  const city = await readCityPreference();
  await connection();
  const data = await loadStripData(locale, city, new Date());
  return (
    <div className="prayer-frame">
      <PrayerStripView {...data} frame />
    </div>
  );
}
