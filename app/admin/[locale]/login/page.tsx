import { redirect } from 'next/navigation';
import { adminLocale, adminTitle } from '@/components/admin/admin-page';
import { LoginForm } from '@/components/admin/login-form';
import { getAdminSession } from '@/lib/auth/current-user';
import { countUsers } from '@/lib/admin/users';
import { otherLocale } from '@/lib/i18n/routing';

export default async function LoginPage(props: PageProps<'/admin/[locale]/login'>) {
  const { locale, t, query } = await adminLocale(props);
  const session = await getAdminSession();
  if (session?.mfaVerified) redirect(`/admin/${locale}`);
  if ((await countUsers()) === 0) redirect(`/admin/${locale}/setup`);

  const errorKey = typeof query.error === 'string' ? query.error : '';
  const wait = typeof query.wait === 'string' && /^\d+$/.test(query.wait) ? query.wait : '30';
  const initialError =
    errorKey === 'invalid' ? t('login.invalid') : errorKey === 'throttled' ? t('login.throttled', { seconds: wait }) : errorKey === 'expired' ? t('login.expired') : '';
  const other = otherLocale(locale);
  return (
    <main className="login panel" id="main">
      <p>
        <a href={`/admin/${other}/login`} hrefLang={other} lang={other}>
          {other === 'ar' ? 'العربية' : 'Français'}
        </a>
      </p>
      <h1>{t('login.title')}</h1>
      {query.status === 'logged-out' && <p className="notice ok">{t('login.loggedOut')}</p>}
      <LoginForm locale={locale} action="/api/admin/login" initialError={initialError} labels={{ submit: t('login.submit'), invalid: t('login.invalid'), throttled: t('login.throttled', { seconds: '{seconds}' }), expired: t('login.expired') }}>
        <div className="field">
          <label htmlFor="email">{t('login.email')}</label>
          <input id="email" name="email" type="email" autoComplete="username" required dir="ltr" />
        </div>
        <div className="field">
          <label htmlFor="password">{t('login.password')}</label>
          <input id="password" name="password" type="password" autoComplete="current-password" required />
        </div>
      </LoginForm>
    </main>
  );
}

export const generateMetadata = adminTitle((t) => t('login.title'));
