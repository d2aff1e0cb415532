import type { AppLocale } from '@/lib/i18n/routing';
import { formatDate, formatDateTimeISO, formatTime } from '@/lib/time/format';

/** A date and time in Moroccan legal time, as lib/time writes them. */
export function When({ at, locale }: { at: Date; locale: AppLocale }) {
  return <time dateTime={formatDateTimeISO(at)}>{`${formatDate(at, locale)} ${formatTime(at)}`}</time>;
}
