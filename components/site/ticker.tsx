import type { CSSProperties } from 'react';
import { getTranslations } from 'next-intl/server';
import { getTicker } from '@/lib/data/ticker';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatDateTimeISO, formatTime } from '@/lib/time/format';
import './ticker.css';

/**
 * Breaking news under the masthead, scrolled by CSS alone. It pauses under the pointer, stops
 * while a link in it has focus, can be paused with its own control (a checkbox, so it needs no
 * JavaScript) and is a plain stacked list for readers who ask for reduced motion. It is not a
 * live region: new lines arrive with the next page, not as announcements.
 */
export async function Ticker({ locale }: { locale: AppLocale }) {
  const [t, items] = await Promise.all([
    getTranslations({ locale, namespace: 'Ticker' }),
    // A failing ticker must not take the page down with it.
    getTicker(locale).catch(() => []),
  ]);
  if (items.length === 0) return null;
  // About 8 characters a second, plus the time to cross the screen.
  const characters = items.reduce((sum, item) => sum + item.text.length + 8, 0);
  const style = { '--ticker-duration': `${Math.round(15 + characters / 8)}s` } as CSSProperties;
  return (
    <section className="ticker" aria-labelledby="ticker-label" data-testid="ticker">
      <div className="container ticker__inner">
        <h2 id="ticker-label" className="ticker__label">
          {t('label')}
        </h2>
        <input type="checkbox" id="ticker-pause" className="ticker__toggle" />
        <label htmlFor="ticker-pause" className="ticker__pause" title={t('pause')}>
          <span aria-hidden="true" className="ticker__pause-icon" />
          <span className="visually-hidden">{t('pause')}</span>
        </label>
        <div className="ticker__viewport">
          <ul className="ticker__track" style={style}>
            {items.map((item) => {
              const published = new Date(item.publishedAt);
              return (
                <li key={item.id} className="ticker__item">
                  <time dateTime={formatDateTimeISO(published)} className="ticker__time">
                    {formatTime(published, locale)}
                  </time>{' '}
                  {item.href ? <a href={item.href}>{item.text}</a> : <span>{item.text}</span>}
                </li>
              );
            })}
          </ul>
        </div>
      </div>
    </section>
  );
}
