'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { timeUntil } from '@/lib/editor/schedule';
import { formatDate, formatTime } from '@/lib/time/format';
import { TextInput } from './editor-fields';
import type { ArticleStatus } from './use-article-editor';

// The relative time follows the clock in 30 s steps; the server renders none (its clock is not the page's).
const TICK_MS = 30_000;
const subscribeToClock = (notify: () => void) => {
  const timer = window.setInterval(notify, TICK_MS);
  return () => window.clearInterval(timer);
};
const clockTick = () => Math.floor(Date.now() / TICK_MS) * TICK_MS;
const noTick = () => null;

/**
 * When the article went or goes live, and the time "Programmer" would use. The field's default
 * (a round time about an hour ahead) is only a proposal for scheduling, so it is labelled as such
 * and read back relatively ("dans 1 h 15"); the real publication time is shown apart, read-only.
 * All times are Moroccan legal time through lib/time (never the browser's zone).
 */
export function ScheduleField({
  value,
  onChange,
  errors,
  status,
  publishedAt,
  locale,
  showInput,
}: {
  value: string;
  onChange: (value: string) => void;
  errors?: string[];
  status: ArticleStatus;
  publishedAt: string | null;
  locale: 'fr' | 'ar';
  showInput: boolean;
}) {
  const t = useTranslations('Admin.editor.schedule');
  const tick = useSyncExternalStore(subscribeToClock, clockTick, noTick);
  const now = tick === null ? null : new Date(tick);
  const at = publishedAt ? new Date(publishedAt) : null;
  const until = now ? timeUntil(value, now) : null;
  const hours = until?.hours ? t('hours', { count: until.hours }) : '';
  const minutes = until && (until.minutes || !until.hours) ? t('minutes', { count: until.minutes }) : '';
  // Arabic joins the two with « و ».
  const duration = hours && minutes ? t('hoursAndMinutes', { hours, minutes }) : hours || minutes;
  return (
    <>
      {at && (status === 'published' || status === 'unpublished') && (
        <p className="publication-time">{t('publishedAt', { date: formatDate(at, locale), time: formatTime(at) })}</p>
      )}
      {at && status === 'scheduled' && <p className="publication-time">{t('scheduledAt', { date: formatDate(at, locale), time: formatTime(at) })}</p>}
      {showInput && (
        <>
          <TextInput id="publish-at" type="datetime-local" label={t('label')} hint={t('hint')} errors={errors} value={value} onChange={onChange} />
          {now && (
            <p className="schedule-relative" aria-live="polite">
              {until ? t('in', { duration }) : t('past')}
            </p>
          )}
        </>
      )}
    </>
  );
}
