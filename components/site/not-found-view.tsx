import { getTranslations } from 'next-intl/server';
import { SlimHeader } from '@/components/site/site-header';
import { Link } from '@/lib/i18n/link';
import type { AppLocale } from '@/lib/i18n/routing';

/** The reader's 404: the slim masthead (nothing that changes by the minute or carries ads) and two ways on. */
export async function NotFoundView({ locale }: { locale: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'NotFound' });
  return (
    <>
      <SlimHeader locale={locale} />
      <main id="main" className="container error-page">
        <p className="error-page__code">404</p>
        <h1>{t('title')}</h1>
        <p>{t('description')}</p>
        <p className="error-page__actions">
          <Link href="/" className="button">
            {t('home')}
          </Link>
          <Link href="/latest" className="button button--ghost">
            {t('latest')}
          </Link>
        </p>
      </main>
    </>
  );
}
