import { notFound } from 'next/navigation';
import { adminTitle, localizedName, openAdminItemPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { getSectionById } from '@/lib/admin/sections';
import { deleteSectionAction, updateSectionAction } from '../actions';
import { SectionFields } from '../section-fields';

export default async function SectionPage(props: PageProps<'/admin/[locale]/sections/[id]'>) {
  const { locale, t, query, rawId } = await openAdminItemPage(props, 'taxonomy.manage');
  const id = idParam(rawId);
  const section = await getSectionById(id);
  if (!section) notFound();
  return (
    <EditPage locale={locale} kind="sections" id={section.id} name={localizedName(section, locale)} created={query.created === '1'} update={updateSectionAction} remove={deleteSectionAction} deleteHint={t('sections.deleteHint')}>
      <SectionFields locale={locale} section={section} />
    </EditPage>
  );
}

export const generateMetadata = adminTitle((t) => t('sections.editTitle'));
