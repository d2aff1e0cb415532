import { getTranslations } from 'next-intl/server';
import Link from 'next/link';
import type { AppLocale } from '@/lib/i18n/routing';

/** Path-based pagination (/page/2) keeps every page cacheable; query strings would make them dynamic. */
export async function Pagination({
  locale,
  page,
  pageCount,
  hrefFor,
}: {
  locale: AppLocale;
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
}) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'Pagination' });
  return (
    <nav className="pagination" aria-label={t('label')}>
      {page > 1 ? (
        <Link href={hrefFor(page - 1)} rel="prev" className="pagination__link">
          {t('previous')}
        </Link>
      ) : (
        <span />
      )}
      <span className="pagination__status">{t('page', { page, count: pageCount })}</span>
      {page < pageCount ? (
        <Link href={hrefFor(page + 1)} rel="next" className="pagination__link">
          {t('next')}
        </Link>
      ) : (
        <span />
      )}
    </nav>
  );
}
