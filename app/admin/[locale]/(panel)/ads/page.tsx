import type { Metadata } from 'next';
import Image from 'next/image';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { listHouseAds } from '@/lib/admin/house-ads';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { mediaOptions } from '@/lib/admin/media';
import { requireAdminPage } from '@/lib/auth/current-user';
import styles from '../_content/content.module.css';
import { When } from '../_content/when';
import { AdFields } from './ad-fields';
import { createHouseAdAction } from './actions';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/ads'>): Promise<Metadata> {
  const t = await getTranslations({ locale: resolveAdminLocale((await params).locale), namespace: 'Admin.ads' });
  return { title: t('title') };
}

export default async function HouseAdsPage({ params, searchParams }: PageProps<'/admin/[locale]/ads'>) {
  const locale = resolveAdminLocale((await params).locale);
  await requireAdminPage(locale, 'ads.manage');
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const [rows, options] = await Promise.all([listHouseAds(), mediaOptions()]);
  return (
    <>
      <h1>{t('ads.title')}</h1>
      <p className={styles.muted}>{t('ads.intro')}</p>
      {query.deleted === '1' ? <p className="notice ok" role="status">{t('ads.deleted')}</p> : null}
      {rows.length === 0 ? (
        <p>{t('common.empty')}</p>
      ) : (
        <table className="list">
          <thead>
            <tr>
              <th scope="col">
                <span className="sr-only">{t('ads.image')}</span>
              </th>
              <th scope="col">{t('ads.name')}</th>
              <th scope="col">{t('ads.kind')}</th>
              <th scope="col">{t('common.language')}</th>
              <th scope="col">{t('ads.period')}</th>
              <th scope="col">{t('common.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((ad) => (
              <tr key={ad.id}>
                <td>{ad.image ? <Image src={ad.image.url} alt="" width={ad.image.width} height={ad.image.height} sizes="64px" className={styles.thumb} /> : null}</td>
                <td>{ad.name}</td>
                <td>{t(`ads.kinds.${ad.kind}`)}</td>
                <td>{ad.locale === 'fr' ? t('common.french') : ad.locale === 'ar' ? t('common.arabic') : t('ads.bothLanguages')}</td>
                <td>
                  {ad.startsAt ? <When at={ad.startsAt} locale={locale} /> : '…'} → {ad.endsAt ? <When at={ad.endsAt} locale={locale} /> : '…'}
                </td>
                <td>
                  <a href={`/admin/${locale}/ads/${ad.id}`}>{t('common.edit')}</a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <section className="panel" aria-labelledby="new-ad">
        <h2 id="new-ad">{t('ads.new')}</h2>
        <ActionForm action={createHouseAdAction} locale={locale} submitLabel={t('ads.create')} pendingLabel={t('common.saving')}>
          <AdFields locale={locale} mediaOptions={options} />
        </ActionForm>
      </section>
    </>
  );
}
