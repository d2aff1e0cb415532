import type { TimeLocale } from '../time/format';

// Arabic counts: 1 and 2 have their own forms, 3–10 take the plural, 11 and up the singular.
function arabicCount(n: number, one: string, two: string, few: string, many: string): string {
  if (n === 1) return one;
  if (n === 2) return two;
  if (n <= 10) return `${n} ${few}`;
  return `${n} ${many}`;
}

/** Time left before the next prayer: "dans 1 h 20" / "بعد ساعة و20 دقيقة". */
export function formatCountdown(totalMinutes: number, locale: TimeLocale): string {
  const minutesLeft = Math.max(1, Math.ceil(totalMinutes));
  const hours = Math.floor(minutesLeft / 60);
  const minutes = minutesLeft % 60;
  if (locale === 'fr') {
    if (hours === 0) return `dans ${minutes} min`;
    return minutes === 0 ? `dans ${hours} h` : `dans ${hours} h ${String(minutes).padStart(2, '0')}`;
  }
  const h = hours ? arabicCount(hours, 'ساعة', 'ساعتين', 'ساعات', 'ساعة') : '';
  const m = minutes ? arabicCount(minutes, 'دقيقة', 'دقيقتين', 'دقائق', 'دقيقة') : '';
  return `بعد ${h && m ? `${h} و${m}` : h || m}`;
}
