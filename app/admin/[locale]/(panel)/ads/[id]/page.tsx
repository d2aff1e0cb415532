import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { getHouseAdById } from '@/lib/admin/house-ads';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { mediaOptions } from '@/lib/admin/media';
import { requireAdminPage } from '@/lib/auth/current-user';
import { DeleteForm } from '../../_content/delete-form';
import { idParam } from '../../_content/params';
import { AdFields } from '../ad-fields';
import { deleteHouseAdAction, updateHouseAdAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/ads/[id]'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.ads' });
  return { title: t('editTitle') };
}

export default async function HouseAdPage({ params, searchParams }: PageProps<'/admin/[locale]/ads/[id]'>) {
  const { locale: rawLocale, id: rawId } = await params;
  const locale = resolveAdminLocale(rawLocale);
  await requireAdminPage(locale, 'ads.manage');
  const id = idParam(rawId);
  const query = await searchParams;
  const ad = await getHouseAdById(id);
  if (!ad) notFound();
  const options = await mediaOptions({ include: [ad.imageId] });
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <p>
        <a href={`/admin/${locale}/ads`}>{t('ads.back')}</a>
      </p>
      <h1>
        {t('ads.editTitle')} · {ad.name}
      </h1>
      {query.created === '1' ? <p className="notice ok" role="status">{t('ads.created')}</p> : null}
      <section className="panel">
        <ActionForm action={updateHouseAdAction} locale={locale} submitLabel={t('common.save')} pendingLabel={t('common.saving')}>
          <input type="hidden" name="id" value={ad.id} />
          <AdFields locale={locale} ad={ad} mediaOptions={options} />
        </ActionForm>
      </section>
      <DeleteForm locale={locale} id={ad.id} action={deleteHouseAdAction} label={t('ads.delete')} />
    </>
  );
}
