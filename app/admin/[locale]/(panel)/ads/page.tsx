import Image from 'next/image';
import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, languageName, openAdminPage } from '@/components/admin/admin-page';
import styles from '@/components/admin/content.module.css';
import { ListPage } from '@/components/admin/list-page';
import { Panel } from '@/components/admin/page-frame';
import { When } from '@/components/admin/when';
import { withDb } from '@/db';
import { listHouseAds } from '@/lib/admin/house-ads';
import { mediaOptions } from '@/lib/admin/media';
import { AdFields } from './ad-fields';
import { createHouseAdAction } from './actions';

export const generateMetadata = adminTitle((t) => t('ads.title'));

export default async function HouseAdsPage({ params, searchParams }: PageProps<'/admin/[locale]/ads'>) {
  const { locale, t } = await openAdminPage(params, 'ads.manage');
  const query = await searchParams;
  const [rows, options] = await withDb('house ads', (db) => Promise.all([listHouseAds(db), mediaOptions(db)]));
  return (
    <ListPage
      locale={locale}
      title={t('ads.title')}
      intro={t('ads.intro')}
      notices={[query.deleted === '1' && t('ads.deleted')]}
      rows={rows}
      columns={[
        {
          header: t('ads.image'),
          headerHidden: true,
          cell: (ad) => (ad.image ? <Image src={ad.image.url} alt="" width={ad.image.width} height={ad.image.height} sizes="64px" className={styles.thumb} /> : null),
        },
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
      ]}
      editHref={(ad) => `/admin/${locale}/ads/${ad.id}`}
    >
      <Panel id="new-ad" title={t('ads.new')}>
        <ActionForm action={createHouseAdAction} locale={locale} submitLabel={t('ads.create')} pendingLabel={t('common.saving')}>
          <AdFields locale={locale} mediaOptions={options} />
        </ActionForm>
      </Panel>
    </ListPage>
  );
}
