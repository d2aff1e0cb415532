import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { dashboardCounts } from '@/lib/admin/dashboard';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { requireAdminPage } from '@/lib/auth/current-user';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.dashboard' });
  return { title: t('title') };
}

export default async function DashboardPage({ params, searchParams }: PageProps<'/admin/[locale]'>) {
  const locale = resolveAdminLocale((await params).locale);
  const user = await requireAdminPage(locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin.dashboard' });
  const counts = await dashboardCounts();
  const tiles = [
    { label: t('drafts'), value: counts.drafts, href: `/admin/${locale}/articles?status=draft` },
    { label: t('inReview'), value: counts.inReview, href: `/admin/${locale}/articles?status=in_review` },
    { label: t('scheduled'), value: counts.scheduled, href: `/admin/${locale}/articles?status=scheduled` },
    { label: t('published24h'), value: counts.published24h, href: `/admin/${locale}/articles?status=published` },
    { label: t('missingTwin'), value: counts.missingTwin, href: `/admin/${locale}/articles?twin=missing` },
  ];
  return (
    <>
      <h1>{t('welcome', { name: user.name })}</h1>
      {query.denied === '1' && <p className="notice error">{t('denied')}</p>}
      <div className="grid-2">
        {tiles.map((tile) => (
          <a key={tile.label} className="panel" href={tile.href}>
            <strong style={{ fontSize: 28, display: 'block' }}>{tile.value}</strong>
            {tile.label}
          </a>
        ))}
      </div>
    </>
  );
}
