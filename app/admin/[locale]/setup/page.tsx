import { redirect } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form';
import { adminLocale, adminTitle } from '@/components/admin/admin-page';
import { Field } from '@/components/admin/field';
import { countUsers } from '@/lib/admin/users';
import { createFirstAdmin } from './actions';

export default async function SetupPage(props: PageProps<'/admin/[locale]/setup'>) {
  const { locale, t } = await adminLocale(props);
  if ((await countUsers()) > 0) redirect(`/admin/${locale}/login`);
  return (
    <main className="login panel" id="main">
      <h1>{t('login.setupTitle')}</h1>
      <p>{t('login.setupHelp')}</p>
      <ActionForm action={createFirstAdmin} locale={locale} submitLabel={t('login.setupSubmit')}>
        <Field name="name" label={t('login.name')} required autoComplete="name" />
        <Field name="email" label={t('login.email')} type="email" required autoComplete="username" dir="ltr" />
        <Field name="password" label={t('login.password')} type="password" required autoComplete="new-password" hint={t('errors.passwordTooShort')} />
        <Field name="confirm" label={t('login.password')} type="password" required autoComplete="new-password" />
      </ActionForm>
    </main>
  );
}

export const generateMetadata = adminTitle((t) => t('login.setupTitle'));
