import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/lib/i18n/routing';
import { feedPath, type FeedScope } from '@/lib/seo/site';

/** A visible link to the RSS feed of a section or an author (the head announces it too, for feed readers). */
export async function FeedLink({ locale, scope, name }: { locale: AppLocale; scope: FeedScope; name: string }) {
  const t = await getTranslations({ locale, namespace: 'Feed' });
  return (
    <a href={feedPath(locale, 'rss', scope)} type="application/rss+xml" className="feed-link">
      <RssIcon />
      {t('follow', { name })}
    </a>
  );
}

export function RssIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false" className="feed-link__icon">
      <circle cx="3" cy="13" r="2" fill="currentColor" />
      <path d="M1 7a8 8 0 0 1 8 8M1 2a13 13 0 0 1 13 13" fill="none" stroke="currentColor" strokeWidth="2" />
    </svg>
  );
}
