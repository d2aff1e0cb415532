import { getTranslations } from 'next-intl/server';
import { Field, SelectField } from '@/components/admin/field';
import type { TagDto } from '@/lib/admin/tags';
import type { AppLocale } from '@/lib/i18n/routing';

export async function TagFields({ locale, tag, defaultLocale }: { locale: AppLocale; tag?: TagDto; defaultLocale?: AppLocale }) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <SelectField
        name="locale"
        label={t('tags.locale')}
        defaultValue={tag?.locale ?? defaultLocale ?? locale}
        options={[
          { value: 'fr', label: t('common.french') },
          { value: 'ar', label: t('common.arabic') },
        ]}
      />
      <Field name="name" label={t('tags.name')} defaultValue={tag?.name} required maxLength={80} dir="auto" />
      <Field name="slug" label={t('tags.slug')} hint={t('tags.slugHint')} defaultValue={tag?.slug} required maxLength={120} dir="auto" />
    </>
  );
}
