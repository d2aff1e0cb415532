'use client';

import { useEffect } from 'react';
import { formatRelative } from '@/lib/time/format';
import type { AppLocale } from '@/lib/i18n/routing';

/** One small island per page that keeps every <time data-relative> label current. */
export function RelativeTimeRefresher({ locale }: { locale: AppLocale }) {
  useEffect(() => {
    const refresh = () => {
      const now = new Date();
      document.querySelectorAll<HTMLTimeElement>('time[data-relative]').forEach((element) => {
        const iso = element.dataset.relative;
        if (!iso) return;
        const label = formatRelative(new Date(iso), now, locale);
        if (element.textContent !== label) element.textContent = label;
      });
    };
    refresh();
    const timer = window.setInterval(refresh, 30_000);
    return () => window.clearInterval(timer);
  }, [locale]);
  return null;
}
