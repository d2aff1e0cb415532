import { notFound } from 'next/navigation';
import { adminTitle, openAdminItemPage } from '@/components/admin/admin-page';
import { EditPage } from '@/components/admin/edit-page';
import { idParam } from '@/components/admin/page-params';
import { getHouseAdById } from '@/lib/admin/house-ads';
import { mediaOptions } from '@/lib/admin/media';
import { AdFields } from '../ad-fields';
import { deleteHouseAdAction, updateHouseAdAction } from '../actions';

export default async function HouseAdPage(props: PageProps<'/admin/[locale]/ads/[id]'>) {
  const { locale, query, rawId } = await openAdminItemPage(props, 'ads.manage');
  const id = idParam(rawId);
  const ad = await getHouseAdById(id);
  if (!ad) notFound();
  const options = await mediaOptions({ include: [ad.imageId] });
  return (
    <EditPage locale={locale} kind="ads" id={ad.id} name={ad.name} created={query.created === '1'} update={updateHouseAdAction} remove={deleteHouseAdAction}>
      <AdFields locale={locale} ad={ad} mediaOptions={options} />
    </EditPage>
  );
}

export const generateMetadata = adminTitle((t) => t('ads.editTitle'));
