import { getTranslations } from 'next-intl/server';
import * as rootParams from 'next/root-params';
import { isAppLocale, localeDirection } from '@/lib/i18n/routing';

/**
 * The newsroom's 404 (an unknown admin path, a malformed or deleted id), in the interface
 * language, instead of the reader's page.
 */
export default async function AdminNotFound() {
  const param = await rootParams.locale();
  const locale = isAppLocale(param) ? param : 'fr';
  const t = await getTranslations({ locale, namespace: 'Admin.boundary' });
  return (
    <main id="main" className="admin-main admin-not-found" lang={locale} dir={localeDirection(locale)}>
      <div className="panel">
        <p className="hint">404</p>
        <h1>{t('notFoundTitle')}</h1>
        <p>{t('notFoundDescription')}</p>
        <p>
          <a className="button" href={`/admin/${locale}`}>
            {t('dashboard')}
          </a>
        </p>
      </div>
    </main>
  );
}
