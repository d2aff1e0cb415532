import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ActionForm } from '@/components/admin/action-form';
import { Field, SelectField } from '@/components/admin/field';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { bylineOptions } from '@/lib/admin/users';
import { requireAdminPage } from '@/lib/auth/current-user';
import { createUserAction } from '../actions';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/users/new'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.users' });
  return { title: t('newTitle') };
}

export default async function NewUserPage({ params }: PageProps<'/admin/[locale]/users/new'>) {
  const locale = resolveAdminLocale((await params).locale);
  const user = await requireAdminPage(locale, 'users.manage');
  const t = await getTranslations({ locale, namespace: 'Admin' });
  const bylines = await bylineOptions(user);
  return (
    <>
      <p>
        <a href={`/admin/${locale}/users`}>{t('users.back')}</a>
      </p>
      <h1>{t('users.newTitle')}</h1>
      <ActionForm action={createUserAction} locale={locale} submitLabel={t('common.create')} pendingLabel={t('common.saving')} className="panel">
        <Field name="email" label={t('users.email')} type="email" required dir="ltr" autoComplete="off" />
        <Field name="name" label={t('users.name')} required autoComplete="off" />
        <SelectField
          name="role"
          label={t('users.role')}
          defaultValue="contributor"
          options={(['contributor', 'editor', 'admin'] as const).map((role) => ({ value: role, label: t(`roles.${role}`) }))}
        />
        <Field name="password" label={t('users.password')} type="password" required autoComplete="new-password" hint={t('users.passwordHint')} />
        <SelectField
          name="locale"
          label={t('users.language')}
          defaultValue={locale}
          options={[
            { value: 'fr', label: t('common.french') },
            { value: 'ar', label: t('common.arabic') },
          ]}
        />
        <SelectField
          name="authorId"
          label={t('users.byline')}
          hint={t('users.bylineHint')}
          defaultValue=""
          options={[{ value: '', label: t('users.noByline') }, ...bylines.map((b) => ({ value: String(b.id), label: locale === 'ar' ? b.nameAr : b.nameFr }))]}
        />
      </ActionForm>
    </>
  );
}
