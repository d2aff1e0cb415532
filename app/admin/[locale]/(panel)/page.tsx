import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { PageFrame } from '@/components/admin/page-frame';
import { dashboardCounts } from '@/lib/admin/dashboard';
import { can } from '@/lib/auth/permissions';
import { createArticleAction } from './articles/actions';

export default async function DashboardPage(props: PageProps<'/admin/[locale]'>) {
  const { locale, user, t, query } = await openAdminPage(props);
  const counts = await dashboardCounts();
  const tiles = [
    { label: t('dashboard.drafts'), value: counts.drafts, href: `/admin/${locale}/articles?status=draft` },
    { label: t('dashboard.inReview'), value: counts.inReview, href: `/admin/${locale}/articles?status=in_review` },
    { label: t('dashboard.scheduled'), value: counts.scheduled, href: `/admin/${locale}/articles?status=scheduled` },
    { label: t('dashboard.published24h'), value: counts.published24h, href: `/admin/${locale}/articles?status=published` },
    { label: t('dashboard.missingTwin'), value: counts.missingTwin, href: `/admin/${locale}/articles?twin=missing` },
  ];
  return (
    <PageFrame title={t('dashboard.welcome', { name: user.name })}>
      {query.denied === '1' && <p className="notice error">{t('dashboard.denied')}</p>}
      {can(user.role, 'article.create') && (
        // A draft in the admin's language, opened in the editor; its title is written there.
        <form action={createArticleAction} className="toolbar">
          <input type="hidden" name="$locale" value={locale} />
          <input type="hidden" name="locale" value={locale} />
          <button type="submit">{t('articles.new')}</button>
        </form>
      )}
      <div className="grid-2">
        {tiles.map((tile) => (
          <a key={tile.label} className="panel" href={tile.href}>
            <strong style={{ fontSize: 28, display: 'block' }}>{tile.value}</strong>
            {tile.label}
          </a>
        ))}
      </div>
    </PageFrame>
  );
}

export const generateMetadata = adminTitle((t) => t('dashboard.title'));
