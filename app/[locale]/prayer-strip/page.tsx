import type { Metadata } from 'next';
import { connection } from 'next/server';
import { PrayerStripView } from '@/components/prayer/prayer-strip-view';
import { readCityPreference } from '@/lib/data/prayer';
import { resolveLocaleParam } from '@/lib/i18n/params';
import { stripTimes } from '@/lib/prayer/strip';
import { loadReaderStrip, stripLabels } from '@/lib/prayer/strip-data';

// Rendered per request (the reader's cookie, the time now) and in full, with no streaming:
// this frame is what readers without JavaScript see in place of the browser island.
export const instant = false;

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function PrayerStripFrame({ params }: PageProps<'/[locale]/prayer-strip'>) {
  const locale = resolveLocaleParam((await params).locale);
  const city = await readCityPreference();
  await connection();
  const now = new Date();
  const [strip, { labels, cities }] = await Promise.all([loadReaderStrip(locale, city, now), stripLabels(locale)]);
  return (
    <div className="prayer-frame">
      <PrayerStripView locale={locale} labels={labels} cities={cities} strip={strip} times={stripTimes(strip, now, locale)} frame />
    </div>
  );
}
