import { getTranslations } from 'next-intl/server';
import { Field, SelectField } from '@/components/admin/field';
import type { HouseAdDto } from '@/lib/admin/house-ads';
import { AD_SLOT_KINDS, AD_SLOT_SIZES, MOBILE_LEADERBOARD_SIZE } from '@/lib/data/ads-queries';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatDateTimeLocalInput } from '@/lib/time/format';
import styles from '@/components/admin/content.module.css';
import { MediaSelect, type MediaOption } from '@/components/admin/media-select';

export async function AdFields({ locale, ad, mediaOptions }: { locale: AppLocale; ad?: HouseAdDto; mediaOptions: MediaOption[] }) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <Field name="name" label={t('ads.name')} hint={t('ads.nameHint')} defaultValue={ad?.name} required maxLength={120} />
      <div className={styles.columns}>
        <SelectField
          name="kind"
          label={t('ads.kind')}
          defaultValue={ad?.kind ?? 'rectangle'}
          options={AD_SLOT_KINDS.map((kind) => ({ value: kind, label: t('ads.kindOption', { kind: t(`ads.kinds.${kind}`), ...AD_SLOT_SIZES[kind] }) }))}
        />
        <SelectField
          name="locale"
          label={t('common.language')}
          defaultValue={ad?.locale ?? ''}
          options={[
            { value: '', label: t('ads.bothLanguages') },
            { value: 'fr', label: t('common.french') },
            { value: 'ar', label: t('common.arabic') },
          ]}
        />
      </div>
      {/* An explicit empty choice (noneLabel), so a new ad never silently gets the latest upload. */}
      <MediaSelect name="imageId" label={t('ads.image')} hint={t('ads.imageHint')} options={mediaOptions} current={ad?.imageId ?? null} noneLabel={ad ? undefined : '—'} />
      <MediaSelect name="mobileImageId" label={t('ads.mobileImage')} hint={t('ads.mobileImageHint', MOBILE_LEADERBOARD_SIZE)} options={mediaOptions} current={ad?.mobileImageId ?? null} noneLabel={t('common.none')} />
      <Field name="alt" label={t('ads.alt')} hint={t('ads.altHint')} defaultValue={ad?.alt} required maxLength={300} dir="auto" />
      <Field name="href" label={t('ads.href')} hint={t('ads.hrefHint')} defaultValue={ad?.href} required dir="ltr" />
      <div className={styles.columns}>
        <Field name="startsAt" label={t('ads.startsAt')} hint={t('ads.moroccanTime')} type="datetime-local" defaultValue={ad?.startsAt ? formatDateTimeLocalInput(ad.startsAt) : ''} />
        <Field name="endsAt" label={t('ads.endsAt')} hint={t('ads.moroccanTime')} type="datetime-local" defaultValue={ad?.endsAt ? formatDateTimeLocalInput(ad.endsAt) : ''} />
      </div>
    </>
  );
}
