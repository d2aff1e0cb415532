import Image from 'next/image';
import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import styles from '@/components/admin/content.module.css';
import { ListPage } from '@/components/admin/list-page';
import { Panel } from '@/components/admin/page-frame';
import { withDb } from '@/db';
import { listAuthors } from '@/lib/admin/authors';
import { mediaOptions } from '@/lib/admin/media';
import { createAuthorAction } from './actions';
import { AuthorFields } from './author-fields';

export const generateMetadata = adminTitle((t) => t('authors.title'));

export default async function AuthorsPage({ params, searchParams }: PageProps<'/admin/[locale]/authors'>) {
  const { locale, t } = await openAdminPage(params, 'taxonomy.manage');
  const query = await searchParams;
  const [rows, options] = await withDb('authors', (db) => Promise.all([listAuthors(db), mediaOptions(db)]));
  return (
    <ListPage
      locale={locale}
      title={t('authors.title')}
      notices={[query.deleted === '1' && t('authors.deleted')]}
      rows={rows}
      columns={[
        {
          header: t('authors.avatar'),
          headerHidden: true,
          cell: (row) => (row.avatar ? <Image src={row.avatar.url} alt="" width={40} height={40} className={styles.avatar} /> : null),
        },
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
      ]}
      editHref={(row) => `/admin/${locale}/authors/${row.id}`}
    >
      <Panel id="new-author" title={t('authors.new')}>
        <ActionForm action={createAuthorAction} locale={locale} submitLabel={t('authors.create')} pendingLabel={t('common.saving')}>
          <AuthorFields locale={locale} mediaOptions={options} />
        </ActionForm>
      </Panel>
    </ListPage>
  );
}
