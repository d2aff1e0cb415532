import { getTranslations } from 'next-intl/server';
import { AdminNav } from '@/components/admin/admin-nav';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { requireAdminPage } from '@/lib/auth/current-user';

export default async function PanelLayout({ children, params }: LayoutProps<'/admin/[locale]'>) {
  const locale = resolveAdminLocale((await params).locale);
  const user = await requireAdminPage(locale);
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
