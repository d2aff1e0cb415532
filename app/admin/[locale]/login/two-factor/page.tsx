import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { redirect } from 'next/navigation';
import { LoginForm } from '@/components/admin/login-form';
import { resolveAdminLocale } from '@/lib/admin/locale';
import { getAdminSession } from '@/lib/auth/current-user';

export async function generateMetadata({ params }: PageProps<'/admin/[locale]/login/two-factor'>): Promise<Metadata> {
  const locale = resolveAdminLocale((await params).locale);
  const t = await getTranslations({ locale, namespace: 'Admin.login' });
  return { title: t('twoFactorTitle') };
}

export default async function TwoFactorPage({ params, searchParams }: PageProps<'/admin/[locale]/login/two-factor'>) {
  const locale = resolveAdminLocale((await params).locale);
  const query = await searchParams;
  const t = await getTranslations({ locale, namespace: 'Admin.login' });
  const session = await getAdminSession();
  if (!session) redirect(`/admin/${locale}/login?error=expired`);
  if (session.mfaVerified) redirect(`/admin/${locale}`);
  const initialError = query.error === 'throttled' ? t('throttled', { seconds: '30' }) : query.error ? t('invalidCode') : '';
  return (
    <main className="login panel" id="main">
      <h1>{t('twoFactorTitle')}</h1>
      <p>{t('twoFactorHelp')}</p>
      <LoginForm
        action="/api/admin/two-factor"
        initialError={initialError}
        labels={{ submit: t('verify'), invalid: t('invalidCode'), throttled: t('throttled', { seconds: '{seconds}' }), expired: t('expired') }}
      >
        <input type="hidden" name="locale" value={locale} />
        <div className="field">
          <label htmlFor="code">{t('code')}</label>
          {/* Not numeric-only: a recovery code has letters. */}
          <input id="code" name="code" autoComplete="one-time-code" autoCapitalize="none" spellCheck={false} maxLength={40} required dir="ltr" aria-describedby="code-hint" />
          <p className="hint" id="code-hint">
            {t('recoveryHint')}
          </p>
        </div>
      </LoginForm>
    </main>
  );
}
