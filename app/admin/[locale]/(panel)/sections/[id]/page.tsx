import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { getSectionById } from '@/lib/admin/sections';
import { requireAdminPage } from '@/lib/auth/current-user';
import { DeleteForm } from '../../_content/delete-form';
import { idParam } from '../../_content/params';
import { deleteSectionAction, updateSectionAction } from '../actions';
import { SectionFields } from '../section-fields';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/sections/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.sections' });
  return { title: t('editTitle') };
}

export default async function SectionPage({ params, searchParams }: PageProps<'/admin/[locale]/sections/[id]'>) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveAdminLocale(rawLocale);
  await requireAdminPage(locale, 'taxonomy.manage');
  const id = idParam(rawId);
  const query = await searchParams;
  const section = await getSectionById(id);
  if (!section) notFound();
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <p>
        <a href={`/admin/${locale}/sections`}>{t('sections.back')}</a>
      </p>
      <h1>
        {t('sections.editTitle')} · {locale === 'ar' ? section.nameAr : section.nameFr}
      </h1>
      {query.created === '1' ? <p className="notice ok" role="status">{t('sections.created')}</p> : null}
      <section className="panel">
        <ActionForm action={updateSectionAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
          <input type="hidden" name="id" value={section.id} />
          <SectionFields locale={locale} section={section} />
        </ActionForm>
      </section>
      <DeleteForm locale={locale} id={section.id} action={deleteSectionAction} label={t('sections.delete')} hint={t('sections.deleteHint')} />
    </>
  );
}
