import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { listTickerItems, type TickerStatus } from '@/lib/admin/ticker';
import { requireAdminPage } from '@/lib/auth/current-user';
import { isAppLocale } from '@/lib/i18n/routing';
import styles from '../_content/content.module.css';
import { Pager } from '@/components/admin/pager';
import { pageParam } from '../_content/params';
import { When } from '../_content/when';
import { createTickerAction } from './actions';
import { TickerFields } from './ticker-fields';

const STATUSES: TickerStatus[] = ['active', 'scheduled', 'expired'];

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/ticker'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.ticker' });
  return { title: t('title') };
}

export default async function TickerPage({ params, searchParams }: PageProps<'/admin/[locale]/ticker'>) {
  const locale = resolveAdminLocale((await params).locale);
  await requireAdminPage(locale, 'ticker.manage');
  const query = await searchParams;
  const filterLocale = isAppLocale(query.lang) ? query.lang : null;
  const status = STATUSES.find((value) => value === query.status) ?? null;
  const now = new Date();
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const result = await listTickerItems({ locale: filterLocale, status, now, page: pageParam(query.page) });
  return (
    <>
      <h1>{t('ticker.title')}</h1>
      {query.created === '1' ? <p className="notice ok" role="status">{t('ticker.created')}</p> : null}
      {query.deleted === '1' ? <p className="notice ok" role="status">{t('ticker.deleted')}</p> : null}
      <section className="panel" aria-labelledby="new-ticker">
        <h2 id="new-ticker">{t('ticker.new')}</h2>
        <ActionForm action={createTickerAction} locale={locale} submitLabel={t('ticker.create')} pendingLabel={t('common.saving')}>
          <TickerFields locale={locale} now={now} />
        </ActionForm>
      </section>
      <form className="toolbar" method="get">
        <div className="field">
          <label htmlFor="ticker-lang">{t('common.language')}</label>
          <select id="ticker-lang" name="lang" defaultValue={filterLocale ?? ''}>
            <option value="">{t('common.all')}</option>
            <option value="fr">{t('common.french')}</option>
            <option value="ar">{t('common.arabic')}</option>
          </select>
        </div>
        <div className="field">
          <label htmlFor="ticker-status">{t('ticker.status')}</label>
          <select id="ticker-status" name="status" defaultValue={status ?? ''}>
            <option value="">{t('common.all')}</option>
            {STATUSES.map((value) => (
              <option key={value} value={value}>
                {t(`ticker.statuses.${value}`)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="secondary">
          {t('common.filter')}
        </button>
      </form>
      {result.items.length === 0 ? (
        <p>{t('common.empty')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('ticker.status')}</th>
              <th scope="col">{t('ticker.text')}</th>
              <th scope="col">{t('ticker.publishedAt')}</th>
              <th scope="col">{t('ticker.expiresAt')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item) => (
              <tr key={item.id}>
                <td>
                  <span className={`${styles.status} ${styles[item.status]}`}>{t(`ticker.statuses.${item.status}`)}</span>
                </td>
                <td lang={item.locale} dir={item.locale === 'ar' ? 'rtl' : 'ltr'}>
                  {item.text}
                  {item.href ? (
                    <>
                      {' '}
                      <a href={item.href} dir="ltr" rel="noopener noreferrer">
                        ↗
                      </a>
                    </>
                  ) : null}
                </td>
                <td>
                  <When at={item.publishedAt} locale={locale} />
                </td>
                <td>{item.expiresAt ? <When at={item.expiresAt} locale={locale} /> : '—'}</td>
                <td>
                  <a href={`/admin/${locale}/ticker/${item.id}`}>{t('common.edit')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <Pager locale={locale} page={result.page} pages={result.pages} base={`/admin/${locale}/ticker`} query={{ lang: filterLocale ?? '', status: status ?? '' }} />
    </>
  );
}
