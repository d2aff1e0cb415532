import type { Messages } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import type { AdminUser } from '@/lib/auth/current-user';
import { can, type Permission } from '@/lib/auth/permissions';
import type { AppLocale } from '@/lib/i18n/routing';
import { NavLink } from './nav-link';
import { otherLocale } from '@/lib/i18n/routing';

type NavKey = Exclude<keyof Messages['Admin']['nav'], 'label' | 'logout' | 'signedInAs'>;

const ITEMS: { key: NavKey; path: string; permission?: Permission }[] = [
  { key: 'dashboard', path: '' },
  { key: 'articles', path: '/articles' },
  { key: 'media', path: '/media', permission: 'media.upload' },
  { key: 'sections', path: '/sections', permission: 'taxonomy.manage' },
  { key: 'tags', path: '/tags', permission: 'taxonomy.manage' },
  { key: 'authors', path: '/authors', permission: 'taxonomy.manage' },
  { key: 'ticker', path: '/ticker', permission: 'ticker.manage' },
  { key: 'ads', path: '/ads', permission: 'ads.manage' },
  { key: 'pages', path: '/pages', permission: 'pages.manage' },
  { key: 'users', path: '/users', permission: 'users.manage' },
  { key: 'settings', path: '/settings', permission: 'settings.manage' },
  { key: 'audit', path: '/audit', permission: 'audit.view' },
  { key: 'account', path: '/account' },
];

/** Shows only what the user's role may open; the pages check again on their own. */
export async function AdminNav({ locale, user }: { locale: AppLocale; user: AdminUser }) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const other = otherLocale(locale);
  return (
    <nav className="admin-nav" aria-label={t('nav.label')}>
      <p className="brand">Jarida · {t('common.title')}</p>
      <ul>
        {ITEMS.filter((item) => !item.permission || can(user.role, item.permission)).map((item) => (
          <li key={item.key}>
            <NavLink href={`/admin/${locale}${item.path}`} exact={item.path === ''}>
              {t(`nav.${item.key}`)}
            </NavLink>
          </li>
        ))}
      </ul>
      <p className="who">{t('nav.signedInAs', { name: user.name, role: t(`roles.${user.role}`) })}</p>
      <ul>
        <li>
          <a href={`/admin/${other}`} hrefLang={other} lang={other}>
            {t('common.switchLanguage')}
          </a>
        </li>
        <li>
          <a href={`/${locale}`}>{t('common.viewSite')}</a>
        </li>
      </ul>
      <form method="post" action="/api/admin/logout">
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="secondary">
          {t('nav.logout')}
        </button>
      </form>
    </nav>
  );
}
