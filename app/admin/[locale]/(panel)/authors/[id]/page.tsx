import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { getAuthorById } from '@/lib/admin/authors';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { mediaOptions } from '@/lib/admin/media';
import { requireAdminPage } from '@/lib/auth/current-user';
import { DeleteForm } from '../../_content/delete-form';
import { idParam } from '../../_content/params';
import { deleteAuthorAction, updateAuthorAction } from '../actions';
import { AuthorFields } from '../author-fields';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/authors/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.authors' });
  return { title: t('editTitle') };
}

export default async function AuthorPage({ params, searchParams }: PageProps<'/admin/[locale]/authors/[id]'>) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveAdminLocale(rawLocale);
  await requireAdminPage(locale, 'taxonomy.manage');
  const id = idParam(rawId);
  const query = await searchParams;
  const author = await getAuthorById(id);
  if (!author) notFound();
  const options = await mediaOptions({ include: [author.avatarId] });
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <p>
        <a href={`/admin/${locale}/authors`}>{t('authors.back')}</a>
      </p>
      <h1>
        {t('authors.editTitle')} · {locale === 'ar' ? author.nameAr : author.nameFr}
      </h1>
      {query.created === '1' ? <p className="notice ok" role="status">{t('authors.created')}</p> : null}
      <section className="panel">
        <ActionForm action={updateAuthorAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
          <input type="hidden" name="id" value={author.id} />
          <AuthorFields locale={locale} author={author} mediaOptions={options} />
        </ActionForm>
      </section>
      <DeleteForm locale={locale} id={author.id} action={deleteAuthorAction} label={t('authors.delete')} hint={t('authors.deleteHint')} />
    </>
  );
}
