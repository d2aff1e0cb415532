import { getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { requireAdminPage } from '@/lib/auth/current-user';

export default async function PanelLayout({ children, params }: LayoutProps<'/admin/[locale]'>) {
  const locale = resolveAdminLocale((await params).locale);
  // The chrome only: a layout cannot know which page it wraps, so it lets an account caught by
  // compulsory two-factor through, and every page (all but the account page) refuses it itself.
  const user = await requireAdminPage(locale, undefined, { allowUnenrolled: true });
  const t = await getTranslations({ locale, namespace: 'Admin.common' });
  return (
    <div className="admin-shell">
      <a className="skip-link" href="#main">
        {t('skip')}
      </a>
      <AdminNav locale={locale} user={user} />
      <main className="admin-main" id="main">
        {children}
      </main>
    </div>
  );
}
