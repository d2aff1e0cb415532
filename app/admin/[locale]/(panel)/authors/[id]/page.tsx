import { notFound } from 'next/navigation';
import { adminTitle, localizedName, openAdminItemPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { getAuthorById } from '@/lib/admin/authors';
import { mediaOptions } from '@/lib/admin/media';
import { deleteAuthorAction, updateAuthorAction } from '../actions';
import { AuthorFields } from '../author-fields';

export default async function AuthorPage(props: PageProps<'/admin/[locale]/authors/[id]'>) {
  const { locale, t, query, rawId } = await openAdminItemPage(props, 'taxonomy.manage');
  const id = idParam(rawId);
  const author = await getAuthorById(id);
  if (!author) notFound();
  const name = localizedName(author, locale);
  const options = await mediaOptions({ include: [author.avatarId] });
  return (
    <EditPage locale={locale} kind="authors" id={author.id} name={name} created={query.created === '1'} update={updateAuthorAction} remove={deleteAuthorAction} deleteHint={t('authors.deleteHint')}>
      <AuthorFields locale={locale} author={author} mediaOptions={options} />
    </EditPage>
  );
}

export const generateMetadata = adminTitle((t) => t('authors.editTitle'));
