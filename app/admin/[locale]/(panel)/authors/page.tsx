import Image from 'next/image';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import styles from '@/components/admin/content.module.css';
import { CreatePanel, ListPage, type Column } from '@/components/admin/list-page';
import { listAuthors } from '@/lib/admin/authors';
import { mediaOptions } from '@/lib/admin/media';
import { createAuthorAction } from './actions';
import { AuthorFields } from './author-fields';

export default async function AuthorsPage(props: PageProps<'/admin/[locale]/authors'>) {
  const { locale, t, query } = await openAdminPage(props, 'taxonomy.manage');
  const [rows, options] = await Promise.all([listAuthors(), mediaOptions()]);
  const columns: Column<(typeof rows)[number]>[] = [
    { header: t('authors.avatar'), headerHidden: true, cell: (row) => (row.avatar ? <Image src={row.avatar.url} alt="" width={40} height={40} className={styles.avatar} /> : null) },
    {
      header: t('authors.nameFr'),
      td: () => ({ lang: 'fr', dir: 'ltr' }),
      cell: (row) => (
        <>
          {row.nameFr}
          {row.roleFr ? <span className={styles.muted}> · {row.roleFr}</span> : null}
        </>
      ),
    },
    { header: t('authors.nameAr'), td: () => ({ lang: 'ar', dir: 'rtl' }), cell: (row) => row.nameAr },
    { header: t('authors.slug'), cell: (row) => <code dir="ltr">{row.slug}</code> },
    { header: t('authors.articles'), cell: (row) => row.articleCount },
  ];
  return (
    <ListPage locale={locale} title={t('authors.title')} notices={[query.deleted === '1' && t('authors.deleted')]} rows={rows} columns={columns} edit="authors">
      <CreatePanel locale={locale} id="new-author" title={t('authors.new')} action={createAuthorAction} submitLabel={t('authors.create')}>
        <AuthorFields locale={locale} mediaOptions={options} />
      </CreatePanel>
    </ListPage>
  );
}

export const generateMetadata = adminTitle((t) => t('authors.title'));
