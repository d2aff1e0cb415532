import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { ActionForm } from '@/components/admin/action-form';
import { Field } from '@/components/admin/field';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { countUsers } from '@/lib/admin/users';
import { createFirstAdmin } from './actions';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/setup'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.login' });
  return { title: t('setupTitle') };
}

export default async function SetupPage({ params }: PageProps<'/admin/[locale]/setup'>) {
  const locale = resolveAdminLocale((await params).locale);
  if ((await countUsers()) > 0) redirect(`/admin/${locale}/login`);
  const t = await getTranslations({ locale, namespace: 'Admin' });
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
