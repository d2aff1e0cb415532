import { adminTitle, languageOptions, openAdminPage } from '@/components/admin/admin-page';
import styles from '@/components/admin/content.module.css';
import { CreatePanel, ListPage, type Column } from '@/components/admin/list-page';
import { pageParam } from '@/components/admin/page-params';
import { When } from '@/components/admin/when';
import { listTickerItems, type TickerStatus } from '@/lib/admin/ticker';
import { isAppLocale, localeDirection } from '@/lib/i18n/routing';
import { createTickerAction } from './actions';
import { TickerFields } from './ticker-fields';

const STATUSES: TickerStatus[] = ['active', 'scheduled', 'expired'];

export default async function TickerPage(props: PageProps<'/admin/[locale]/ticker'>) {
  const { locale, t, query } = await openAdminPage(props, 'ticker.manage');
  const filterLocale = isAppLocale(query.lang) ? query.lang : null;
  const status = STATUSES.find((value) => value === query.status) ?? null;
  const now = new Date();
  const result = await listTickerItems({ locale: filterLocale, status, now, page: pageParam(query.page) });
  const columns: Column<(typeof result.items)[number]>[] = [
    { header: t('ticker.status'), cell: (item) => <span className={`${styles.status} ${styles[item.status]}`}>{t(`ticker.statuses.${item.status}`)}</span> },
    {
      header: t('ticker.text'),
      td: (item) => ({ lang: item.locale, dir: localeDirection(item.locale) }),
      cell: (item) => (
        <>
          {item.text}
          {item.href ? (
            <>
              {' '}
              <a href={item.href} dir="ltr" rel="noopener noreferrer">
                ↗
              </a>
            </>
          ) : null}
        </>
      ),
    },
    { header: t('ticker.publishedAt'), cell: (item) => <When at={item.publishedAt} locale={locale} /> },
    { header: t('ticker.expiresAt'), cell: (item) => (item.expiresAt ? <When at={item.expiresAt} locale={locale} /> : '—') },
  ];
  return (
    <ListPage
      locale={locale}
      title={t('ticker.title')}
      notices={[query.created === '1' && t('ticker.created'), query.deleted === '1' && t('ticker.deleted')]}
      lead={
        <CreatePanel locale={locale} id="new-ticker" title={t('ticker.new')} action={createTickerAction} submitLabel={t('ticker.create')}>
          <TickerFields locale={locale} now={now} />
        </CreatePanel>
      }
      filters={{
        submit: t('common.filter'),
        secondarySubmit: true,
        filters: [
          { kind: 'select', id: 'ticker-lang', name: 'lang', label: t('common.language'), value: filterLocale, options: languageOptions(t) },
          {
            kind: 'select',
            id: 'ticker-status',
            name: 'status',
            label: t('ticker.status'),
            value: status,
            options: STATUSES.map((value) => ({ value, label: t(`ticker.statuses.${value}`) })),
          },
        ],
      }}
      rows={result.items}
      columns={columns}
      edit="ticker"
      pager={{ page: result.page, pages: result.pages, base: `/admin/${locale}/ticker`, query: { lang: filterLocale ?? '', status: status ?? '' } }}
    />
  );
}

export const generateMetadata = adminTitle((t) => t('ticker.title'));
