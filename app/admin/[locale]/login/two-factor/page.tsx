import { redirect } from 'next/navigation';
import { adminLocale, adminTitle } from '@/components/admin/admin-page';
import { LoginForm } from '@/components/admin/login-form';
import { getAdminSession } from '@/lib/auth/current-user';

export default async function TwoFactorPage(props: PageProps<'/admin/[locale]/login/two-factor'>) {
  const { locale, t, query } = await adminLocale(props);
  const session = await getAdminSession();
  if (!session) redirect(`/admin/${locale}/login?error=expired`);
  if (session.mfaVerified) redirect(`/admin/${locale}`);
  const initialError = query.error === 'throttled' ? t('login.throttled', { seconds: '30' }) : query.error ? t('login.invalidCode') : '';
  return (
    <main className="login panel" id="main">
      <h1>{t('login.twoFactorTitle')}</h1>
      <p>{t('login.twoFactorHelp')}</p>
      <LoginForm locale={locale} action="/api/admin/two-factor" initialError={initialError} labels={{ submit: t('login.verify'), invalid: t('login.invalidCode'), throttled: t('login.throttled', { seconds: '{seconds}' }), expired: t('login.expired') }}>
        <div className="field">
          <label htmlFor="code">{t('login.code')}</label>
          {/* Not numeric-only: a recovery code has letters. */}
          <input id="code" name="code" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} maxLength={40} required dir="ltr" aria-describedby="code-hint" />
          <p className="hint" id="code-hint">
            {t('login.recoveryHint')}
          </p>
        </div>
      </LoginForm>
    </main>
  );
}

export const generateMetadata = adminTitle((t) => t('login.twoFactorTitle'));
