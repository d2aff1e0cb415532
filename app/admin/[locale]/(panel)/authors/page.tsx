import type { Metadata } from 'next';
import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { listAuthors } from '@/lib/admin/authors';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { mediaOptions } from '@/lib/admin/media';
import { requireAdminPage } from '@/lib/auth/current-user';
import styles from '../_content/content.module.css';
import { createAuthorAction } from './actions';
import { AuthorFields } from './author-fields';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/authors'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.authors' });
  return { title: t('title') };
}

export default async function AuthorsPage({ params, searchParams }: PageProps<'/admin/[locale]/authors'>) {
  const locale = resolveAdminLocale((await params).locale);
  await requireAdminPage(locale, 'taxonomy.manage');
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const [rows, options] = await Promise.all([listAuthors(), mediaOptions()]);
  return (
    <>
      <h1>{t('authors.title')}</h1>
      {query.deleted === '1' ? <p className="notice ok" role="status">{t('authors.deleted')}</p> : null}
      {rows.length === 0 ? (
        <p>{t('common.empty')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">{t('authors.avatar')}</span>
              </th>
              <th scope="col">{t('authors.nameFr')}</th>
              <th scope="col">{t('authors.nameAr')}</th>
              <th scope="col">{t('authors.slug')}</th>
              <th scope="col">{t('authors.articles')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.avatar ? <Image src={row.avatar.url} alt="" width={40} height={40} className={styles.avatar} /> : null}</td>
                <td lang="fr" dir="ltr">
                  {row.nameFr}
                  {row.roleFr ? <span className={styles.muted}> · {row.roleFr}</span> : null}
                </td>
                <td lang="ar" dir="rtl">
                  {row.nameAr}
                </td>
                <td>
                  <code dir="ltr">{row.slug}</code>
                </td>
                <td>{row.articleCount}</td>
                <td>
                  <a href={`/admin/${locale}/authors/${row.id}`}>{t('common.edit')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="panel" aria-labelledby="new-author">
        <h2 id="new-author">{t('authors.new')}</h2>
        <ActionForm action={createAuthorAction} locale={locale} submitLabel={t('authors.create')} pendingLabel={t('common.saving')}>
          <AuthorFields locale={locale} mediaOptions={options} />
        </ActionForm>
      </section>
    </>
  );
}
