import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { CreatePanel, ListPage, type Column } from '@/components/admin/list-page';
import { listSectionsWithCounts } from '@/lib/admin/sections';
import { createSectionAction } from './actions';
import { SectionFields } from './section-fields';

export default async function SectionsPage(props: PageProps<'/admin/[locale]/sections'>) {
  const { locale, t, query } = await openAdminPage(props, 'taxonomy.manage');
  const rows = await listSectionsWithCounts();
  const columns: Column<(typeof rows)[number]>[] = [
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
  ];
  return (
    <ListPage locale={locale} title={t('sections.title')} notices={[query.deleted === '1' && t('sections.deleted')]} rows={rows} columns={columns} edit="sections">
      <CreatePanel locale={locale} id="new-section" title={t('sections.new')} action={createSectionAction} submitLabel={t('sections.create')}>
        <SectionFields locale={locale} />
      </CreatePanel>
    </ListPage>
  );
}

export const generateMetadata = adminTitle((t) => t('sections.title'));
