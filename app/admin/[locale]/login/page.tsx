import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/admin/login-form';
import { getAdminSession } from '@/lib/auth/current-user';
import { countUsers } from '@/lib/admin/users';
import { resolveAdminLocale } from '@/lib/admin/locale';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/login'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.login' });
  return { title: t('title') };
}

export default async function LoginPage({ params, searchParams }: PageProps<'/admin/[locale]/login'>) {
  const locale = resolveAdminLocale((await params).locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin.login' });
  const session = await getAdminSession();
  if (session?.mfaVerified) redirect(`/admin/${locale}`);
  if ((await countUsers()) === 0) redirect(`/admin/${locale}/setup`);

  const errorKey = typeof query.error === 'string' ? query.error : '';
  const wait = typeof query.wait === 'string' && /^\d+$/.test(query.wait) ? query.wait : '30';
  const initialError =
    errorKey === 'invalid' ? t('invalid') : errorKey === 'throttled' ? t('throttled', { seconds: wait }) : errorKey === 'expired' ? t('expired') : '';
  const other = locale === 'fr' ? 'ar' : 'fr';
  return (
    <main className="login panel" id="main">
      <p>
        <a href={`/admin/${other}/login`} hrefLang={other} lang={other}>
          {other === 'ar' ? 'العربية' : 'Français'}
        </a>
      </p>
      <h1>{t('title')}</h1>
      {query.status === 'logged-out' && <p className="notice ok">{t('loggedOut')}</p>}
      <LoginForm
        action="/api/admin/login"
        initialError={initialError}
        labels={{ submit: t('submit'), invalid: t('invalid'), throttled: t('throttled', { seconds: '{seconds}' }), expired: t('expired') }}
      >
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="email">{t('email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="password">{t('password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
      </LoginForm>
    </main>
  );
}
