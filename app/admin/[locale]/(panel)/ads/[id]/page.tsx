import { notFound } from 'next/navigation';
import { adminTitle, openAdminPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { withDb } from '@/db';
import { getHouseAdById } from '@/lib/admin/house-ads';
import { mediaOptions } from '@/lib/admin/media';
import { AdFields } from '../ad-fields';
import { deleteHouseAdAction, updateHouseAdAction } from '../actions';

export const generateMetadata = adminTitle((t) => t('ads.editTitle'));

export default async function HouseAdPage({ params, searchParams }: PageProps<'/admin/[locale]/ads/[id]'>) {
  const { locale, t } = await openAdminPage(params, 'ads.manage');
  const { id: rawId } = await params;
  const id = idParam(rawId);
  const query = await searchParams;
  const ad = await withDb('house ad', (db) => getHouseAdById(db, id));
  if (!ad) notFound();
  const options = await withDb('media options', (db) => mediaOptions(db, { include: [ad.imageId] }));
  return (
    <EditPage
      locale={locale}
      id={ad.id}
      back={{ href: `/admin/${locale}/ads`, label: t('ads.back') }}
      title={`${t('ads.editTitle')} · ${ad.name}`}
      notices={[query.created === '1' && t('ads.created')]}
      update={updateHouseAdAction}
      remove={{ action: deleteHouseAdAction, label: t('ads.delete') }}
    >
      <AdFields locale={locale} ad={ad} mediaOptions={options} />
    </EditPage>
  );
}
