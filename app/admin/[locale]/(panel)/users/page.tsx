import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { ListPage, type Column } from '@/components/admin/list-page';
import { listUsers } from '@/lib/admin/users';
import { formatRelative } from '@/lib/time/format';

export default async function UsersPage(props: PageProps<'/admin/[locale]/users'>) {
  const { locale, user, t } = await openAdminPage(props, 'users.manage');
  const rows = await listUsers(user);
  const now = new Date();
  const columns: Column<(typeof rows)[number]>[] = [
    {
      header: t('users.name'),
      cell: (row) => (
        <>
          <a href={`/admin/${locale}/users/${row.id}`}>{row.name}</a>
          {row.id === user.id && <> ({t('users.you')})</>}
        </>
      ),
    },
    { header: t('users.email'), td: () => ({ dir: 'ltr' }), cell: (row) => row.email },
    { header: t('users.role'), cell: (row) => t(`roles.${row.role}`) },
    { header: t('users.twoFactor'), cell: (row) => (row.twoFactor ? t('users.on') : t('users.off')) },
    { header: t('users.lastSeen'), cell: (row) => (row.lastSeenAt ? formatRelative(row.lastSeenAt, now, locale) : t('users.never')) },
    {
      header: t('users.status'),
      cell: (row) => <span className={row.disabledAt ? 'badge unpublished' : 'badge published'}>{row.disabledAt ? t('users.disabled') : t('users.active')}</span>,
    },
  ];
  return (
    <ListPage
      locale={locale}
      title={t('users.title')}
      actions={
        <>
          <a className="button" href={`/admin/${locale}/users/new`}>
            {t('users.new')}
          </a>
          <span>{t('users.count', { count: rows.length })}</span>
        </>
      }
      rows={rows}
      columns={columns}
    />
  );
}

export const generateMetadata = adminTitle((t) => t('users.title'));
