import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { listSectionsWithCounts } from '@/lib/admin/sections';
import { requireAdminPage } from '@/lib/auth/current-user';
import { createSectionAction } from './actions';
import { SectionFields } from './section-fields';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/sections'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.sections' });
  return { title: t('title') };
}

export default async function SectionsPage({ params, searchParams }: PageProps<'/admin/[locale]/sections'>) {
  const locale = resolveAdminLocale((await params).locale);
  await requireAdminPage(locale, 'taxonomy.manage');
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const rows = await listSectionsWithCounts();
  return (
    <>
      <h1>{t('sections.title')}</h1>
      {query.deleted === '1' ? <p className="notice ok" role="status">{t('sections.deleted')}</p> : null}
      {rows.length === 0 ? (
        <p>{t('common.empty')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">{t('sections.position')}</th>
              <th scope="col">{t('sections.nameFr')}</th>
              <th scope="col">{t('sections.nameAr')}</th>
              <th scope="col">{t('sections.slugs')}</th>
              <th scope="col">{t('sections.articles')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id}>
                <td>{row.position}</td>
                <td lang="fr" dir="ltr">{row.nameFr}</td>
                <td lang="ar" dir="rtl">{row.nameAr}</td>
                <td>
                  <code dir="ltr">{row.slugFr}</code> · <code dir="auto">{row.slugAr}</code>
                </td>
                <td>{row.articleCount}</td>
                <td>
                  <a href={`/admin/${locale}/sections/${row.id}`}>{t('common.edit')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="panel" aria-labelledby="new-section">
        <h2 id="new-section">{t('sections.new')}</h2>
        <ActionForm action={createSectionAction} locale={locale} submitLabel={t('sections.create')} pendingLabel={t('common.saving')}>
          <SectionFields locale={locale} />
        </ActionForm>
      </section>
    </>
  );
}
