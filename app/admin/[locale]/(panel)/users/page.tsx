import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { listUsers } from '@/lib/admin/users';
import { requireAdminPage } from '@/lib/auth/current-user';
import { formatRelative } from '@/lib/time/format';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/users'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.users' });
  return { title: t('title') };
}

export default async function UsersPage({ params }: PageProps<'/admin/[locale]/users'>) {
  const locale = resolveAdminLocale((await params).locale);
  const user = await requireAdminPage(locale, 'users.manage');
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const rows = await listUsers(user);
  const now = new Date();
  return (
    <>
      <h1>{t('users.title')}</h1>
      <div className="toolbar">
        <a className="button" href={`/admin/${locale}/users/new`}>
          {t('users.new')}
        </a>
        <span>{t('users.count', { count: rows.length })}</span>
      </div>
      <table className="list">
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('users.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.twoFactor')}</th>
            <th scope="col">{t('users.lastSeen')}</th>
            <th scope="col">{t('users.status')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <td>
                <a href={`/admin/${locale}/users/${row.id}`}>{row.name}</a>
                {row.id === user.id && <> ({t('users.you')})</>}
              </td>
              <td dir="ltr">{row.email}</td>
              <td>{t(`roles.${row.role}`)}</td>
              <td>{row.twoFactor ? t('users.on') : t('users.off')}</td>
              <td>{row.lastSeenAt ? formatRelative(row.lastSeenAt, now, locale) : t('users.never')}</td>
              <td>
                <span className={row.disabledAt ? 'badge unpublished' : 'badge published'}>{row.disabledAt ? t('users.disabled') : t('users.active')}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
