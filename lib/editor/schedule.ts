import { parseDateTimeLocalInput } from '@/lib/time/format';

/**
 * How long until a scheduled time typed in Moroccan legal time (the editor's datetime-local
 * value), in whole hours and minutes rounded up, as "dans 1 h 15" shows it; null when the value is
 * malformed or not in the future.
 */
export function timeUntil(value: string, now: Date): { hours: number; minutes: number } | null {
  const target = parseDateTimeLocalInput(value);
  if (!target) return null;
  const ms = target.getTime() - now.getTime();
  if (ms <= 0) return null;
  const total = Math.ceil(ms / 60_000);
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}
