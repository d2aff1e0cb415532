import { getTranslations } from 'next-intl/server';
import type { AppLocale } from '@/lib/i18n/routing';

/** Previous / next links that keep the current filters in the query string. */
export async function Pager({ locale, page, pages, base, query }: { locale: AppLocale; page: number; pages: number; base: string; query: Record<string, string> }) {
  if (pages <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Admin.common' });
  const href = (target: number) => {
    const params = new URLSearchParams({ ...Object.fromEntries(Object.entries(query).filter(([, value]) => value !== '')), page: String(target) });
    return `${base}?${params.toString()}`;
  };
  return (
    <nav className="toolbar" aria-label={t('pageOf', { page, pages })}>
      {page > 1 ? (
        <a className="button secondary" href={href(page - 1)} rel="prev">
          {t('previous')}
        </a>
      ) : null}
      <span>{t('pageOf', { page, pages })}</span>
      {page < pages ? (
        <a className="button secondary" href={href(page + 1)} rel="next">
          {t('next')}
        </a>
      ) : null}
    </nav>
  );
}
