'use client';

import { useEffect, useState } from 'react';
import { stripTimes, type PrayerStripLabels, type ReaderStrip } from '@/lib/prayer/strip';
import { PrayerStripView } from './prayer-strip-view';

const TICK_MS = 30_000;

/**
 * The reader's strip, filled in the browser so the page around it is the same static bytes for
 * everyone. The city lives in an HttpOnly cookie, so the server answers for it; the countdown
 * then runs here, and the data is fetched again after the Moroccan midnight.
 */
export function PrayerStripIsland({
  locale,
  labels,
  cities,
}: {
  locale: 'fr' | 'ar';
  labels: PrayerStripLabels;
  cities: { slug: string; name: string }[];
}) {
  const [strip, setStrip] = useState<ReaderStrip | null>(null);
  // Set only in the browser: a prerender must not read the clock (the page is the same for all).
  const [now, setNow] = useState<Date | null>(null);

  useEffect(() => {
    let cancelled = false;
    let loadedUntil = 0;
    const load = async () => {
      try {
        const response = await fetch(`/api/prayer-times/strip?locale=${locale}`);
        if (!response.ok) return;
        const data = (await response.json()) as ReaderStrip;
        if (cancelled) return;
        loadedUntil = Date.parse(data.validUntil);
        setStrip(data);
        setNow(new Date());
      } catch {
        // Offline or the server is away: the reserved slot stays empty; the next tick tries again.
        loadedUntil = 0;
      }
    };
    void load();
    const timer = window.setInterval(() => {
      if (Date.now() >= loadedUntil) void load();
      else setNow(new Date());
    }, TICK_MS);
    return () => {
      cancelled = true;
      window.clearInterval(timer);
    };
  }, [locale]);

  if (!strip || !now) return null;
  return <PrayerStripView locale={locale} labels={labels} cities={cities} strip={strip} times={stripTimes(strip, now, locale)} />;
}
