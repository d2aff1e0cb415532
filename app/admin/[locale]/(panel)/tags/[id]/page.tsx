import { notFound } from 'next/navigation';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { withDb } from '@/db';
import { getTagById } from '@/lib/admin/tags';
import { deleteTagAction, updateTagAction } from '../actions';
import { TagFields } from '../tag-fields';

export const generateMetadata = adminTitle((t) => t('tags.editTitle'));

export default async function TagPage({ params, searchParams }: PageProps<'/admin/[locale]/tags/[id]'>) {
  const { locale, t } = await openAdminPage(params, 'taxonomy.manage');
  const { id: rawId } = await params;
  const id = idParam(rawId);
  const query = await searchParams;
  const tag = await withDb('tag', (db) => getTagById(db, id));
  if (!tag) notFound();
  return (
    <EditPage
      locale={locale}
      id={tag.id}
      back={{ href: `/admin/${locale}/tags`, label: t('tags.back') }}
      title={
        <>
          {t('tags.editTitle')} · <span lang={tag.locale}>{tag.name}</span>
        </>
      }
      notices={[query.created === '1' && t('tags.created')]}
      update={updateTagAction}
      remove={{ action: deleteTagAction, label: t('tags.delete'), hint: t('tags.deleteHint') }}
    >
      <TagFields locale={locale} tag={tag} />
    </EditPage>
  );
}
