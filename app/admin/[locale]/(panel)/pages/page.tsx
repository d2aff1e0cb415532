import { adminTitle, languageName, openAdminPage } from '@/components/admin/admin-page';
import { CreatePanel, ListPage, type Column } from '@/components/admin/list-page';
import { listPages } from '@/lib/admin/pages';
import { formatDate } from '@/lib/time/format';
import { createPageAction } from './actions';
import { PageFields } from './page-fields';

export default async function PagesPage(props: PageProps<'/admin/[locale]/pages'>) {
  const { locale, t, query } = await openAdminPage(props, 'pages.manage');
  const rows = await listPages();
  const columns: Column<(typeof rows)[number]>[] = [
    { header: t('pages.position'), cell: (row) => row.position },
    { header: t('pages.kind'), cell: (row) => t(`pages.kinds.${row.kind}`) },
    { header: t('pages.locale'), cell: (row) => languageName(t, row.locale) },
    { header: t('pages.pageTitle'), td: (row) => ({ lang: row.locale, dir: row.locale === 'ar' ? 'rtl' : 'ltr' }), cell: (row) => row.title },
    { header: t('pages.slug'), cell: (row) => <code dir="auto">{row.slug}</code> },
    { header: t('pages.updated'), cell: (row) => formatDate(row.updatedAt, locale) },
  ];
  return (
    <ListPage locale={locale} title={t('pages.title')} intro={t('pages.intro')} notices={[query.deleted === '1' && t('pages.deleted')]} rows={rows} columns={columns} edit="pages">
      <CreatePanel locale={locale} id="new-page" title={t('pages.new')} action={createPageAction} submitLabel={t('pages.create')}>
        <PageFields locale={locale} />
      </CreatePanel>
    </ListPage>
  );
}

export const generateMetadata = adminTitle((t) => t('pages.title'));
