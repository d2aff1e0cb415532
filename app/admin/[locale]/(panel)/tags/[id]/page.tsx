import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { getTagById } from '@/lib/admin/tags';
import { requireAdminPage } from '@/lib/auth/current-user';
import { DeleteForm } from '../../_content/delete-form';
import { idParam } from '../../_content/params';
import { deleteTagAction, updateTagAction } from '../actions';
import { TagFields } from '../tag-fields';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/tags/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.tags' });
  return { title: t('editTitle') };
}

export default async function TagPage({ params, searchParams }: PageProps<'/admin/[locale]/tags/[id]'>) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveAdminLocale(rawLocale);
  await requireAdminPage(locale, 'taxonomy.manage');
  const id = idParam(rawId);
  const query = await searchParams;
  const tag = await getTagById(id);
  if (!tag) notFound();
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <p>
        <a href={`/admin/${locale}/tags`}>{t('tags.back')}</a>
      </p>
      <h1>
        {t('tags.editTitle')} · <span lang={tag.locale}>{tag.name}</span>
      </h1>
      {query.created === '1' ? <p className="notice ok" role="status">{t('tags.created')}</p> : null}
      <section className="panel">
        <ActionForm action={updateTagAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
          <input type="hidden" name="id" value={tag.id} />
          <TagFields locale={locale} tag={tag} />
        </ActionForm>
      </section>
      <DeleteForm locale={locale} id={tag.id} action={deleteTagAction} label={t('tags.delete')} hint={t('tags.deleteHint')} />
    </>
  );
}
