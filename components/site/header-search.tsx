import { getTranslations } from 'next-intl/server';
import { getPathname } from '@/lib/i18n/navigation';
import type { AppLocale } from '@/lib/i18n/routing';
import { MAX_QUERY_LENGTH } from '@/lib/search/params';
import './header-search.css';

/** A plain GET form to the search page: works without JavaScript. */
export async function HeaderSearch({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Search' });
  return (
    <form role="search" aria-label={t('siteSearch')} action={getPathname({ locale, href: '/search' })} method="get" className="header-search">
      <label htmlFor="site-search-q" className="visually-hidden">
        {t('field')}
      </label>
      <input id="site-search-q" type="search" name="q" maxLength={MAX_QUERY_LENGTH} placeholder={t('placeholder')} className="header-search__input" />
      <button type="submit" className="header-search__button">
        <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false">
          <circle cx="8.5" cy="8.5" r="5.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M12.6 12.6 17 17" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
        </svg>
        <span className="visually-hidden">{t('submit')}</span>
      </button>
    </form>
  );
}
