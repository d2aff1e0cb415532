import { getTranslations } from 'next-intl/server';
import { Field } from '@/components/admin/field';
import type { AuthorDto } from '@/lib/admin/authors';
import type { AppLocale } from '@/lib/i18n/routing';
import styles from '@/components/admin/content.module.css';
import { MediaSelect, type MediaOption } from '@/components/admin/media-select';

export async function AuthorFields({ locale, author, mediaOptions }: { locale: AppLocale; author?: AuthorDto; mediaOptions: MediaOption[] }) {
  const t = await getTranslations({ locale, namespace: 'Admin' });
  return (
    <>
      <Field name="slug" label={t('authors.slug')} hint={t('authors.slugHint')} defaultValue={author?.slug} required maxLength={120} dir="ltr" />
      <div className={styles.columns}>
        <Field name="nameFr" label={t('authors.nameFr')} defaultValue={author?.nameFr} required maxLength={120} dir="ltr" />
        <Field name="nameAr" label={t('authors.nameAr')} defaultValue={author?.nameAr} required maxLength={120} dir="rtl" />
        <Field name="roleFr" label={t('authors.roleFr')} defaultValue={author?.roleFr} maxLength={120} dir="ltr" />
        <Field name="roleAr" label={t('authors.roleAr')} defaultValue={author?.roleAr} maxLength={120} dir="rtl" />
        <Field name="bioFr" label={t('authors.bioFr')} defaultValue={author?.bioFr} multiline rows={4} maxLength={2000} dir="ltr" />
        <Field name="bioAr" label={t('authors.bioAr')} defaultValue={author?.bioAr} multiline rows={4} maxLength={2000} dir="rtl" />
      </div>
      <MediaSelect name="avatarId" label={t('authors.avatar')} hint={t('authors.avatarHint')} options={mediaOptions} current={author?.avatarId ?? null} noneLabel={t('common.none')} />
    </>
  );
}
