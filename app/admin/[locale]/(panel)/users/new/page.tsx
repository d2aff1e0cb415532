import { ActionForm } from '@/components/admin/action-form';
import { adminTitle, languageOptions, localizedName, openAdminPage } from '@/components/admin/admin-page';
import { Field, SelectField } from '@/components/admin/field';
import { PageFrame } from '@/components/admin/page-frame';
import { bylineOptions } from '@/lib/admin/users';
import { createUserAction } from '../actions';

export default async function NewUserPage(props: PageProps<'/admin/[locale]/users/new'>) {
  const { locale, user, t } = await openAdminPage(props, 'users.manage');
  const bylines = await bylineOptions(user);
  return (
    <PageFrame back={{ href: `/admin/${locale}/users`, label: t('users.back') }} title={t('users.newTitle')}>
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
          options={languageOptions(t)}
        />
        <SelectField
          name="authorId"
          label={t('users.byline')}
          hint={t('users.bylineHint')}
          defaultValue=""
          options={[{ value: '', label: t('users.noByline') }, ...bylines.map((b) => ({ value: String(b.id), label: localizedName(b, locale) }))]}
        />
      </ActionForm>
    </PageFrame>
  );
}

export const generateMetadata = adminTitle((t) => t('users.newTitle'));
