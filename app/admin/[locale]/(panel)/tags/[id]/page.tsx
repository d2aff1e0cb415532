import { notFound } from 'next/navigation';
import { adminTitle, openAdminItemPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { getTagById } from '@/lib/admin/tags';
import { deleteTagAction, updateTagAction } from '../actions';
import { TagFields } from '../tag-fields';

export default async function TagPage(props: PageProps<'/admin/[locale]/tags/[id]'>) {
  const { locale, t, query, rawId } = await openAdminItemPage(props, 'taxonomy.manage');
  const id = idParam(rawId);
  const tag = await getTagById(id);
  if (!tag) notFound();
  const name = <span lang={tag.locale}>{tag.name}</span>;
  return (
    <EditPage locale={locale} kind="tags" id={tag.id} name={name} created={query.created === '1'} update={updateTagAction} remove={deleteTagAction} deleteHint={t('tags.deleteHint')}>
      <TagFields locale={locale} tag={tag} />
    </EditPage>
  );
}

export const generateMetadata = adminTitle((t) => t('tags.editTitle'));
