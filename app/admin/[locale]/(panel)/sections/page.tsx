import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { ListPage } from '@/components/admin/list-page';
import { Panel } from '@/components/admin/page-frame';
import { withDb } from '@/db';
import { listSectionsWithCounts } from '@/lib/admin/sections';
import { createSectionAction } from './actions';
import { SectionFields } from './section-fields';

export const generateMetadata = adminTitle((t) => t('sections.title'));

export default async function SectionsPage({ params, searchParams }: PageProps<'/admin/[locale]/sections'>) {
  const { locale, t } = await openAdminPage(params, 'taxonomy.manage');
  const query = await searchParams;
  const rows = await withDb('sections', (db) => listSectionsWithCounts(db));
  return (
    <ListPage
      locale={locale}
      title={t('sections.title')}
      notices={[query.deleted === '1' && t('sections.deleted')]}
      rows={rows}
      columns={[
        { header: t('sections.position'), cell: (row) => row.position },
        { header: t('sections.nameFr'), td: () => ({ lang: 'fr', dir: 'ltr' }), cell: (row) => row.nameFr },
        { header: t('sections.nameAr'), td: () => ({ lang: 'ar', dir: 'rtl' }), cell: (row) => row.nameAr },
        {
          header: t('sections.slugs'),
          cell: (row) => (
            <>
              <code dir="ltr">{row.slugFr}</code> · <code dir="auto">{row.slugAr}</code>
            </>
          ),
        },
        { header: t('sections.articles'), cell: (row) => row.articleCount },
      ]}
      editHref={(row) => `/admin/${locale}/sections/${row.id}`}
    >
      <Panel id="new-section" title={t('sections.new')}>
        <ActionForm action={createSectionAction} locale={locale} submitLabel={t('sections.create')} pendingLabel={t('common.saving')}>
          <SectionFields locale={locale} />
        </ActionForm>
      </Panel>
    </ListPage>
  );
}
