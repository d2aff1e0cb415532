import { formatDateTimeISO, formatRelative } from '@/lib/time/format';
import type { AppLocale } from '@/lib/i18n/routing';

/**
 * Server-rendered label ("Hier 12:53"), correct when the page was rendered; the
 * RelativeTimeRefresher island rewrites it in the browser so cached pages never show a stale label.
 */
export function RelativeTime({ iso, locale, now }: { iso: string; locale: AppLocale; now: number }) {
  const instant = new Date(iso);
  return (
    <time dateTime={formatDateTimeISO(instant)} data-relative={iso} suppressHydrationWarning>
      {formatRelative(instant, new Date(now), locale)}
    </time>
  );
}
