import { getTranslations } from 'next-intl/server';
import { Field } from '@/components/admin/field';
import type { SectionDto } from '@/lib/admin/sections';
import type { AppLocale } from '@/lib/i18n/routing';
import styles from '@/components/admin/content.module.css';

export async function SectionFields({ locale, section }: { locale: AppLocale; section?: SectionDto }) {
  const t = await getTranslations({ locale, namespace: 'Admin.sections' });
  return (
    <>
      <div className={styles.columns}>
        <Field name="nameFr" label={t('nameFr')} defaultValue={section?.nameFr} required maxLength={80} dir="ltr" />
        <Field name="nameAr" label={t('nameAr')} defaultValue={section?.nameAr} required maxLength={80} dir="rtl" />
        <Field name="slugFr" label={t('slugFr')} hint={t('slugHint')} defaultValue={section?.slugFr} required maxLength={120} dir="ltr" />
        <Field name="slugAr" label={t('slugAr')} hint={t('slugHint')} defaultValue={section?.slugAr} required maxLength={120} dir="auto" />
        <Field name="descriptionFr" label={t('descriptionFr')} defaultValue={section?.descriptionFr} multiline maxLength={500} dir="ltr" />
        <Field name="descriptionAr" label={t('descriptionAr')} defaultValue={section?.descriptionAr} multiline maxLength={500} dir="rtl" />
      </div>
      <Field name="position" label={t('position')} hint={t('positionHint')} type="number" defaultValue={section?.position ?? 0} />
    </>
  );
}
