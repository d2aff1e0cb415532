import { getTranslations } from 'next-intl/server';
import { languageOptions } from '@/components/admin/admin-page';
import { Field, SelectField } from '@/components/admin/field';
import { PAGE_KINDS, type PageDto } from '@/lib/admin/pages';
import type { AppLocale } from '@/lib/i18n/routing';
import styles from '@/components/admin/content.module.css';
import { PageBodyEditor } from './page-body-editor';

/** The list's form creates a page without its text; the page's own form adds the editor. */
export async function PageFields({ locale, page }: { locale: AppLocale; page?: PageDto }) {
  const [t, tAdmin] = await Promise.all([getTranslations({ locale, namespace: 'Admin.pages' }), getTranslations({ locale, namespace: 'Admin' })]);
  const dir = page?.locale === 'ar' ? 'rtl' : page?.locale === 'fr' ? 'ltr' : 'auto';
  return (
    <>
      <div className={styles.columns}>
        <SelectField
          name="kind"
          label={t('kind')}
          hint={t('kindHint')}
          defaultValue={page?.kind ?? 'about'}
          options={PAGE_KINDS.map((kind) => ({ value: kind, label: t(`kinds.${kind}`) }))}
        />
        <SelectField
          name="locale"
          label={t('locale')}
          defaultValue={page?.locale ?? locale}
          options={languageOptions(tAdmin)}
        />
        <Field name="title" label={t('pageTitle')} defaultValue={page?.title} required maxLength={120} dir={dir} />
        <Field name="slug" label={t('slug')} hint={t('slugHint')} defaultValue={page?.slug} required maxLength={120} dir="auto" />
      </div>
      <Field name="description" label={t('description')} hint={t('descriptionHint', { max: 300 })} defaultValue={page?.description} multiline maxLength={300} dir={dir} />
      {page ? <PageBodyEditor name="body" label={t('body')} locale={page.locale} adminLocale={locale} initial={page.body} /> : null}
      <Field name="position" label={t('position')} hint={t('positionHint')} type="number" defaultValue={page?.position ?? 0} />
    </>
  );
}
