import { getTranslations } from 'next-intl/server';
import { Field, SelectField } from '@/components/admin/field';
import type { TickerItemDto } from '@/lib/admin/ticker';
import { TICKER_TEXT_MAX } from '@/lib/admin/ticker';
import type { AppLocale } from '@/lib/i18n/routing';
import { formatDateTimeLocalInput } from '@/lib/time/format';
import styles from '@/components/admin/content.module.css';

export async function TickerFields({ locale, item, now }: { locale: AppLocale; item?: TickerItemDto; now: Date }) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <SelectField
        name="locale"
        label={t('common.language')}
        defaultValue={item?.locale ?? locale}
        options={[
          { value: 'fr', label: t('common.french') },
          { value: 'ar', label: t('common.arabic') },
        ]}
      />
      <Field name="text" label={t('ticker.text')} hint={t('ticker.textHint', { max: TICKER_TEXT_MAX })} defaultValue={item?.text} required maxLength={TICKER_TEXT_MAX} dir="auto" />
      <Field name="href" label={t('ticker.href')} hint={t('ticker.hrefHint')} defaultValue={item?.href} dir="ltr" />
      <div className={styles.columns}>
        <Field name="publishedAt" label={t('ticker.publishedAt')} hint={t('ticker.moroccanTime')} type="datetime-local" defaultValue={formatDateTimeLocalInput(item?.publishedAt ?? now)} />
        <Field name="expiresAt" label={t('ticker.expiresAt')} hint={t('ticker.expiresHint')} type="datetime-local" defaultValue={item?.expiresAt ? formatDateTimeLocalInput(item.expiresAt) : ''} />
      </div>
    </>
  );
}
