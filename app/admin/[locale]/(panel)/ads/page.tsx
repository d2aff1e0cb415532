import Image from 'next/image';
import { adminTitle, languageName, openAdminPage } from '@/components/admin/admin-page';
import styles from '@/components/admin/content.module.css';
import { CreatePanel, ListPage, type Column } from '@/components/admin/list-page';
import { When } from '@/components/admin/when';
import { listHouseAds } from '@/lib/admin/house-ads';
import { mediaOptions } from '@/lib/admin/media';
import { AdFields } from './ad-fields';
import { createHouseAdAction } from './actions';

export default async function HouseAdsPage(props: PageProps<'/admin/[locale]/ads'>) {
  const { locale, t, query } = await openAdminPage(props, 'ads.manage');
  const [rows, options] = await Promise.all([listHouseAds(), mediaOptions()]);
  const columns: Column<(typeof rows)[number]>[] = [
    { header: t('ads.image'), headerHidden: true, cell: (ad) => (ad.image ? <Image src={ad.image.url} alt="" width={ad.image.width} height={ad.image.height} sizes="64px" className={styles.thumb} /> : null) },
    { header: t('ads.name'), cell: (ad) => ad.name },
    { header: t('ads.kind'), cell: (ad) => t(`ads.kinds.${ad.kind}`) },
    { header: t('common.language'), cell: (ad) => (ad.locale ? languageName(t, ad.locale) : t('ads.bothLanguages')) },
    {
      header: t('ads.period'),
      cell: (ad) => (
        <>
          {ad.startsAt ? <When at={ad.startsAt} locale={locale} /> : '…'} → {ad.endsAt ? <When at={ad.endsAt} locale={locale} /> : '…'}
        </>
      ),
    },
  ];
  return (
    <ListPage locale={locale} title={t('ads.title')} intro={t('ads.intro')} notices={[query.deleted === '1' && t('ads.deleted')]} rows={rows} columns={columns} edit="ads">
      <CreatePanel locale={locale} id="new-ad" title={t('ads.new')} action={createHouseAdAction} submitLabel={t('ads.create')}>
        <AdFields locale={locale} mediaOptions={options} />
      </CreatePanel>
    </ListPage>
  );
}

export const generateMetadata = adminTitle((t) => t('ads.title'));
