import { notFound } from 'next/navigation';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { withDb } from '@/db';
import { getAuthorById } from '@/lib/admin/authors';
import { mediaOptions } from '@/lib/admin/media';
import { deleteAuthorAction, updateAuthorAction } from '../actions';
import { AuthorFields } from '../author-fields';

export const generateMetadata = adminTitle((t) => t('authors.editTitle'));

export default async function AuthorPage({ params, searchParams }: PageProps<'/admin/[locale]/authors/[id]'>) {
  const { locale, t } = await openAdminPage(params, 'taxonomy.manage');
  const { id: rawId } = await params;
  const id = idParam(rawId);
  const query = await searchParams;
  const author = await withDb('author', (db) => getAuthorById(db, id));
  if (!author) notFound();
  const options = await withDb('media options', (db) => mediaOptions(db, { include: [author.avatarId] }));
  return (
    <EditPage
      locale={locale}
      id={author.id}
      back={{ href: `/admin/${locale}/authors`, label: t('authors.back') }}
      title={`${t('authors.editTitle')} · ${locale === 'ar' ? author.nameAr : author.nameFr}`}
      notices={[query.created === '1' && t('authors.created')]}
      update={updateAuthorAction}
      remove={{ action: deleteAuthorAction, label: t('authors.delete'), hint: t('authors.deleteHint') }}
    >
      <AuthorFields locale={locale} author={author} mediaOptions={options} />
    </EditPage>
  );
}
