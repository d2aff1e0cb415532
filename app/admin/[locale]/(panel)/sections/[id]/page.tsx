import { notFound } from 'next/navigation';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { withDb } from '@/db';
import { getSectionById } from '@/lib/admin/sections';
import { deleteSectionAction, updateSectionAction } from '../actions';
import { SectionFields } from '../section-fields';

export const generateMetadata = adminTitle((t) => t('sections.editTitle'));

export default async function SectionPage({ params, searchParams }: PageProps<'/admin/[locale]/sections/[id]'>) {
  const { locale, t } = await openAdminPage(params, 'taxonomy.manage');
  const { id: rawId } = await params;
  const id = idParam(rawId);
  const query = await searchParams;
  const section = await withDb('section', (db) => getSectionById(db, id));
  if (!section) notFound();
  return (
    <EditPage
      locale={locale}
      id={section.id}
      back={{ href: `/admin/${locale}/sections`, label: t('sections.back') }}
      title={`${t('sections.editTitle')} · ${locale === 'ar' ? section.nameAr : section.nameFr}`}
      notices={[query.created === '1' && t('sections.created')]}
      update={updateSectionAction}
      remove={{ action: deleteSectionAction, label: t('sections.delete'), hint: t('sections.deleteHint') }}
    >
      <SectionFields locale={locale} section={section} />
    </EditPage>
  );
}
